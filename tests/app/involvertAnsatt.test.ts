/**
 * §12-5: the employee a varsel is about is named (by the reporter, or by rektor at receipt) and kept
 * out of the case on every route; «vet ikke» is straks until classified, and «nei» then needs a
 * reason — through the use cases, on both stores.
 */
import { strict as assert } from 'node:assert';
import { extractText } from 'unpdf';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lagDokumentasjon } from '../../src/app/dokumenter/dokumentasjon';
import { aktiverPlan } from '../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../src/app/plan/lagreUtkast';
import { visPlan } from '../../src/app/plan/visPlan';
import { leggTilLoggforing, visLogg } from '../../src/app/sakslogg';
import { utforHandling, visSak } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import { getSak } from '../../src/store/sakRepo';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import type { Store } from '../../src/store/port';
import { DEMO, aktor, kontekstPaa, varselSkjema } from '../support/appKontekst';
import { startHarness, type Harness } from '../support/graph/harness';
import { ELEVENS_OPPLEVELSE, fulltUtkast } from '../support/saksgang';
import type { AppKontekst } from '../../src/app/kontekst';
import { ord } from '../../src/i18n/avslag';

const REKTOR = aktor(DEMO.rektor);
const pdfTekst = async (pdf: Buffer) => ((await extractText(new Uint8Array(pdf), { mergePages: true })).text as unknown as string).replace(/\s+/g, ' ');
/** Ahmed Ali, a teacher: the employee the varsel is about. */
const INVOLVERT = DEMO.laerer3;

const STORES: Record<string, (h: () => Harness) => Promise<Store>> = {
  sqlite: async () => openSqliteStore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-involvert-')) }),
  sharepoint: async (h) => (await h().warmStore()).store,
};

