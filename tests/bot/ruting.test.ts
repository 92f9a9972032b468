/** Every routing row, as the people involved see it in Teams (docs/domene.md, "The routing rule"). */
import { strict as assert } from 'node:assert';
import { DEMO } from '../support/appKontekst';
import { BotHarness, knapper, cardText } from '../support/botHarness';
import { sendVarsel, lastCard } from './hjelpere';
import { INFORMERT } from '../support/saksgang';

const SKOLENS_LEDELSE_OG_MOTTAKERE = [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer];
const ANNEN_SKOLE = { rektor: DEMO.annenRektor, inspektor: '00000000-0000-4000-8000-000000000202' };

describe('bot: routing a varsel', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  /** Everyone the bot posted a card to, the reporter (who got the form) aside. */
  const cardReceivers = (varsler: string = DEMO.vaktmester) =>
    [...new Set(h.connector.opptak.filter((o) => o.kall === 'melding' && o.kort && o.oid !== varsler).map((o) => o.oid))].sort();

  it('sends a varsel about pupils to the school’s varselmottakere, rektor first', async () => {
    const { kvittering } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'nei' });
    assert.deepEqual(cardReceivers(), [...SKOLENS_LEDELSE_OG_MOTTAKERE].sort());
    assert.equal(h.connector.opptak.find((o) => o.kall === 'opprett_samtale')?.oid, DEMO.rektor);
    assert.doesNotMatch(cardText(lastCard(h, DEMO.rektor)), /STRAKS/);
    assert.match(cardText(kvittering.kort), /Sendt til: \n?Hanne Solberg \(rektor\), Jon Bakken \(inspektør\), Marte Lie \(sosiallærer\)/);
  });

  it('sends a varsel about an employee to rektor marked Straks, and tells kommunalsjef, in the audit log too', async () => {
    const { sakId, kvittering } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    assert.deepEqual(cardReceivers(), [DEMO.kommunalsjef, DEMO.rektor].sort());
    const rektorsCards = lastCard(h, DEMO.rektor);
    assert.match(cardText(rektorsCards), /^STRAKS/m);
    assert.ok(knapper(rektorsCards).includes('ta_imot'));
    const info = lastCard(h, DEMO.kommunalsjef);
    assert.match(cardText(info), /Til orientering/);
    assert.deepEqual(knapper(info), [], 'kommunalsjef is told, rektor handles it');
    assert.match(cardText(kvittering.kort), /Sendt til: \n?Hanne Solberg \(rektor\)\n/);
    assert.match(cardText(kvittering.kort), /Skoleeier \(kommunalsjef\) blir også varslet/);

    const logg = await h.auditEntry(sakId);
    assert.ok(logg.some((e) => e.action === 'skoleeier_informeres' && e.actor === 'system'));
    assert.ok(logg.some((e) => e.action === 'skoleeier_informert' && e.detail === `til=${DEMO.kommunalsjef}`));
  });

  it('sends a varsel about the leadership to kommunalsjef only; nothing ever reaches rektor, inspektør or the delegate', async () => {
    const { sakId, kvittering } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ledelse' });
    assert.deepEqual(cardReceivers(), [DEMO.kommunalsjef]);
    assert.match(cardText(lastCard(h, DEMO.kommunalsjef)), /STRAKS[\s\S]*Varselet gjelder noen i skolens ledelse/);
    assert.match(cardText(kvittering.kort), /Sendt til: \n?skoleeier/);

    // The case moves on: every copy is updated, and still nobody at the school's leadership is contacted.
    const ks = h.bruker(DEMO.kommunalsjef);
    let card = (await ks.klikkKnapp(lastCard(h, DEMO.kommunalsjef), 'ta_imot', { saksansvarlig: DEMO.kommunalsjef })).kort;
    card = (await ks.klikkKnapp(card, 'start_undersokelse')).kort;
    card = (await ks.klikkKnapp(card, 'loggfor', { loggType: 'elevens_opplevelse', loggDato: h.naa().toISOString().slice(0, 10), loggTekst: '«Jeg er redd for inspektøren.»', loggElevensSvar: 'nei' })).kort;
    // The pupil says «nei»: in a case about the leadership the kommunalsjef, not rektor, may close against it, with a reason.
    await ks.klikkKnapp(card, 'avslutt_uten_tiltak', {
      begrunnelse: 'Inspektøren har sluttet ved skolen.',
      begrunnelseMotEleven_avslutt_uten_tiltak: 'Inspektøren har sluttet, og eleven møter ham ikke lenger.',
      ...INFORMERT,
    });
    await h.outboxFerdig();
    assert.equal((await h.sak(sakId)).sak.status, 'avsluttet_uten_tiltak');
    assert.ok(h.connector.til(DEMO.vaktmester, 'oppdatering').length > 0, 'the reporter’s receipt is updated');
    for (const oid of SKOLENS_LEDELSE_OG_MOTTAKERE) assert.deepEqual(h.connector.opptak.filter((o) => o.oid === oid), [], oid);
  });

  it('names the employee from the form; the named person gets no card, rektor sees who and may correct it at receipt', async () => {
    const skjema = await h.bruker(DEMO.vaktmester).skriv('varsel');
    assert.ok(JSON.stringify(skjema).includes('"id":"involvertAnsatt"'), 'the form asks who');
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt', involvertAnsatt: DEMO.laerer3 });
    assert.equal(h.connector.cardsTo(DEMO.laerer3).filter((k) => JSON.stringify(k).includes(sakId)).length, 0);
    const rektor = h.bruker(DEMO.rektor);
    const card = lastCard(h, DEMO.rektor);
    assert.match(cardText(card), /Ansatt varselet gjelder \(holdes utenfor saken\)[\s\S]*Ahmed Ali/);
    assert.ok(!JSON.stringify(card).includes(`"value":"${DEMO.laerer3}"`), 'not offered as saksansvarlig or anything else');
    // Rektor corrects it at receipt: it was Lise Dahl.
    const lise = '00000000-0000-4000-8000-000000000107';
    const mottatt = await rektor.klikkKnapp(card, 'ta_imot', { involvertAnsatt: lise });
    assert.match(cardText(mottatt.kort), /Ansatt varselet gjelder \(holdes utenfor saken\)[\s\S]*Lise Dahl/);
    const involvert = (await h.sak(sakId)).sak.involvertAnsatt;
    assert.equal(involvert && 'oid' in involvert && involvert.oid, lise);
  });

  it('a name only: the card warns that nobody is kept out, offers the school’s person the name suggests, and rektor’s pick settles it', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt', involvertAnsattTekst: 'Ahmed i 6B' });
    const rektor = h.bruker(DEMO.rektor);
    const card = lastCard(h, DEMO.rektor);
    assert.match(cardText(card), /bare navngitt med tekst \(«Ahmed i 6B»\), så ingen kan holdes utenfor saken ennå/);
    const valg = JSON.stringify(card).match(/"id":"involvertAnsatt"[^}]*"value":"([^"]*)"/)?.[1];
    assert.equal(valg, DEMO.laerer3, 'Ahmed Ali is chosen in advance');
    assert.ok(JSON.stringify(card).includes('"id":"involvertUtenfor"'), 'or: not in the organisation');
    const mottatt = await rektor.klikkKnapp(card, 'ta_imot', { involvertAnsatt: DEMO.laerer3, saksansvarlig: DEMO.laerer2 });
    assert.doesNotMatch(cardText(mottatt.kort), /ingen kan holdes utenfor/);
    const involvert = (await h.sak(sakId)).sak.involvertAnsatt;
    assert.equal(involvert && 'oid' in involvert && involvert.oid, DEMO.laerer3);
    assert.equal(h.connector.cardsTo(DEMO.laerer3).filter((k) => JSON.stringify(k).includes(sakId)).length, 0, 'no card to him');
  });

  it('receives a «vet ikke» varsel as «nei» only with rektor’s reason, asked in the card', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'vet_ikke' });
    const rektor = h.bruker(DEMO.rektor);
    const card = lastCard(h, DEMO.rektor);
    assert.match(cardText(card), /STRAKS/, 'straks until classified');
    const uten = await rektor.klikkKnapp(card, 'ta_imot', { klassifisering: 'nei' });
    assert.match(cardText(uten.kort), /Skriv hvorfor saken ikke gjelder noen som jobber på skolen/);
    assert.equal((await h.sak(sakId)).sak.status, 'ny');
    const med = await rektor.klikkKnapp(uten.kort, 'ta_imot', { klassifisering: 'nei', klassifiseringBegrunnelse: 'Samtalen viste at det gjelder to elever.' });
    assert.ok(!knapper(med.kort).includes('ta_imot'));
    assert.equal((await h.sak(sakId)).sak.historikk.find((x) => x.handling === 'ta_imot')?.begrunnelse, 'Samtalen viste at det gjelder to elever.');
  });

  it('sends a varsel at another school to that school’s receivers only', async () => {
    const laererB = '00000000-0000-4000-8000-000000000203';
    await sendVarsel(h, laererB, { skoleId: DEMO.annenSkole });
    assert.deepEqual(cardReceivers(laererB), [ANNEN_SKOLE.rektor, ANNEN_SKOLE.inspektor].sort());
  });
});
