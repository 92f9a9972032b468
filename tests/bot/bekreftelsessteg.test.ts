/** A confirmation step shows the choice read-only and sends it with the button: confirming cannot change it (issue 26). */
import { strict as assert } from 'node:assert';
import { DEMO } from '../support/appKontekst';
import { BotHarness, finnHandling, cardText } from '../support/botHarness';
import { sendVarsel, lastCard } from './hjelpere';

/** The ids of every input on a card (ShowCards included). */
function inputIder(card: unknown, ut: string[] = []): string[] {
  if (Array.isArray(card)) card.forEach((k) => inputIder(k, ut));
  else if (card && typeof card === 'object') {
    const o = card as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string') ut.push(o.id);
    for (const v of Object.values(o)) inputIder(v, ut);
  }
  return ut;
}

describe('bot: confirming a final step', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('«Endre hvem saken gjelder» to the leadership: the confirmation shows the choice and reason read-only and stores exactly them', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const rektor = h.bruker(DEMO.rektor);
    const mottatt = await rektor.klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot');
    const bekreft = await rektor.klikkKnapp(mottatt.kort, 'omklassifiser', { klassifisering: 'ledelse', begrunnelse_omklassifiser: 'Eleven nevner inspektøren.' });

    const tekst = cardText(bekreft.kort);
    assert.match(tekst, /ADVARSEL: Saken flyttes til kommunalsjef/);
    assert.match(tekst, /Din vurdering: \n?Ja, noen i skolens ledelse/);
    assert.match(tekst, /Hvorfor endrer du det\? \n?Eleven nevner inspektøren\./);
    const ider = inputIder(bekreft.kort);
    assert.ok(!ider.includes('klassifisering') && !ider.includes('begrunnelse_omklassifiser'), `no input can change the choice: ${ider.join(', ')}`);
    const knapp = finnHandling(bekreft.kort, 'omklassifiser') as { associatedInputs?: string; data?: Record<string, unknown> };
    assert.equal(knapp.associatedInputs, 'none', 'the button sends what was chosen, not what the card’s inputs hold');
    assert.equal(knapp.data?.klassifisering, 'ledelse');

    const flyttet = await rektor.klikk('omklassifiser', knapp.data!);
    assert.match(cardText(flyttet.kort), /Saken er flyttet til kommunalsjef/);
    const { sak } = await h.sak(sakId);
    assert.equal(sak.ruting.klassifisering, 'ledelse');
    assert.equal(sak.historikk.at(-1)?.begrunnelse, 'Eleven nevner inspektøren.');
  });

  it('«Ta imot» of a «vet ikke» varsel as about the leadership: a school assignee is refused under the picker first; the confirmation keeps the classification', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'vet_ikke' });
    const rektor = h.bruker(DEMO.rektor);
    const card = lastCard(h, DEMO.rektor);
    const feil = await rektor.klikkKnapp(card, 'ta_imot', { klassifisering: 'ledelse', saksansvarlig: DEMO.laerer });
    assert.match(cardText(feil.kort), /kan ikke gis til noen ved skolen/);
    assert.ok(inputIder(feil.kort).includes('saksansvarlig'), 'the picker is there to change');

    const bekreft = await rektor.klikkKnapp(feil.kort, 'ta_imot', { klassifisering: 'ledelse', saksansvarlig: '' });
    assert.match(cardText(bekreft.kort), /Din vurdering: \n?Ja, noen i skolens ledelse/);
    assert.ok(!inputIder(bekreft.kort).includes('klassifisering'));
    const knapp = finnHandling(bekreft.kort, 'ta_imot') as { associatedInputs?: string; data?: Record<string, unknown> };
    assert.equal(knapp.associatedInputs, 'none');
    await rektor.klikk('ta_imot', knapp.data!);
    assert.equal((await h.sak(sakId)).sak.ruting.kanal, 'skoleeier');
  });
});
