/** Sending a varsel from the chat: the form, its validation, the receipt, and one varsel per form. */
import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { StoreUnavailableError } from '../../src/store/port';
import { nb } from '../../src/i18n/nb';
import { DEMO, varselSkjema } from '../support/appKontekst';
import { BotHarness, knapper, cardText } from '../support/botHarness';
import { sakIdPaa, sendVarsel } from './hjelpere';

type Element = Record<string, unknown>;
/** Every list of elements in the card (the body, columns, containers): a field is found wherever it sits. */
const lister = (card: Element): Element[][] => {
  const ut: Element[][] = [];
  const gaa = (liste: Element[]) => {
    ut.push(liste);
    for (const e of liste) {
      if (Array.isArray(e.items)) gaa(e.items as Element[]);
      if (Array.isArray(e.columns)) for (const c of e.columns as Element[]) gaa(c.items as Element[]);
    }
  };
  gaa(card.body as Element[]);
  return ut;
};
const felt = (card: Element, id: string) => lister(card).flat().find((e) => e.id === id);
/** The error shown right under an input. */
const feilUnder = (card: Element, id: string): string | undefined => {
  const liste = lister(card).find((l) => l.some((e) => e.id === id)) ?? [];
  const neste = liste[liste.findIndex((e) => e.id === id) + 1] as { inlines?: { text: string; color?: string }[] } | undefined;
  const run = neste?.inlines?.[0];
  return run?.color === 'Attention' ? run.text : undefined;
};