for (const [storeName, aapne] of Object.entries(STORES)) describe(`§12-5: the employee involved (${storeName})`, function () {
  this.timeout(60_000);
  let h: Harness | undefined;
  let store: Store;
  let ktx: AppKontekst;
  before(async () => {
    if (storeName === 'sharepoint') h = await startHarness();
  });
  after(async () => h?.close());
  beforeEach(async () => {
    store = await aapne(() => h!);
    ktx = await kontekstPaa(store, () => new Date('2026-11-23T09:00:00Z'));
  });
  afterEach(async () => store.close());

  async function varsel(felt: Record<string, string>): Promise<string> {
    const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'ansatt', ...felt }), { skjemaId: ktx.nyId() });
    assert.ok(r.ok, JSON.stringify(r));
    return r.verdi.id;
  }

  it('keeps the employee the reporter named out of the case: not receiver, saksansvarlig, tiltak owner or reader', async () => {
    const sakId = await varsel({ involvertAnsatt: INVOLVERT });
    const stored = (await getSak(store, sakId))!.sak;
    assert.equal(stored.involvertAnsatt && 'oid' in stored.involvertAnsatt && stored.involvertAnsatt.oid, INVOLVERT);
    assert.equal(stored.varsel.involvertAnsatt && 'oid' in stored.varsel.involvertAnsatt && stored.varsel.involvertAnsatt.oid, INVOLVERT, 'the reporter’s own answer');
    assert.ok(!stored.leveringer.some((l) => l.oid === INVOLVERT));

    const card = await visSak(ktx, REKTOR, sakId);
    assert.ok(card.ok);
    assert.ok(!card.verdi.saksansvarligValg.some((p) => p.oid === INVOLVERT), 'not offered as saksansvarlig');
    const tildelt = await utforHandling(ktx, REKTOR, { sakId, handling: 'ta_imot', verdier: { saksansvarlig: INVOLVERT } });
    assert.ok(!tildelt.ok && tildelt.feil.kode === 'ugyldig' && tildelt.feil.felt.saksansvarlig);

    for (const handling of ['ta_imot', 'start_undersokelse', 'opprett_plan'] as const) assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling })).ok);
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, ELEVENS_OPPLEVELSE)).ok);
    const plan = await lagreUtkast(ktx, REKTOR, sakId, fulltUtkast(INVOLVERT));
    assert.ok(plan.ok && !plan.verdi.ansvarligValg.some((p) => p.oid === INVOLVERT), 'not offered as a tiltak’s owner');
    const aktivert = await aktiverPlan(ktx, REKTOR, sakId);
    assert.ok(!aktivert.ok && aktivert.feil.kode === 'ugyldig' && aktivert.feil.felt['tiltak[0].ansvarlig']);

    const a = aktor(INVOLVERT);
    for (const r of [await visSak(ktx, a, sakId), await visLogg(ktx, a, sakId), await visPlan(ktx, a, sakId), await lagDokumentasjon(ktx, a, sakId), await utforHandling(ktx, a, { sakId, handling: 'tildel', verdier: { saksansvarlig: INVOLVERT } })]) {
      assert.equal(!r.ok && r.feil.kode, 'ikke_funnet');
    }
  });

  it('takes a name as written, and lets rektor add or correct the person at receipt', async () => {
    const sakId = await varsel({ involvertAnsattTekst: 'en vikar i 5B' });
    const skrevet = (await getSak(store, sakId))!.sak.involvertAnsatt;
    assert.equal(skrevet && 'tekst' in skrevet && skrevet.tekst, 'en vikar i 5B');
    const ukjent = await utforHandling(ktx, REKTOR, { sakId, handling: 'ta_imot', verdier: { involvertAnsatt: DEMO.annenRektor } });
    assert.ok(!ukjent.ok && ukjent.feil.kode === 'ugyldig');
    assert.deepEqual(ukjent.feil.felt, { involvertAnsatt: 'Velg en ansatt ved skolen fra listen, eller skriv navnet.' });
    const leder = await utforHandling(ktx, REKTOR, { sakId, handling: 'ta_imot', verdier: { involvertAnsatt: DEMO.inspektor } });
    assert.ok(!leder.ok && leder.feil.kode === 'ugyldig' && /skolens ledelse/.test(ord(leder.feil.felt.involvertAnsatt!)));
    const mottatt = await utforHandling(ktx, REKTOR, { sakId, handling: 'ta_imot', verdier: { involvertAnsatt: INVOLVERT, saksansvarlig: DEMO.laerer2 } });
    assert.ok(mottatt.ok, JSON.stringify(mottatt));
    assert.equal(mottatt.verdi.saksansvarlig?.oid, DEMO.laerer2);
    assert.equal((await visSak(ktx, aktor(INVOLVERT), sakId)).ok, false);
  });

  it('a name only keeps nobody out: the case warns and suggests the school’s person by the name; once rektor picks them, they are kept out', async () => {
    const sakId = await varsel({ involvertAnsattTekst: 'Ahmed i 6B' });
    const for_ = await visSak(ktx, REKTOR, sakId);
    assert.ok(for_.ok);
    assert.deepEqual(for_.verdi.involvertAnsatt, { navn: 'Ahmed i 6B', uavklart: true, forslag: { oid: INVOLVERT, navn: 'Ahmed Ali' } });
    assert.ok(for_.verdi.saksansvarligValg.some((p) => p.oid === INVOLVERT), 'no identity yet: nobody is kept out');

    const mottatt = await utforHandling(ktx, REKTOR, { sakId, handling: 'ta_imot', verdier: { involvertAnsatt: INVOLVERT, saksansvarlig: DEMO.laerer2 } });
    assert.ok(mottatt.ok, JSON.stringify(mottatt));
    assert.deepEqual(mottatt.verdi.involvertAnsatt, { oid: INVOLVERT, navn: 'Ahmed Ali' }, 'settled: no warning');
    assert.ok(!mottatt.verdi.saksansvarligValg.some((p) => p.oid === INVOLVERT));
    const stored = (await getSak(store, sakId))!.sak;
    assert.equal(stored.varsel.involvertAnsatt && 'tekst' in stored.varsel.involvertAnsatt && stored.varsel.involvertAnsatt.tekst, 'Ahmed i 6B', 'the reporter’s words are kept');
    const a = aktor(INVOLVERT);
    for (const r of [await visSak(ktx, a, sakId), await visLogg(ktx, a, sakId), await lagDokumentasjon(ktx, a, sakId)]) assert.equal(!r.ok && r.feil.kode, 'ikke_funnet');
    const tildel = await utforHandling(ktx, REKTOR, { sakId, handling: 'tildel', verdier: { saksansvarlig: INVOLVERT } });
    assert.ok(!tildel.ok && tildel.feil.kode === 'ugyldig');
  });

  it('lets rektor state that the person named only by text is not in the organisation (an agency vikar): settled, no warning', async () => {
    const sakId = await varsel({ involvertAnsattTekst: 'en vikar fra byrået' });
    const for_ = await visSak(ktx, REKTOR, sakId);
    assert.ok(for_.ok && for_.verdi.involvertAnsatt?.uavklart && !for_.verdi.involvertAnsatt.forslag, 'no school person matches');
    const mottatt = await utforHandling(ktx, REKTOR, { sakId, handling: 'ta_imot', verdier: { involvertUtenfor: true } });
    assert.ok(mottatt.ok, JSON.stringify(mottatt));
    assert.deepEqual(mottatt.verdi.involvertAnsatt, { navn: 'en vikar fra byrået', utenfor: true });
    const stored = (await getSak(store, sakId))!.sak.involvertAnsatt;
    assert.deepEqual(stored && { ...stored, av: undefined, tid: undefined }, { tekst: 'en vikar fra byrået', utenfor: true, av: undefined, tid: undefined });

    // Nothing named at all: «not in the organisation» needs who, at its field.
    const utenNavn = await varsel({});
    const r = await utforHandling(ktx, REKTOR, { sakId: utenNavn, handling: 'ta_imot', verdier: { involvertUtenfor: 'true' } });
    assert.ok(!r.ok && r.feil.kode === 'ugyldig');
    assert.match(ord(r.feil.felt.involvertAnsattTekst!), /Skriv hvem det gjelder/);
  });

  it('routes a varsel naming someone in the school’s leadership to kommunalsjef, whatever the reporter chose', async () => {
    const sakId = await varsel({ involvertAnsatt: DEMO.inspektor });
    const sak = (await getSak(store, sakId))!.sak;
    assert.equal(sak.ruting.kanal, 'skoleeier');
    assert.deepEqual(sak.ruting.mottakere, [DEMO.kommunalsjef]);
    for (const oid of [DEMO.rektor, DEMO.inspektor]) assert.equal((await visSak(ktx, aktor(oid), sakId)).ok, false);
  });

  it('refuses a named person who does not work at the school, at the field', async () => {
    const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'ansatt', involvertAnsatt: DEMO.annenRektor }), { skjemaId: ktx.nyId() });
    assert.ok(!r.ok && r.feil.kode === 'ugyldig');
    assert.deepEqual(r.feil.felt, { involvertAnsatt: 'Velg en ansatt ved skolen fra listen, eller skriv navnet.' });
  });

  it('handles «vet ikke» as straks until classified; classifying it as «nei» needs a reason, kept in the history', async () => {
    const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'vet_ikke' }), { skjemaId: ktx.nyId() });
    assert.ok(r.ok);
    assert.equal(r.verdi.straks, true);
    const utenGrunn = await utforHandling(ktx, REKTOR, { sakId: r.verdi.id, handling: 'ta_imot', verdier: { klassifisering: 'nei' } });
    assert.ok(!utenGrunn.ok && utenGrunn.feil.kode === 'ugyldig');
    assert.match(ord(utenGrunn.feil.felt.begrunnelse!), /Skriv hvorfor saken ikke gjelder noen som jobber på skolen/);
    const grunn = 'Samtalen med eleven viste at det gjelder to elever i klassen.';
    const ok = await utforHandling(ktx, REKTOR, { sakId: r.verdi.id, handling: 'ta_imot', verdier: { klassifisering: 'nei', begrunnelse: grunn } });
    assert.ok(ok.ok, JSON.stringify(ok));
    assert.equal(ok.verdi.straks, false, 'no longer straks once classified as not an employee');
    assert.deepEqual(ok.verdi.historikk.filter((x) => x.hendelse === 'ta_imot').map((x) => [x.klassifisering, x.begrunnelse]), [['nei', grunn]]);
    const pdf = await lagDokumentasjon(ktx, REKTOR, r.verdi.id);
    assert.ok(pdf.ok);
    assert.ok((await pdfTekst(pdf.verdi.pdf)).includes(`av Hanne Solberg: ingen som jobber på skolen: ${grunn}`), 'the reason is in the documentation');
  });

  it('states in the documentation that the named employee is kept out, without naming them', async () => {
    const sakId = await varsel({ involvertAnsatt: INVOLVERT });
    const pdf = await lagDokumentasjon(ktx, REKTOR, sakId);
    assert.ok(pdf.ok);
    const tekst = await pdfTekst(pdf.verdi.pdf);
    assert.ok(tekst.includes('Ansatt saken gjelder: Navngitt i varselet eller av rektor, og holdt utenfor saken'), tekst);
    assert.ok(!tekst.includes('Ahmed Ali'), 'not named');
  });
});
