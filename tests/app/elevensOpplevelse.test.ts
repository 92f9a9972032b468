/**
 * The pupil's own experience decides (issue 18): the answer to «Opplever eleven skolemiljøet som trygt
 * og godt?» in the log and in every evaluation, and closing refused while it is «nei» or «delvis»
 * unless rektor writes why — through the use cases on a real store.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import type { Store } from '../../src/store/port';
import { startHarness, type Harness } from '../support/graph/harness';
import { registrerEvaluering } from '../../src/app/plan/registrerEvaluering';
import { visPlan } from '../../src/app/plan/visPlan';
import { leggTilLoggforing, visLogg } from '../../src/app/sakslogg';
import { utforHandling, visSak } from '../../src/app/sakHandlinger';
import { DEMO, aktor, kontekstPaa, type TestKontekst } from '../support/appKontekst';
import { ELEVENS_OPPLEVELSE, ELEVENS_OPPLEVELSE_TRYGG, INFORMERT, evaluering, sakMedAktivPlan, sakUnderUndersokelse } from '../support/saksgang';
import { ord, ordPerFelt } from '../../src/i18n/avslag';

const REKTOR = aktor(DEMO.rektor);
const SAKSANSVARLIG = aktor(DEMO.laerer3);
const LUKK = { begrunnelse: 'Undersøkelsen viser ingen krenking fra andre elever.', ...INFORMERT };
const MOT_ELEVEN = 'Eleven savner en venn som har flyttet; det er ikke noe skolemiljøet kan rette med tiltak.';

/** The same use cases on each store: the answers are read back from the log and the plan, in the order given. */
const STORES: Record<string, (h: () => Harness) => Promise<Store>> = {
  sqlite: async () => openSqliteStore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-eleven-')) }),
  sharepoint: async (h) => (await h().warmStore()).store,
};