describe('bot: sending a varsel', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('gives the same card back with the input kept and each problem under its field, and stores nothing', async () => {
    const u = h.bruker(DEMO.vaktmester);
    await u.skriv('varsel');
    const skrevet = { skjemaId: 'skjema-0001', skoleId: DEMO.skole, elevKlasse: '5B', sted: 'Gymsalen', dato: '2027-01-01', elevNavn: '  ', beskrivelse: '' };
    const svar = await u.klikk('send_varsel', skrevet);

    assert.deepEqual(knapper(svar.kort), ['send_varsel']);
    assert.match(cardText(svar.kort), new RegExp(nb.feil.skjemaUgyldig.slice(0, 40)));
    assert.equal(feilUnder(svar.kort, 'elevNavn'), nb.validering.elevNavnMangler);
    assert.equal(feilUnder(svar.kort, 'beskrivelse'), nb.validering.beskrivelseMangler);
    assert.equal(feilUnder(svar.kort, 'kommerFra'), nb.validering.kommerFraMangler);
    assert.equal(feilUnder(svar.kort, 'dato'), nb.validering.datoFremtid);
    assert.equal(feilUnder(svar.kort, 'sted'), undefined);
    for (const [id, verdi] of Object.entries({ elevKlasse: '5B', sted: 'Gymsalen', dato: '2027-01-01', skoleId: DEMO.skole })) assert.equal(felt(svar.kort, id)?.value, verdi, id);
    // The same form: a corrected submit is still one varsel.
    assert.equal((svar.kort.actions as Element[])[0]?.data && ((svar.kort.actions as Element[])[0]!.data as Element).skjemaId, 'skjema-0001');
    assert.deepEqual(await h.sakIder(), []);
  });

  it('keeps everything typed when the store is down, says so, and stores one varsel when sent again', async () => {
    const u = h.bruker(DEMO.vaktmester);
    await u.skriv('varsel');
    const skrevet = { skjemaId: 'skjema-nede-01', ...varselSkjema({ sted: 'Gymsalen' }) };
    const nede = sinon.stub(h.app.store, 'create').rejects(new StoreUnavailableError('Graph svarer ikke'));
    let svar;
    try {
      svar = await u.klikk('send_varsel', skrevet);
    } finally {
      nede.restore();
    }
    assert.deepEqual(knapper(svar.kort), ['send_varsel'], 'the form again, not a receipt');
    assert.match(cardText(svar.kort), new RegExp(nb.feil.utilgjengelig.slice(0, 30)));
    for (const [id, verdi] of Object.entries(skrevet)) if (id !== 'skjemaId') assert.equal(felt(svar.kort, id)?.value, verdi, id);
    assert.deepEqual(await h.sakIder(), []);

    // Sending the returned form again, as Teams does: its inputs with the values they show.
    const utfylt = Object.fromEntries(lister(svar.kort).flat().filter((e) => String(e.type).startsWith('Input.') && e.value !== undefined).map((e) => [e.id, e.value]));
    const igjen = await u.klikkKnapp(svar.kort, 'send_varsel', utfylt as Record<string, string>);
    assert.match(cardText(igjen.kort), /Saksnummer/);
    await u.klikkKnapp(svar.kort, 'send_varsel', utfylt as Record<string, string>);
    assert.equal((await h.sakIder()).length, 1);
  });

  it('turns the form into a receipt: case number, to rektor, when, what happens next', async () => {
    const { kvittering } = await sendVarsel(h, DEMO.vaktmester);
    const tekst = cardText(kvittering.kort);
    assert.match(tekst, /Saksnummer: \n?2026-[ACDEFGHJKMNPQRTUVWXY3467]{4}-[ACDEFGHJKMNPQRTUVWXY3467]{4}\b/);
    assert.match(tekst, /Sendt til: \n?Hanne Solberg \(rektor\), Jon Bakken \(inspektør\), Marte Lie \(sosiallærer\)/);
    assert.match(tekst, /23\.11\.2026 kl\. 10:00/, 'the time in Europe/Oslo');
    assert.match(tekst, /Hva skjer nå\?/);
    assert.match(tekst, /Slik behandles opplysningene/);
  });

  it('gets the varsel to the receiver as a proactive card at once, from the run the submit kicks off', async () => {
    h.utboksKjoringer = 0;
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    // The outbox timer is an hour in the harness: any run here was kicked by the submit.
    assert.ok(h.utboksKjoringer >= 1);
    const card = h.connector.cardsTo(DEMO.rektor);
    assert.equal(card.length, 1);
    assert.equal(sakIdPaa(card[0]!), sakId);
    assert.deepEqual(knapper(card[0]).sort(), ['loggfor', 'meld_skoleeier', 'ta_imot', 'ta_imot'], '«Ta imot» with the assignee beside it and «Ta imot og bli saksansvarlig»; reporting on and a note behind their own step');
  });

  it('stores one varsel for a double click or a Teams retry of the same form', async () => {
    const u = h.bruker(DEMO.vaktmester);
    await u.skriv('varsel');
    const skjema = { skjemaId: 'skjema-dobbel-1', ...varselSkjema() };
    const [a, b] = await Promise.all([u.klikk('send_varsel', skjema), u.klikk('send_varsel', skjema)]);
    const c = await u.klikk('send_varsel', skjema);
    await h.outboxFerdig();
    assert.equal((await h.sakIder()).length, 1);
    assert.equal(sakIdPaa(a.kort), sakIdPaa(b.kort));
    assert.equal(sakIdPaa(c.kort), sakIdPaa(a.kort));
    assert.equal(h.connector.cardsTo(DEMO.rektor).length, 1, 'rektor gets one card');
  });

  it('keeps the reporter’s form message as the receipt’s copy, to update it later', async () => {
    const { sakId, varsler } = await sendVarsel(h, DEMO.vaktmester);
    const kopi = (await h.sak(sakId)).sak.leveringer.find((l) => l.rolle === 'varsler');
    assert.equal(kopi?.activityId, varsler.sisteKortId);
    assert.equal(kopi?.conversationId, varsler.conversationId);
  });

  it('refuses a form without its id (nothing to make it idempotent) and offers a new one', async () => {
    const svar = await h.bruker(DEMO.vaktmester).klikk('send_varsel', varselSkjema());
    assert.deepEqual(knapper(svar.kort), ['vis_skjema']);
    assert.deepEqual(await h.sakIder(), []);
  });
});
