/** The case to its end through the use cases, on a real store: log, plan, activation, evaluations, closing. */
import { strict as assert } from 'node:assert';
import { aktiverPlan } from '../../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../../src/app/plan/lagreUtkast';
import { registrerEvaluering } from '../../../src/app/plan/registrerEvaluering';
import { skrivTiltaksnotat } from '../../../src/app/plan/skrivTiltaksnotat';
import { visPlan } from '../../../src/app/plan/visPlan';
import { utforHandling, visSak } from '../../../src/app/sakHandlinger';
import type { Envelope } from '../../../src/store/envelope';
import type { PlanData } from '../../../src/store/planRepo';
import { DEMO, aktor, lagTestKontekst, type TestKontekst } from '../../support/appKontekst';
import { TILTAKSANSVARLIG, evaluering, fulltUtkast, sakMedAktivPlan, sakMedUtkast, sakUnderUndersokelse, INFORMERT } from '../../support/saksgang';
import { ord } from '../../../src/i18n/avslag';

const REKTOR = aktor(DEMO.rektor);

describe('aktivitetsplan: from draft to closing', () => {
  let ktx: TestKontekst;
  beforeEach(async () => (ktx = await lagTestKontekst()));
  afterEach(async () => ktx.rydd());

  it('refuses activation naming every missing item at its field, then activates the completed plan with the default date', async () => {
    const sakId = await sakUnderUndersokelse(ktx);
    assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling: 'opprett_plan' })).ok);
    const halv = await lagreUtkast(ktx, REKTOR, sakId, { problem: 'Eleven holdes utenfor.', tiltak: [{ beskrivelse: 'Voksen ute', niva: 'gruppe', ansvarlig: '', tidsrom: '' }] });
    assert.ok(halv.ok, JSON.stringify(halv));
    assert.deepEqual(halv.verdi.mangler.map((m) => m.felt), ['tiltak[0].tidsrom', 'tiltak[0].ansvarlig', 'elevensStemme', 'barnetsBeste']);

    const nekt = await aktiverPlan(ktx, REKTOR, sakId);
    assert.ok(!nekt.ok && nekt.feil.kode === 'ugyldig');
    assert.deepEqual(Object.keys(nekt.feil.felt), ['tiltak[0].tidsrom', 'tiltak[0].ansvarlig', 'elevensStemme', 'barnetsBeste']);
    assert.match(ord(nekt.feil.melding), /elevens stemme/);
    assert.match(ord(nekt.feil.melding), /barnets beste-vurdering/);
    assert.equal((await visPlan(ktx, REKTOR, sakId)).ok && (await visPlan(ktx, REKTOR, sakId) as { verdi: { status: string } }).verdi.status, 'utkast');

    const tiltakId = halv.verdi.versjoner[0]!.tiltak[0]!.id;
    assert.ok((await lagreUtkast(ktx, REKTOR, sakId, fulltUtkast(TILTAKSANSVARLIG, tiltakId))).ok);
    const aktiv = await aktiverPlan(ktx, REKTOR, sakId);
    assert.ok(aktiv.ok, JSON.stringify(aktiv));
    assert.equal(aktiv.verdi.status, 'aktiv');
    // Three weeks after Monday 23 November 2026.
    assert.equal(aktiv.verdi.nesteEvaluering, '2026-12-14');
    assert.equal(aktiv.verdi.versjoner[0]!.tiltak[0]!.id, tiltakId, 'a tiltak keeps its id across saves');
    const item = (await ktx.store.getByKey<Envelope<PlanData>>('aktivitetsplaner', `plan:${sakId}`))!;
    assert.equal(String(item.columns.NesteEvaluering).slice(0, 10), '2026-12-14', 'the reminder sweep finds the plan by its next date');
  });

  it('uses the municipality’s own number of weeks to the default evaluation', async () => {
    // Two weeks, not four: four from 23 November is 21 December, in the default Christmas holiday (tests/app/skolear/skolear.test.ts).
    ktx.org.kommune.evalueringEtterUker = 2;
    const sakId = await sakMedUtkast(ktx);
    const aktiv = await aktiverPlan(ktx, REKTOR, sakId);
    assert.ok(aktiv.ok);
    assert.equal(aktiv.verdi.nesteEvaluering, '2026-12-07');
  });

  it('activating twice (a double click) activates once', async () => {
    const sakId = await sakMedUtkast(ktx);
    const [a, b] = await Promise.all([aktiverPlan(ktx, REKTOR, sakId), aktiverPlan(ktx, REKTOR, sakId)]);
    assert.ok(a.ok && b.ok, JSON.stringify([a, b]));
    const item = (await ktx.store.getByKey<Envelope<PlanData>>('aktivitetsplaner', `plan:${sakId}`))!;
    assert.equal(item.data.value.versjoner.length, 1);
    assert.equal(item.data.audit.filter((x) => x.action === 'plan_aktivert').length, 1);
  });

  it('evaluates with outcome 3 (a new version and a next date), then 2, then 1, and the case closes', async () => {
    const sakId = await sakMedAktivPlan(ktx);
    const tre = await registrerEvaluering(ktx, REKTOR, sakId, await evaluering(ktx, sakId, DEMO.rektor, 'ikke_gjenopprettet', '2026-12-07'));
    assert.ok(tre.ok, JSON.stringify(tre));
    assert.equal(tre.verdi.status, 'evaluert');
    assert.equal(tre.verdi.nesteEvaluering, '2026-12-07');
    assert.deepEqual(tre.verdi.versjoner.map((v) => [v.nr, !!v.aktivert]), [[1, true], [2, false]]);
    assert.equal(tre.verdi.kanRedigeres, true);

    // The revision: a tiltak added, then activated; version 1 stays as it was.
    const v2 = fulltUtkast(TILTAKSANSVARLIG, tre.verdi.versjoner[1]!.tiltak[0]!.id);
    v2.tiltak.push({ beskrivelse: 'Klassemøte om inkludering', niva: 'gruppe', ansvarlig: DEMO.laerer, tidsrom: 'Uke 50', evalueringsnotat: '' });
    v2.evalueringsdato = '2026-12-07';
    assert.ok((await lagreUtkast(ktx, REKTOR, sakId, v2)).ok);
    const aktiv2 = await aktiverPlan(ktx, REKTOR, sakId);
    assert.ok(aktiv2.ok, JSON.stringify(aktiv2));
    assert.equal(aktiv2.verdi.versjoner[0]!.tiltak.length, 1);
    assert.equal(aktiv2.verdi.versjoner[1]!.tiltak.length, 2);

    const naerBrudd = await registrerEvaluering(ktx, REKTOR, sakId, { ...(await evaluering(ktx, sakId, DEMO.rektor, 'gjenopprettet_tiltak_fortsetter')) });
    assert.ok(!naerBrudd.ok && naerBrudd.feil.kode === 'ugyldig' && 'nesteEvalueringsdato' in naerBrudd.feil.felt, 'outcome 2 needs a next date');
    const to = await registrerEvaluering(ktx, REKTOR, sakId, await evaluering(ktx, sakId, DEMO.rektor, 'gjenopprettet_tiltak_fortsetter', '2026-12-14'));
    assert.ok(to.ok, JSON.stringify(to));
    assert.equal(to.verdi.evalueringer.at(-1)!.versjon, 2);
    assert.equal(to.verdi.nesteEvaluering, '2026-12-14');

    // Not closable before outcome 1.
    const forTidlig = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt', verdier: { ...INFORMERT } });
    assert.equal(!forTidlig.ok && forTidlig.feil.kode, 'ulovlig_overgang');

    const en = await registrerEvaluering(ktx, REKTOR, sakId, await evaluering(ktx, sakId, DEMO.rektor, 'gjenopprettet'));
    assert.ok(en.ok, JSON.stringify(en));
    assert.equal(en.verdi.status, 'avsluttet');
    assert.equal(en.verdi.nesteEvaluering, '');
    const item = (await ktx.store.getByKey<Envelope<PlanData>>('aktivitetsplaner', `plan:${sakId}`))!;
    assert.equal(item.columns.NesteEvaluering, null);

    const utenInfo = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt' });
    assert.ok(!utenInfo.ok && /informert/.test(ord(utenInfo.feil.melding)));
    const lukket = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt', verdier: { ...INFORMERT } });
    assert.ok(lukket.ok, JSON.stringify(lukket));
    assert.equal(lukket.verdi.status, 'avsluttet');
    assert.deepEqual(lukket.verdi.informert.map((i) => [i.dato, i.hvem, i.navn, i.hvordan]), [
      ['2026-11-23', 'elev', undefined, 'Samtale med kontaktlærer'],
      ['2026-11-23', 'foresatt', 'mor', 'Telefon'],
    ]);
  });

  it('stores the same evaluation sent twice once', async () => {
    const sakId = await sakMedAktivPlan(ktx);
    const e = await evaluering(ktx, sakId, DEMO.rektor, 'gjenopprettet_tiltak_fortsetter', '2026-12-14');
    const [a, b] = await Promise.all([registrerEvaluering(ktx, REKTOR, sakId, e), registrerEvaluering(ktx, REKTOR, sakId, e)]);
    assert.ok(a.ok && b.ok);
    assert.equal((await visPlan(ktx, REKTOR, sakId)).ok && ((await visPlan(ktx, REKTOR, sakId)) as { verdi: { evalueringer: unknown[] } }).verdi.evalueringer.length, 1);
  });

  it('refuses a pupil or parent (anyone not on the school’s staff) as responsible for a tiltak', async () => {
    const sakId = await sakMedUtkast(ktx);
    const utenfor = '00000000-0000-4000-8000-000000000777';
    assert.ok((await lagreUtkast(ktx, REKTOR, sakId, fulltUtkast(utenfor))).ok);
    const r = await aktiverPlan(ktx, REKTOR, sakId);
    assert.ok(!r.ok && r.feil.kode === 'ugyldig');
    assert.deepEqual(Object.keys(r.feil.felt), ['tiltak[0].ansvarlig']);
  });

  it('never lets the school’s leadership be responsible for a tiltak in a case about the leadership', async () => {
    const sakId = await sakMedUtkast(ktx, 'ledelse');
    const ks = aktor(DEMO.kommunalsjef);
    assert.ok((await lagreUtkast(ktx, ks, sakId, fulltUtkast(DEMO.inspektor))).ok);
    const r = await aktiverPlan(ktx, ks, sakId);
    assert.ok(!r.ok && r.feil.kode === 'ugyldig' && 'tiltak[0].ansvarlig' in r.feil.felt);
    const plan = await visPlan(ktx, ks, sakId);
    assert.ok(plan.ok);
    assert.ok(!plan.verdi.ansvarligValg.some((p) => [DEMO.rektor, DEMO.inspektor].includes(p.oid as never)));
  });

  it('keeps an activated version frozen: edits go to a new version after an evaluation', async () => {
    const sakId = await sakMedAktivPlan(ktx);
    const r = await lagreUtkast(ktx, REKTOR, sakId, fulltUtkast());
    assert.equal(!r.ok && r.feil.kode, 'ulovlig_overgang');
  });

  it('shows a tiltak’s responsible staff member their own tiltak and its dates only, and lets them write its note', async () => {
    const sakId = await sakMedAktivPlan(ktx);
    const ansvarlig = aktor(TILTAKSANSVARLIG);
    const sett = await visPlan(ktx, ansvarlig, sakId);
    assert.ok(sett.ok);
    assert.equal(sett.verdi.innsyn, 'tiltak');
    assert.deepEqual(sett.verdi.versjoner, []);
    assert.deepEqual(sett.verdi.evalueringer, []);
    assert.deepEqual(sett.verdi.mineTiltak.map((t) => t.beskrivelse), ['Voksen ved klatrestativet i alle friminutt']);
    assert.equal(sett.verdi.nesteEvaluering, '2026-12-14');
    assert.ok(!JSON.stringify(sett.verdi).includes('barnets'), 'no other part of the plan');
    // The case itself stays invisible to them.
    assert.equal(((await visSak(ktx, ansvarlig, sakId)) as { ok: false; feil: { kode: string } }).feil.kode, 'ikke_funnet');

    const notat = await skrivTiltaksnotat(ktx, ansvarlig, sakId, { tiltakId: sett.verdi.mineTiltak[0]!.id, evalueringsnotat: 'Hun leker med to andre nå.' });
    assert.ok(notat.ok, JSON.stringify(notat));
    assert.equal(notat.verdi.mineTiltak[0]!.evalueringsnotat, 'Hun leker med to andre nå.');
    const annen = await skrivTiltaksnotat(ktx, aktor(DEMO.laerer2), sakId, { tiltakId: sett.verdi.mineTiltak[0]!.id, evalueringsnotat: 'x' });
    assert.equal(!annen.ok && annen.feil.kode, 'ikke_funnet');
    assert.equal(!(await aktiverPlan(ktx, ansvarlig, sakId)).ok, true);
  });

  it('shows every tiltak note to rektor on the plan, with who wrote it and when, and keeps them across a saved revision', async () => {
    const sakId = await sakMedAktivPlan(ktx);
    const ansvarlig = aktor(TILTAKSANSVARLIG);
    const sett = await visPlan(ktx, ansvarlig, sakId);
    assert.ok(sett.ok);
    const tiltakId = sett.verdi.mineTiltak[0]!.id;
    for (const tekst of ['Hun leker med to andre nå.', 'En dårlig dag fredag, ellers bra.']) {
      assert.ok((await skrivTiltaksnotat(ktx, ansvarlig, sakId, { tiltakId, evalueringsnotat: tekst })).ok);
    }
    const plan = await visPlan(ktx, REKTOR, sakId);
    assert.ok(plan.ok);
    const notater = plan.verdi.versjoner.at(-1)!.tiltak[0]!.notater;
    assert.deepEqual(notater.map((n) => [n.tekst, n.av]), [
      ['Hun leker med to andre nå.', 'Knut Moen'],
      ['En dårlig dag fredag, ellers bra.', 'Knut Moen'],
    ]);
    assert.equal(notater[0]!.tid, ktx.naa().toISOString());
    // Outcome 3 opens version 2; saving its draft (which carries no notes) keeps the owner's notes.
    assert.ok((await registrerEvaluering(ktx, REKTOR, sakId, await evaluering(ktx, sakId, DEMO.rektor, 'ikke_gjenopprettet', '2026-12-14'))).ok);
    const v2 = await visPlan(ktx, REKTOR, sakId);
    assert.ok(v2.ok);
    const utkast = { ...fulltUtkast(), tiltak: v2.verdi.versjoner.at(-1)!.tiltak.map(({ notater: _n, ...t }) => t) };
    const stored = await lagreUtkast(ktx, REKTOR, sakId, utkast);
    assert.ok(stored.ok, JSON.stringify(stored));
    assert.equal(stored.verdi.versjoner.at(-1)!.tiltak[0]!.notater.length, 2);
    const aktivert = await aktiverPlan(ktx, REKTOR, sakId);
    assert.ok(aktivert.ok);
    assert.equal(aktivert.verdi.statusTekst, 'Aktiv – versjon 2');
  });

  it('gives a clear Norwegian error at the field for bad input, and stores nothing', async () => {
    const sakId = await sakMedUtkast(ktx);
    const for_ = (await ktx.store.getByKey('aktivitetsplaner', `plan:${sakId}`))!.version;
    const r = await lagreUtkast(ktx, REKTOR, sakId, { problem: 'x'.repeat(2001), tiltak: [{ beskrivelse: 'a', niva: 'hele verden', ansvarlig: '', tidsrom: '' }], evalueringsdato: '31.02.2026' });
    assert.ok(!r.ok && r.feil.kode === 'ugyldig');
    assert.deepEqual(Object.keys(r.feil.felt).sort(), ['evalueringsdato', 'problem', 'tiltak[0].niva']);
    assert.equal(r.feil.felt.problem, 'Høyst 2000 tegn.');
    assert.equal((await ktx.store.getByKey('aktivitetsplaner', `plan:${sakId}`))!.version, for_);
  });
});
