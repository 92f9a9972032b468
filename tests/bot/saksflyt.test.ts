/** Handling a case in the card: two taps to receive and assign, every copy kept current, clicks at the same time. */
import { strict as assert } from 'node:assert';
import { nb } from '../../src/i18n/nb';
import { visLogg } from '../../src/app/sakslogg';
import { DEMO, aktor } from '../support/appKontekst';
import { BotHarness, knapper, cardText } from '../support/botHarness';
import { kopiAv, sendVarsel, lastCard } from './hjelpere';
import { INFORMERT } from '../support/saksgang';

const REKTOR_NAVN = 'Hanne Solberg';
const INSPEKTOR_NAVN = 'Jon Bakken';
const BEGRUNNELSE = 'Undersøkelsen viser at eleven har det trygt og godt.';
const ELEVENS_OPPLEVELSE = (h: BotHarness) => ({
  loggType: 'elevens_opplevelse',
  loggDato: h.naa().toISOString().slice(0, 10),
  loggDeltakere: 'Eleven og kontaktlærer',
  loggTekst: '«Ingen vil være med meg.»',
  loggElevensSvar: 'nei',
});

describe('bot: handling a case in the card', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('receives and assigns in two taps: pick a person beside «Ta imot», press it', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const svar = await h.bruker(DEMO.rektor).klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot', { saksansvarlig: DEMO.laerer });
    const { sak } = await h.sak(sakId);
    assert.equal(sak.status, 'mottatt');
    assert.equal(sak.saksansvarlig, DEMO.laerer);
    assert.match(cardText(svar.kort), /Saksansvarlig: \n?Per Hansen/);

    await h.outboxFerdig();
    const tildelt = lastCard(h, DEMO.laerer);
    assert.match(cardText(tildelt), /Du er satt som saksansvarlig/);
    assert.deepEqual(knapper(tildelt), ['start_undersokelse', 'loggfor'], 'a saksansvarlig works the case and keeps its log, does not decide on it');
  });

  it('receives a case and makes the receiver its saksansvarlig in one tap («Ta imot og bli saksansvarlig»)', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const card = lastCard(h, DEMO.inspektor);
    const knapp = (card.body as unknown[]).flatMap((e) => ((e as { actions?: { title?: string; data?: { tilMeg?: boolean } }[] }).actions ?? [])).find((a) => a.data?.tilMeg);
    assert.equal(knapp?.title, 'Ta imot og bli saksansvarlig');
    // The id comes from the activity: a card cannot name someone else through this button.
    const svar = await h.bruker(DEMO.inspektor).klikk('ta_imot', { ...knapp!.data, saksansvarlig: DEMO.laerer });
    const { sak } = await h.sak(sakId);
    assert.equal(sak.status, 'mottatt');
    assert.equal(sak.saksansvarlig, DEMO.inspektor);
    assert.match(cardText(svar.kort), new RegExp(`Saksansvarlig: \n?${INSPEKTOR_NAVN}`));
  });

  it('updates every other copy after an action to show who did what; the reporter’s receipt shows status only', async () => {
    await sendVarsel(h, DEMO.vaktmester);
    const card = lastCard(h, DEMO.rektor);
    const kopier = { [DEMO.inspektor]: kopiAv(h, DEMO.inspektor), [DEMO.sosiallaerer]: kopiAv(h, DEMO.sosiallaerer) };
    h.connector.nullstill();
    await h.bruker(DEMO.rektor).klikkKnapp(card, 'ta_imot');
    await h.outboxFerdig();

    for (const oid of [DEMO.inspektor, DEMO.sosiallaerer]) {
      const [put, ...flere] = h.connector.til(oid, 'oppdatering');
      assert.equal(flere.length, 0);
      assert.equal(put?.aktivitetId, kopier[oid]?.activityId, 'the copy itself is replaced');
      assert.equal(put?.samtaleId, kopier[oid]?.conversationId);
      const tekst = cardText(put?.kort);
      assert.match(tekst, /^Mottatt$/m, 'the status on the first line');
      assert.match(tekst, new RegExp(`Tatt imot av ${REKTOR_NAVN} 23\\.11\\.2026 kl\\. \\d\\d:\\d\\d$`, 'm'), 'the history as a past event');
      assert.deepEqual(knapper(put?.kort).includes('ta_imot'), false);
    }
    const [kvittering] = h.connector.til(DEMO.vaktmester, 'oppdatering');
    assert.match(cardText(kvittering?.kort), /Status: \n?Mottatt/);
    assert.doesNotMatch(cardText(kvittering?.kort), /Tatt imot av|Hva er gjort/, 'the reporter does not see how the case is handled');
    assert.equal(h.connector.til(DEMO.rektor, 'oppdatering').length, 0, 'the one who acted got the new card as the answer');
  });

  it('stores exactly one decision when two receivers press "Ta imot" at once; the other sees the updated card', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const [a, b] = await Promise.all([
      h.bruker(DEMO.rektor).klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot'),
      h.bruker(DEMO.inspektor).klikkKnapp(lastCard(h, DEMO.inspektor), 'ta_imot'),
    ]);
    const { sak } = await h.sak(sakId);
    assert.equal(sak.historikk.filter((e) => e.handling === 'ta_imot').length, 1);
    const [vinner, taper] = sak.historikk.find((e) => e.handling === 'ta_imot')?.av === DEMO.rektor ? [a, b] : [b, a];
    assert.doesNotMatch(cardText(vinner.kort), /Det gikk ikke|endret av noen andre|allerede/);
    const tekst = cardText(taper.kort);
    assert.match(tekst, /^Mottatt$/m);
    assert.match(tekst, new RegExp(`${nb.feil.konflikt.slice(0, 30)}|allerede tatt imot`));
    assert.equal(knapper(taper.kort).includes('ta_imot'), false);
  });

  it('refuses a click on a card that is out of date, shows the current case, and accepts the next click', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const oldCard = lastCard(h, DEMO.rektor);
    await h.bruker(DEMO.inspektor).klikkKnapp(lastCard(h, DEMO.inspektor), 'ta_imot', { saksansvarlig: DEMO.laerer2 });
    const for_ = await h.sak(sakId);

    const svar = await h.bruker(DEMO.rektor).klikkKnapp(oldCard, 'ta_imot', { saksansvarlig: DEMO.laerer });
    assert.match(cardText(svar.kort), new RegExp(`${INSPEKTOR_NAVN} tok den imot .* ${nb.foreldet.ingentingEndret.slice(0, 20)}`));
    assert.match(cardText(svar.kort), new RegExp(`Tatt imot av ${INSPEKTOR_NAVN} og tildelt Sofie Johansen`));
    assert.equal((await h.sak(sakId)).sak.saksansvarlig, for_.sak.saksansvarlig, 'nothing changed');

    await h.bruker(DEMO.rektor).klikkKnapp(svar.kort, 'tildel', { saksansvarlig: DEMO.laerer });
    assert.equal((await h.sak(sakId)).sak.saksansvarlig, DEMO.laerer);
  });

  it('treats a retried click (Teams retries invokes) as one action', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const card = lastCard(h, DEMO.rektor);
    const rektor = h.bruker(DEMO.rektor);
    await rektor.klikkKnapp(card, 'ta_imot');
    const igjen = await rektor.klikkKnapp(card, 'ta_imot');
    assert.doesNotMatch(cardText(igjen.kort), /Det gikk ikke|endret av noen andre/);
    assert.equal((await h.sak(sakId)).sak.historikk.filter((e) => e.handling === 'ta_imot').length, 1);
  });

  it('requires a reason to close without measures, and keeps the card as it was', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const rektor = h.bruker(DEMO.rektor);
    const mottatt = await rektor.klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot');
    assert.ok(!knapper(mottatt.kort).includes('avslutt_uten_tiltak'), 'not before the investigation started');
    let card = (await rektor.klikkKnapp(mottatt.kort, 'start_undersokelse')).kort;
    assert.ok(!knapper(card).includes('avslutt_uten_tiltak'), 'not before the pupil’s experience is logged');
    card = (await rektor.klikkKnapp(card, 'loggfor', ELEVENS_OPPLEVELSE(h))).kort;
    const uten = await rektor.klikkKnapp(card, 'avslutt_uten_tiltak', { begrunnelse: '   ', ...INFORMERT });
    assert.match(cardText(uten.kort), /begrunnelse må fylles ut/i);
    assert.equal((await h.sak(sakId)).sak.status, 'undersokes');

    // The pupil said «nei»: the panel asks for rektor's reason against it, and closing without one is refused at that input.
    assert.match(cardText(uten.kort), /Eleven har svart «nei» på om skolemiljøet er trygt og godt/);
    const motEleven = await rektor.klikkKnapp(uten.kort, 'avslutt_uten_tiltak', { begrunnelse: BEGRUNNELSE, ...INFORMERT });
    assert.match(cardText(motEleven.kort), /Eleven har sagt at skolemiljøet ikke er trygt og godt \(svar: «nei»\)/);
    assert.ok(JSON.stringify(motEleven.kort).includes('"id":"begrunnelseMotEleven_avslutt_uten_tiltak"'));
    assert.equal((await h.sak(sakId)).sak.status, 'undersokes');

    const med = await rektor.klikkKnapp(motEleven.kort, 'avslutt_uten_tiltak', {
      begrunnelse: BEGRUNNELSE,
      begrunnelseMotEleven_avslutt_uten_tiltak: 'Eleven savner en venn som flyttet; ingen krenking funnet.',
      ...INFORMERT,
    });
    assert.match(cardText(med.kort), /Avsluttet uten tiltak/);
    assert.equal((await h.sak(sakId)).sak.avslutning?.motEleven, 'Eleven savner en venn som flyttet; ingen krenking funnet.');
    assert.deepEqual(knapper(med.kort), [], 'a closed case has no actions');
  });

  it('logs a note from the card («Legg til notat»): one entry for a double click, and the fields to fix for bad input', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const rektor = h.bruker(DEMO.rektor);
    const card = (await rektor.klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot')).kort;
    const feil = await rektor.klikkKnapp(card, 'loggfor', { loggType: 'samtale_foresatte', loggDato: '2999-01-01', loggTekst: 'Mor er bekymret.' });
    assert.match(cardText(feil.kort), /Datoen kan ikke være frem i tid/);
    assert.match(JSON.stringify(feil.kort), /Mor er bekymret\./, 'what was typed is kept');
    const notat = { ...ELEVENS_OPPLEVELSE(h), loggType: 'samtale_foresatte', loggTekst: 'Mor er bekymret.' };
    const [a, b] = await Promise.all([rektor.klikkKnapp(card, 'loggfor', notat), rektor.klikkKnapp(card, 'loggfor', notat)]);
    for (const svar of [a, b]) assert.match(cardText(svar.kort), /Notatet er lagret i saksloggen/);
    const logg = await visLogg(h.ktx, aktor(DEMO.rektor), sakId);
    assert.deepEqual(logg.ok && logg.verdi.map((l) => [l.typeTekst, l.tekst]), [['Samtale med foresatte', 'Mor er bekymret.']]);
    assert.deepEqual(h.invalidCards(), []);
  });

  it('opens an aktivitetsplan from the card and says where to fill it in', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const rektor = h.bruker(DEMO.rektor);
    let card = (await rektor.klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot')).kort;
    card = (await rektor.klikkKnapp(card, 'start_undersokelse')).kort;
    card = (await rektor.klikkKnapp(card, 'opprett_plan')).kort;
    assert.match(cardText(card), /Aktivitetsplanen er opprettet/);
    assert.ok((await h.sak(sakId)).sak.planId);
  });

  it('refreshes each copy as its owner may see it, with refresh.userIds holding the Teams ids of those with a copy', async () => {
    const { sakId, varsler } = await sendVarsel(h, DEMO.vaktmester);
    const rektorsCards = await h.bruker(DEMO.rektor).klikk('vis_sak', { sakId, kort: 'sak' });
    const ider = (rektorsCards.kort.refresh as { userIds: string[] }).userIds;
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer, DEMO.vaktmester]) assert.ok(ider.includes(`29:${oid}`), oid);
    assert.ok(ider.every((id) => id.startsWith('29:')));

    const kvittering = await varsler.klikk('vis_sak', { sakId, kort: 'kvittering' });
    assert.match(cardText(kvittering.kort), /Takk – varselet er sendt/);
    // A reporter asking for the case card gets the receipt: the view is decided by the use case, not the card.
    const forsok = await varsler.klikk('vis_sak', { sakId, kort: 'sak' });
    assert.equal((forsok.kort.refresh as { action: { data: { kort: string } } }).action.data.kort, 'kvittering');
    assert.deepEqual(knapper(forsok.kort), []);
    assert.doesNotMatch(cardText(forsok.kort), /Hva er gjort/);
  });
});
