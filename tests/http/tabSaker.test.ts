/**
 * The tab's working pages over real HTTP: Saker (filters, a case's timeline per delplikt, a case
 * about the leadership invisible to that leadership), Mine oppgaver (my tiltak and evaluations,
 * overdue first) and Oversikt (kommunalsjef's figures; nobody else's).
 */
import { strict as assert } from 'node:assert';
import { submitVarsel } from '../../src/app/submitVarsel';
import { utforHandling } from '../../src/app/sakHandlinger';
import type { Handling } from '../../src/domain/sak';
import type { Envelope } from '../../src/store/envelope';
import { type PlanData, planKolonner } from '../../src/store/planRepo';
import { withPending } from '../../src/store/envelope';
import { BotHarness } from '../support/botHarness';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';

describe('tab API: Saker, Mine oppgaver and Oversikt', () => {
  let h: BotHarness;
  let vanlig: string;
  let ledelse: string;
  let medPlan: string;

  async function sak(skjemaId: string, overstyr: Record<string, string>, handlinger: [Handling, string, Record<string, unknown>?][]): Promise<string> {
    const r = await submitVarsel(h.ktx, aktor(DEMO.laerer), varselSkjema(overstyr), { skjemaId });
    assert.ok(r.ok, JSON.stringify(r));
    for (const [handling, hvem, verdier] of handlinger) {
      const u = await utforHandling(h.ktx, aktor(hvem), { sakId: r.verdi.id, handling, verdier: verdier ?? {} });
      assert.ok(u.ok, `${handling}: ${JSON.stringify(!u.ok && u.feil)}`);
    }
    return r.verdi.id;
  }

  before(async () => {
    h = await BotHarness.start();
    vanlig = await sak('saker-vanlig-0001', { elevNavn: 'Vanlig Elev' }, []);
    ledelse = await sak('saker-ledelse-001', { elevNavn: 'Skjult Elev', kommerFra: 'ledelse' }, []);
    medPlan = await sak('saker-plan-00001', { elevNavn: 'Plan Elev' }, [
      ['ta_imot', DEMO.rektor],
      ['tildel', DEMO.rektor, { saksansvarlig: DEMO.laerer3 }],
      ['start_undersokelse', DEMO.rektor],
      ['opprett_plan', DEMO.rektor],
    ]);
    // The plan put to use as the plan editor (issue 10) would: a tiltak for the vaktmester, an evaluation date passed.
    const item = await h.ktx.store.getByKey<Envelope<PlanData>>('aktivitetsplaner', `plan:${medPlan}`);
    assert.ok(item);
    const utkast = item.data.value.versjoner[0]!;
    const plan: PlanData = {
      ...item.data.value,
      status: 'aktiv',
      nesteEvaluering: '2026-11-20',
      versjoner: [
        {
          ...utkast,
          tiltak: [{ id: 't1', beskrivelse: 'Voksen ute i alle friminutt', niva: 'skole', ansvarlig: DEMO.vaktmester, tidsrom: 'uke 48–50', evalueringsnotat: '' }],
          aktivert: { av: DEMO.rektor, tid: '2026-11-23T10:00:00Z' },
        },
      ],
    };
    const env = { ...item.data, value: plan };
    await h.ktx.store.update('aktivitetsplaner', { id: item.id, version: item.version, columns: withPending(planKolonner(plan), env), data: env });
    h.settTid('2026-11-25T09:00:00Z');
  });
  after(async () => h.stopp());

  const hent = async <T>(sti: string, oid: string): Promise<{ status: number; body: T }> => {
    const svar = await fetch(`${h.url}${sti}`, { headers: { 'x-skolemiljo-person': oid } });
    return { status: svar.status, body: (await svar.json()) as T };
  };
  type Rad = { id: string; forfalt: boolean; harPlan: boolean; straks: boolean; status: string };
  /** GET /api/saker's rows (one page: these few cases fit on it). */
  const rader = async (sti: string, oid: string) => {
    const svar = await hent<{ rader: Rad[] }>(sti, oid);
    return { status: svar.status, body: svar.body.rader };
  };

  it('lists the school’s cases for rektor, overdue first, never the one about the leadership', async () => {
    const { status, body } = await rader('/api/saker', DEMO.rektor);
    assert.equal(status, 200);
    assert.deepEqual(new Set(body.map((r) => r.id)), new Set([vanlig, medPlan]));
    assert.ok(body.every((r) => r.forfalt), 'both overdue: one not received in a working day, one past its evaluation');
    for (const oid of [DEMO.inspektor, DEMO.sosiallaerer]) {
      assert.ok(!(await rader('/api/saker', oid)).body.some((r) => r.id === ledelse));
      assert.equal((await hent<{ kode: string }>(`/api/saker/${ledelse}`, oid)).status, 404);
    }
  });

  it('filters by status, overdue, no plan yet and straks', async () => {
    assert.deepEqual((await rader('/api/saker?status=ny', DEMO.rektor)).body.map((r) => r.id), [vanlig]);
    assert.deepEqual((await rader('/api/saker?utenPlan=1', DEMO.rektor)).body.map((r) => r.id), [vanlig]);
    assert.deepEqual((await rader('/api/saker?straks=1', DEMO.rektor)).body.map((r) => r.id), []);
    assert.deepEqual((await rader('/api/saker?straks=1', DEMO.kommunalsjef)).body.map((r) => r.id), [ledelse]);
    const feil = await hent<{ kode: string; felt: Record<string, string> }>('/api/saker?status=tull', DEMO.rektor);
    assert.equal(feil.status, 400);
    assert.ok(feil.body.felt.status);
  });

  it('shows the saksansvarlig their case, and nothing to a plain staff member', async () => {
    assert.deepEqual((await rader('/api/saker', DEMO.laerer3)).body.map((r) => r.id), [medPlan]);
    assert.deepEqual((await rader('/api/saker', DEMO.vaktmester)).body, []);
  });

  it('shows a case with its history grouped per delplikt', async () => {
    const { status, body } = await hent<{ id: string; delplikter: { delplikt: string; hendelser: { hendelse: string }[] }[] }>(`/api/saker/${medPlan}`, DEMO.rektor);
    assert.equal(status, 200);
    const per = Object.fromEntries(body.delplikter.map((d) => [d.delplikt, d.hendelser.map((x) => x.hendelse)]));
    assert.ok(per.meldeFra?.includes('sendt') && per.meldeFra.includes('ta_imot'));
    assert.deepEqual(per.undersoke, ['start_undersokelse']);
    assert.deepEqual(per.tiltak, ['opprett_plan']);
  });

  it('gives the vaktmester their tiltak and the saksansvarlig the evaluation, overdue', async () => {
    type O = { type: string; sakId: string; tekst: string; frist: string; forfalt: boolean };
    const vaktmester = (await hent<O[]>('/api/mine-oppgaver', DEMO.vaktmester)).body;
    assert.deepEqual(vaktmester.map((o) => [o.type, o.sakId, o.tekst, o.frist, o.forfalt]), [['tiltak', medPlan, 'Voksen ute i alle friminutt', '2026-11-20', true]]);
    const ansvarlig = (await hent<O[]>('/api/mine-oppgaver', DEMO.laerer3)).body;
    assert.deepEqual(ansvarlig.map((o) => [o.type, o.sakId]), [['evaluering', medPlan]]);
    assert.deepEqual((await hent<O[]>('/api/mine-oppgaver', DEMO.laerer2)).body, []);
  });

  it('gives kommunalsjef the internkontroll figures per school, and refuses everyone else', async () => {
    type S = { skoleId: string; varslerPerMåned: number[]; åpneSaker: number; aktivePlaner: number; forfalteEvalueringer: number; planerUtenBarnetsBeste: number; medianTimerTilMottak?: number };
    const { status, body } = await hent<{ måneder: string[]; skoler: S[]; skoleeierSaker: { id: string }[] }>('/api/oversikt', DEMO.kommunalsjef);
    assert.equal(status, 200);
    assert.equal(body.måneder.at(-1), '2026-11');
    const skole = body.skoler.find((s) => s.skoleId === DEMO.skole)!;
    assert.equal(skole.varslerPerMåned.at(-1), 3);
    assert.equal(skole.åpneSaker, 3);
    assert.equal(skole.aktivePlaner, 1);
    assert.equal(skole.forfalteEvalueringer, 1);
    assert.equal(skole.planerUtenBarnetsBeste, 1);
    assert.equal(skole.medianTimerTilMottak, 0);
    assert.deepEqual(body.skoleeierSaker.map((s) => s.id), [ledelse]);
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.laerer]) assert.equal((await hent('/api/oversikt', oid)).status, 403);
  });

  it('puts what needs action first in Oversikt — no pupil named — and counts the school year, not the calendar year', async () => {
    // A varsel on 10 August (the school year 2026–2027 starts 15 August) and a §12-5 case received but not investigated.
    h.settTid('2026-08-10T09:00:00Z');
    const august = await sak('saker-august-0001', { elevNavn: 'August Elev' }, [['ta_imot', DEMO.rektor]]);
    h.settTid('2026-11-25T09:00:00Z');
    const ansatt = await sak('saker-ansatt-0001', { elevNavn: 'Ansatt Elev', kommerFra: 'ansatt' }, [['ta_imot', DEMO.rektor]]);
    type H = { hva: string; sakId: string; kanApnes: boolean; siden: string };
    const { body } = await hent<{ skoleår: string; måneder: string[]; trengerHandling: H[]; skoler: { skoleId: string; varslerPerMåned: number[]; åpneSaker: number }[] }>('/api/oversikt', DEMO.kommunalsjef);
    assert.deepEqual(
      body.trengerHandling.map((x) => [x.hva, x.sakId, x.kanApnes]),
      [
        ['evaluering', medPlan, false],
        ['ikke_mottatt', vanlig, false],
        ['ikke_mottatt', ledelse, true],
        ['uten_undersokelse', ansatt, true],
      ],
      'oldest first; only what was routed or reported to skoleeier opens',
    );
    assert.ok(!JSON.stringify(body.trengerHandling).includes('Elev'), 'no pupil named');
    assert.equal(body.skoleår, '2026-2027');
    assert.deepEqual(body.måneder, ['2026-08', '2026-09', '2026-10', '2026-11']);
    const skole = body.skoler.find((s) => s.skoleId === DEMO.skole)!;
    assert.deepEqual(skole.varslerPerMåned, [0, 0, 0, 4], 'the August varsel belongs to the school year before');
    assert.equal(skole.åpneSaker, 5, 'open cases of any year');
    assert.ok(!body.trengerHandling.some((x) => x.sakId === august), 'received, not §12-5: nothing overdue');
  });
});
