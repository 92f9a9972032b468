/**
 * Cards that stay true (issue 26): each card is built from the case as it is now — no urgency on a
 * closed case, the plan's real state, who classified or moved it and when — and the receipt names
 * who got the varsel.
 */
import { strict as assert } from 'node:assert';
import { utforHandling } from '../../src/app/sakHandlinger';
import { DEMO, aktor } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { sakKlarTilAvslutning, sakMedAktivPlan } from '../support/saksgang';
import { kopiAv, sendVarsel } from './hjelpere';

/** What a held copy (or the answer that replaced it) says last. */
function sisteVersjon(h: BotHarness, activityId: string): string {
  return cardText(h.connector.opptak.filter((o) => o.status < 300 && o.aktivitetId === activityId && o.kort).at(-1)?.kort);
}

describe('bot: each card tells the case as it is now', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('shows the plan in force on rektor’s held copy once it is activated, not «utkast»', async () => {
    await sakMedAktivPlan(h.ktx, 'nei');
    await h.leverAlt();
    const tekst = sisteVersjon(h, kopiAv(h, DEMO.rektor).activityId);
    assert.match(tekst, /Aktivitetsplanen er i bruk\. Neste evaluering: \d\d\.\d\d\.\d{4}\./);
    assert.doesNotMatch(tekst, /utkast/i);
  });

  it('says nothing of STRAKS or a draft on any card of a closed §12-5 case; the kommunalsjef’s card shows the closing and why', async () => {
    const sakId = await sakKlarTilAvslutning(h.ktx, 'ansatt');
    await h.leverAlt();
    const etter = h.connector.opptak.length;
    const svar = await h.bruker(DEMO.rektor).klikk('avslutt', { sakId, informertElevHvordan_avslutt: 'Samtale med eleven 23.11.', informertForesatt1Navn_avslutt: 'mor', informertForesatt1Hvordan_avslutt: 'Telefon 23.11.' });
    await h.leverAlt();
    assert.equal((await h.sak(sakId)).sak.status, 'avsluttet');

    const card = [svar.kort, ...h.connector.opptak.slice(etter).flatMap((o) => (o.kort && o.status < 300 ? [o.kort] : []))];
    assert.ok(card.length >= 3, 'the answer, and the copies held by the kommunalsjef and the reporter');
    for (const k of card) {
      const tekst = cardText(k);
      assert.doesNotMatch(tekst, /STRAKS|straks/, tekst);
      assert.doesNotMatch(tekst, /utkast/i, tekst);
    }
    assert.match(cardText(svar.kort), /Aktivitetsplanen er avsluttet\./);
    const kommunalsjef = sisteVersjon(h, kopiAv(h, DEMO.kommunalsjef).activityId);
    assert.match(kommunalsjef, /Skolen har avsluttet saken/);
    assert.match(kommunalsjef, /Avsluttet av Hanne Solberg \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d/);
    assert.match(kommunalsjef, /Evalueringen viser at eleven har et trygt og godt skolemiljø/);
  });

  it('says who classified a «vet ikke» varsel as about an employee, and when — to rektor and to the kommunalsjef', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'vet_ikke' });
    const svar = await h.bruker(DEMO.rektor).klikk('ta_imot', { sakId, klassifisering: 'ansatt' });
    await h.leverAlt();
    assert.match(cardText(svar.kort), /Hanne Solberg vurderte \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d at det gjelder en som jobber på skolen/);
    assert.doesNotMatch(cardText(svar.kort), /Varselet sier at en som jobber på skolen/);
    const kommunalsjef = cardText(h.connector.cardsTo(DEMO.kommunalsjef).at(-1));
    assert.match(kommunalsjef, /Hanne Solberg vurderte .* at saken gjelder en som jobber på skolen/);
  });

  it('tells the kommunalsjef who moved a case to skoleeier, when and why, on the first screen', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    assert.ok((await utforHandling(h.ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot' })).ok);
    const flytt = await utforHandling(h.ktx, aktor(DEMO.rektor), { sakId, handling: 'omklassifiser', verdier: { klassifisering: 'ledelse', begrunnelse: 'Eleven nevner inspektøren.', bekreftet: true } });
    assert.ok(flytt.ok);
    await h.leverAlt();
    const tekst = cardText(h.connector.cardsTo(DEMO.kommunalsjef).at(-1));
    assert.match(tekst, /Hanne Solberg flyttet saken til skoleeier \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d/);
    assert.match(tekst, /Eleven nevner inspektøren\./);
    assert.doesNotMatch(tekst, /Det er sendt bare til skoleeier/);
  });

  it('names every receiver on the receipt, and for §12-5 that skoleeier is told', async () => {
    const vanlig = await sendVarsel(h, DEMO.laerer);
    assert.match(cardText(vanlig.kvittering.kort), /Sendt til: \n?Hanne Solberg \(rektor\), Jon Bakken \(inspektør\), Marte Lie \(sosiallærer\)/);
    assert.doesNotMatch(cardText(vanlig.kvittering.kort), /Skoleeier/);
    const ansatt = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    assert.match(cardText(ansatt.kvittering.kort), /Sendt til: \n?Hanne Solberg \(rektor\)/);
    assert.match(cardText(ansatt.kvittering.kort), /Skoleeier \(kommunalsjef\) blir også varslet/);
  });
});