for (const [storeName, aapne] of Object.entries(STORES)) describe(`the pupil’s own experience decides (${storeName})`, function () {
  this.timeout(60_000);
  let h: Harness | undefined;
  let ktx: TestKontekst;
  before(async () => {
    if (storeName === 'sharepoint') h = await startHarness();
  });
  after(async () => h?.close());
  beforeEach(async () => {
    const store = await aapne(() => h!);
    let naa = new Date('2026-11-23T09:00:00Z');
    ktx = Object.assign(await kontekstPaa(store, () => naa), { settTid: (iso: string) => (naa = new Date(iso)), rydd: () => store.close() });
  });
  afterEach(async () => ktx.rydd());

  it('records the answer beside the pupil’s words; «ikke mulig å spørre» needs why, and the answer is required', async () => {
    const sakId = await sakUnderUndersokelse(ktx);
    const uten = await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, tekst: 'Ny samtale.', elevensSvar: '' });
    assert.ok(!uten.ok);
    assert.deepEqual(uten.feil.kode === 'ugyldig' && uten.feil.felt, { elevensSvar: 'Svar på om eleven opplever skolemiljøet som trygt og godt.' });
    const utenHvorfor = await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, tekst: 'Ny samtale.', elevensSvar: 'ikke_mulig' });
    assert.deepEqual(!utenHvorfor.ok && utenHvorfor.feil.kode === 'ugyldig' && utenHvorfor.feil.felt, { elevensSvarHvorfor: 'Skriv hvorfor det ikke var mulig å spørre eleven.' });
    const ikkeMulig = await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, tekst: 'Ny samtale.', elevensSvar: 'ikke_mulig', elevensSvarHvorfor: 'Eleven er syk denne uken.' });
    assert.ok(ikkeMulig.ok, JSON.stringify(ikkeMulig));
    // Other kinds of entry carry no answer, even when one is sent.
    const samtale = await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'samtale_foresatte', dato: '2026-11-23', tekst: 'Mor er bekymret.', elevensSvar: 'ja' });
    assert.ok(samtale.ok);
    const logg = await visLogg(ktx, REKTOR, sakId);
    assert.ok(logg.ok);
    assert.deepEqual(
      logg.verdi.map((l) => l.elevensSvar),
      [{ svar: 'nei', tekst: 'Nei' }, { svar: 'ikke_mulig', hvorfor: 'Eleven er syk denne uken.', tekst: 'Ikke mulig å spørre' }, undefined],
    );
  });

  it('refuses «avslutt uten tiltak» while the latest answer is «nei» or «delvis», with the reason at the field; rektor closes against it with a written reason', async () => {
    const sakId = await sakUnderUndersokelse(ktx); // the pupil said «nei»
    const card = await visSak(ktx, REKTOR, sakId);
    assert.ok(card.ok);
    assert.equal(card.verdi.elevIkkeTrygg, 'nei', 'the form knows to ask for rektor’s reason');

    const nektet = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: LUKK });
    assert.ok(!nektet.ok);
    assert.equal(nektet.feil.kode, 'ulovlig_overgang');
    assert.match(ord(nektet.feil.melding), /Eleven har sagt at skolemiljøet ikke er trygt og godt \(svar: «nei»\)\. Da har skolen plikt til å sette inn tiltak/);
    assert.deepEqual('felt' in nektet.feil && nektet.feil.felt, { begrunnelseMotEleven: nektet.feil.melding });

    const punktum = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: { ...LUKK, begrunnelseMotEleven: '.' } });
    assert.ok(!punktum.ok);
    assert.deepEqual('felt' in punktum.feil && punktum.feil.felt && ordPerFelt(punktum.feil.felt), {
      begrunnelseMotEleven: 'Begrunnelse for å avslutte mot elevens opplevelse må skrives med egne ord (minst 3 ord), ikke bare tegn eller ett ord.',
    });

    // «delvis» binds the same way.
    ktx.settTid('2026-11-23T10:00:00Z');
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, tekst: '«Litt bedre.»', elevensSvar: 'delvis' })).ok);
    const delvis = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: LUKK });
    assert.ok(!delvis.ok && /svar: «delvis»/.test(ord(delvis.feil.melding)));

    // A delegate may not close at all; rektor may, against the pupil, with a reason that is kept.
    const inspektor = await utforHandling(ktx, aktor(DEMO.inspektor), { sakId, handling: 'avslutt_uten_tiltak', verdier: { ...LUKK, begrunnelseMotEleven: MOT_ELEVEN } });
    assert.equal(!inspektor.ok && inspektor.feil.kode, 'ikke_tillatt');
    const lukket = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: { ...LUKK, begrunnelseMotEleven: MOT_ELEVEN } });
    assert.ok(lukket.ok, JSON.stringify(lukket));
    assert.equal(lukket.verdi.status, 'avsluttet_uten_tiltak');
    assert.deepEqual(lukket.verdi.avslutning && { begrunnelse: lukket.verdi.avslutning.begrunnelse, motEleven: lukket.verdi.avslutning.motEleven }, { begrunnelse: LUKK.begrunnelse, motEleven: MOT_ELEVEN });
  });

  it('lets the case close without tiltak and without a reason against the pupil once the pupil’s latest answer is «ja»', async () => {
    const sakId = await sakUnderUndersokelse(ktx);
    ktx.settTid('2026-11-23T10:00:00Z');
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, ELEVENS_OPPLEVELSE_TRYGG)).ok);
    const card = await visSak(ktx, REKTOR, sakId);
    assert.ok(card.ok && card.verdi.elevIkkeTrygg === undefined);
    const lukket = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: LUKK });
    assert.ok(lukket.ok, JSON.stringify(lukket));
    assert.equal(lukket.verdi.avslutning?.motEleven, undefined);
  });

  it('refuses evaluation outcome 1 while the pupil answers «nei»; only rektor concludes against it, with a reason the case’s closing keeps', async () => {
    const sakId = await sakMedAktivPlan(ktx);
    const nei = { ...(await evaluering(ktx, sakId, DEMO.laerer3, 'gjenopprettet')), elevensOpplevelse: '«Det er like ille.»', elevensSvar: 'nei' };
    const nektet = await registrerEvaluering(ktx, SAKSANSVARLIG, sakId, nei);
    assert.ok(!nektet.ok && nektet.feil.kode === 'ugyldig');
    assert.deepEqual(Object.keys(nektet.feil.felt), ['utfall']);
    assert.match(ord(nektet.feil.felt.utfall!), /Eleven har svart «nei» på om skolemiljøet er trygt og godt\. Da kan ikke evalueringen konkludere med at det er gjenopprettet; velg utfall 2 eller 3/);

    const saksansvarligMot = await registrerEvaluering(ktx, SAKSANSVARLIG, sakId, { ...nei, begrunnelseMotEleven: MOT_ELEVEN });
    assert.ok(!saksansvarligMot.ok);
    assert.deepEqual('felt' in saksansvarligMot.feil && saksansvarligMot.feil.felt, { begrunnelseMotEleven: 'Bare rektor (kommunalsjef i saker om skolens ledelse) kan avslutte mot elevens egen opplevelse.' });
    const plan = await visPlan(ktx, REKTOR, sakId);
    assert.equal(plan.ok && plan.verdi.evalueringer.length, 0, 'nothing stored');

    const rektorMot = await registrerEvaluering(ktx, REKTOR, sakId, { ...nei, begrunnelseMotEleven: MOT_ELEVEN });
    assert.ok(rektorMot.ok, JSON.stringify(rektorMot));
    const card = await visSak(ktx, REKTOR, sakId);
    assert.ok(card.ok && card.verdi.handlinger.includes('avslutt') && card.verdi.elevIkkeTrygg === undefined, 'the evaluation settled it');
    const lukket = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt', verdier: { ...INFORMERT } });
    assert.ok(lukket.ok, JSON.stringify(lukket));
    assert.equal(lukket.verdi.avslutning?.motEleven, MOT_ELEVEN);
  });

  it('refuses closing a case whose plan concluded «gjenopprettet» when the pupil said «nei» in a talk after that evaluation', async () => {
    const sakId = await sakMedAktivPlan(ktx);
    assert.ok((await registrerEvaluering(ktx, REKTOR, sakId, await evaluering(ktx, sakId, DEMO.rektor, 'gjenopprettet'))).ok);
    ktx.settTid('2026-11-23T12:00:00Z');
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, tekst: '«Det har begynt igjen.»' })).ok);
    const nektet = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt', verdier: { ...INFORMERT } });
    assert.ok(!nektet.ok && 'felt' in nektet.feil && nektet.feil.felt?.begrunnelseMotEleven);
  });
});
