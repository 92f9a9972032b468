/**
 * Dates a record cannot truly have are refused at their field, through the use cases and the tab
 * API: an evaluation before the plan version was activated (or in the future), pupil and parents
 * informed before the varsel came, a log entry dated before the varsel unless it is the event's own date.
 */
import { strict as assert } from 'node:assert';
import { aktiverPlan } from '../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../src/app/plan/lagreUtkast';
import { registrerEvaluering } from '../../src/app/plan/registrerEvaluering';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { utforHandling } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import { BotHarness } from '../support/botHarness';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../support/appKontekst';
import { getSak } from '../../src/store/sakRepo';
import { ord, type Message } from '../../src/i18n/avslag';
import { ELEVENS_OPPLEVELSE, evaluering, fulltUtkast, sakMedAktivPlan, sakUnderUndersokelse, INFORMERT } from '../support/saksgang';

const REKTOR = aktor(DEMO.rektor);
type Feil = { ok: false; feil: { kode: string; felt?: Record<string, Message> } };
/** The field's message in the words people read (a domain refusal comes as a code). */
const felt = (r: unknown, navn: string) => {
  const m = (r as Feil).feil?.felt?.[navn];
  return m === undefined ? undefined : ord(m);
};

describe('true dates: what cannot have happened then is refused', () => {
  let ktx: TestKontekst;
  beforeEach(async () => (ktx = await lagTestKontekst()));
  afterEach(async () => ktx.rydd());

  it('refuses an evaluation before the plan version was activated, or in the future; the day of activation is accepted', async () => {
    // The varsel came 23.11.; the plan was activated 30.11.
    ktx.settTid('2026-11-23T09:00:00Z');
    const sakId = await sakUnderUndersokelse(ktx);
    ktx.settTid('2026-11-30T10:00:00Z');
    const sak = await sakMedAktivPlanFra(ktx, sakId);
    ktx.settTid('2026-12-03T10:00:00Z');
    const foer = await registrerEvaluering(ktx, REKTOR, sak, { ...(await evaluering(ktx, sak, DEMO.rektor, 'gjenopprettet')), dato: '2026-11-29' });
    assert.equal(felt(foer, 'dato'), 'Evalueringen kan ikke være holdt før planen ble aktivert (30.11.2026).');
    const fram = await registrerEvaluering(ktx, REKTOR, sak, { ...(await evaluering(ktx, sak, DEMO.rektor, 'gjenopprettet')), dato: '2026-12-04' });
    assert.equal(felt(fram, 'dato'), 'Evalueringen kan ikke registreres før den er holdt.');
    const samme = await registrerEvaluering(ktx, REKTOR, sak, { ...(await evaluering(ktx, sak, DEMO.rektor, 'gjenopprettet')), dato: '2026-11-30' });
    assert.ok(samme.ok, JSON.stringify(samme));
  });

  it('refuses informing pupil and parents before the varsel came', async () => {
    const sakId = await sakUnderUndersokelse(ktx);
    const r = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: { begrunnelse: 'Eleven har det bra.', ...INFORMERT, informertElevDato: '2026-11-22' } });
    assert.equal(felt(r, 'informertElevDato'), 'Eleven og foreldrene kan ikke ha blitt informert om saken før varselet kom (23.11.2026).');
    assert.deepEqual((await getSak(ktx.store, sakId))!.sak.informert ?? [], [], 'nothing stored');
  });

  it('refuses a log entry dated before the varsel, except the date of the event it tells of', async () => {
    ktx.settTid('2026-11-25T09:00:00Z');
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ naar: 'dato', dato: '2026-11-20' }), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    const sakId = sendt.verdi.id;
    for (const handling of ['ta_imot', 'start_undersokelse'] as const) assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling })).ok);
    const foer = await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, dato: '2026-11-22' });
    assert.equal(felt(foer, 'dato'), 'Datoen kan ikke ligge før varselet kom (25.11.2026), bortsett fra datoen det skjedde (20.11.2026).');
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'observasjon', dato: '2026-11-20', deltakere: '', tekst: 'Alene ved sandkassen.' })).ok, 'the event’s own date');
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, dato: '2026-11-25' })).ok, 'the day the varsel came');
  });
});

/** The case's plan activated at the clock's time. */
async function sakMedAktivPlanFra(ktx: TestKontekst, sakId: string): Promise<string> {
  assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling: 'opprett_plan' })).ok);
  assert.ok((await lagreUtkast(ktx, REKTOR, sakId, fulltUtkast())).ok);
  assert.ok((await aktiverPlan(ktx, REKTOR, sakId)).ok);
  return sakId;
}

describe('true dates through the tab API', function () {
  this.timeout(30_000);
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  async function post(sti: string, kropp: unknown): Promise<{ status: number; felt: Record<string, string> }> {
    const svar = await fetch(`${h.url}${sti}`, { method: 'POST', headers: { 'x-skolemiljo-person': DEMO.rektor, 'content-type': 'application/json' }, body: JSON.stringify(kropp) });
    const body = (await svar.json()) as { felt?: Record<string, string> };
    return { status: svar.status, felt: body.felt ?? {} };
  }

  it('shows each refusal at its field', async () => {
    h.settTid('2026-11-23T09:00:00Z');
    const sakId = await sakMedAktivPlan(h.ktx);
    const sak = await sakUnderUndersokelse(h.ktx);
    const logg = await post(`/api/saker/${sakId}/logg`, { skjemaId: 'dato-logg-01', ...ELEVENS_OPPLEVELSE, dato: '2026-11-10' });
    assert.equal(logg.status, 400);
    assert.equal(logg.felt.dato, 'Datoen kan ikke ligge før varselet kom (23.11.2026).');
    h.settTid('2026-11-26T09:00:00Z');
    const e = { ...(await evaluering(h.ktx, sakId, DEMO.rektor, 'gjenopprettet')), dato: '2026-11-22', skjemaId: 'dato-evaluering-01' };
    const ev = await post(`/api/saker/${sakId}/plan/evalueringer`, e);
    assert.equal(ev.status, 400);
    assert.equal(ev.felt.dato, 'Evalueringen kan ikke være holdt før planen ble aktivert (23.11.2026).');

    // Closing: each person told is refused at their own row — a date before the varsel, a parent without who.
    const versjon = ((await (await fetch(`${h.url}/api/saker/${sak}`, { headers: { 'x-skolemiljo-person': DEMO.rektor } })).json()) as { versjon: string }).versjon;
    const lukk = (ekstra: Record<string, string>) => post(`/api/saker/${sak}/handlinger`, { handling: 'avslutt_uten_tiltak', versjon, begrunnelse: 'Trygt nå.', ...INFORMERT, ...ekstra });
    const foer = await lukk({ informertForesatt1Dato: '2026-11-20' });
    assert.equal(foer.status, 400);
    assert.equal(foer.felt.informertForesatt1Dato, 'Eleven og foreldrene kan ikke ha blitt informert om saken før varselet kom (23.11.2026).');
    const utenHvem = await lukk({ informertForesatt1Navn: '' });
    assert.equal(utenHvem.status, 400);
    assert.match(utenHvem.felt.informertForesatt1Navn!, /Skriv hvem av foreldrene/);
    // The pupil said «nei» (sakUnderUndersokelse): rektor closes against it with a reason.
    assert.equal((await lukk({ begrunnelseMotEleven: 'Eleven savner en venn som flyttet; ingen krenking funnet.' })).status, 200);
  });
});
