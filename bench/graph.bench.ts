/**
 * Graph cost figures for the SharePoint store, against the local HTTPS stand-in with the real
 * client stack: (a) Graph requests per store operation; (b) the reminder sweep over
 * aktivitetsplaner at 100,000 and 10,000 items with 1,000 due (and 100,000 with 100 due): the
 * indexed query at 50 ms per request, and the Graph requests of the whole sweep; its cost follows
 * the number of plans due, not the size of the list.
 * Run alone: `node --import tsx bench/graph.bench.ts`.
 */
import { KjenteKrav, sweep } from '../src/app/paaminnelser/sweep';
import { STANDARD_FRISTER } from '../src/domain/fristinnstillinger';
import { evalueringHorisont } from '../src/domain/paaminnelser';
import type { Store } from '../src/store/port';
import { kontekstPaa } from '../tests/support/appKontekst';
import { SWEEP_TID, planItem, sakItem } from './paaminnelseData';
import { startHarness, type Harness } from '../tests/support/graph/harness';
import { runIfMain } from './runDirect';

const LATENCY_MS = 50;

async function requestsFor(h: Harness, op: () => Promise<unknown>): Promise<number> {
  h.standIn.requests.reset();
  await op();
  return h.standIn.requests.count();
}

async function perOperation(h: Harness): Promise<void> {
  const site = await h.provisionedSite();
  const store = await h.openStore(site.id);
  await store.ping(); // token and list ids: once per process, not per operation
  const columns = { SkoleId: 'S1', Kanal: 'elev', Status: 'ny', Ventende: 1 };
  let created: Awaited<ReturnType<Store['create']>>['item'] | undefined;
  const rows: Array<[string, number, string]> = [
    ['create sak with key', await requestsFor(h, async () => (created = (await store.create('saker', { key: 'bench-1', columns, data: { tekst: 'x' } })).item)), 'target 1'],
  ];
  const item = created!;
  rows.push(
    ['update (If-Match)', await requestsFor(h, () => store.update('saker', { id: item.id, version: item.version, columns, data: { tekst: 'y' } })), 'target 1'],
    ['get by id', await requestsFor(h, () => store.get('saker', item.id)), 'target 1'],
    ['get by key', await requestsFor(h, () => store.getByKey('saker', 'bench-1')), 'target 1'],
    ['create, key already there', await requestsFor(h, () => store.create('saker', { key: 'bench-1', columns, data: {} })), '409 + look-up'],
  );
  // The outbox dispatcher's projection of one item's audit entries: one createMany, one $batch.
  const projection = await requestsFor(h, () => store.createMany('revisjonslogg', auditRows(item.id, 5)));
  console.log('Graph requests per store operation');
  for (const [name, n, note] of rows) console.log(`  ${name.padEnd(28)} ${String(n).padStart(2)}   (${note})`);
  console.log(`  project 5 audit entries: ${projection} Graph request${projection === 1 ? '' : 's'}   (target 1)`);
}

/** What the outbox dispatcher projects for one item: its audit entries as revisjonslogg rows, keyed by entry id. */
function auditRows(itemId: string, n: number) {
  return Array.from({ length: n }, (_, i) => ({
    key: `bench-audit-${itemId}-${i}`,
    columns: { Liste: 'saker', ElementId: itemId, Aktor: 'system', Handling: `steg_${i}`, Tidspunkt: new Date().toISOString() },
    data: { id: `bench-audit-${itemId}-${i}`, action: `steg_${i}` },
  }));
}

interface Sweep {
  size: number;
  due: number;
  requests: number;
  ms: number;
  /** The whole reminder sweep (src/app/paaminnelser/sweep.ts): Graph requests of the day's first sweep, which claims every reminder, and of a second one. */
  first: number;
  second: number;
}

/**
 * Seeds a fresh site with `size` plans, `due` of them overdue on the sweep's day (and their cases,
 * bench/paaminnelseData.ts), then (a) times the sweep's indexed plan query at 50 ms per request and
 * (b) counts the Graph requests of the real sweep, claims and all.
 */
async function sweepBench(h: Harness, size: number, due: number): Promise<Sweep> {
  const site = await h.provisionedSite();
  h.seed(site.id, 'aktivitetsplaner', size, (i) => planItem(i, size, due));
  h.seed(site.id, 'saker', due, (j) => sakItem(j * Math.floor(size / due)));
  const store = await h.openStore(site.id);
  await store.ping();
  const horizon = evalueringHorisont(SWEEP_TID, STANDARD_FRISTER);
  h.standIn.faults.set({ latencyMs: LATENCY_MS });
  h.standIn.requests.reset();
  const started = performance.now();
  let found = 0;
  for await (const _plan of store.query('aktivitetsplaner', { where: [{ column: 'NesteEvaluering', op: 'le', value: horizon }] })) found++;
  const ms = performance.now() - started;
  const requests = h.standIn.requests.count('GET items');
  h.standIn.faults.set({});
  if (found !== due) throw new Error(`sweep found ${found} plans due, expected ${due}`);

  const ktx = await kontekstPaa(store, () => SWEEP_TID);
  const first = await requestsFor(h, async () => {
    const r = await sweep(ktx, new KjenteKrav());
    if (r.sendt !== due) throw new Error(`the sweep claimed ${r.sendt} reminders, expected ${due}`);
  });
  const second = await requestsFor(h, () => sweep(ktx, new KjenteKrav()));
  return { size, due, requests, ms, first, second };
}

export async function runGraphBench(): Promise<void> {
  const h = await startHarness();
  try {
    await perOperation(h);
    console.log(`\nReminder sweep over aktivitetsplaner (NesteEvaluering le the horizon, indexed)`);
    console.log(`  list size    due   query: requests  time at ${LATENCY_MS} ms/request   whole sweep: requests, first / second of the day`);
    const big = await sweepBench(h, 100_000, 1_000);
    const small = await sweepBench(h, 10_000, 1_000);
    const bigFewDue = await sweepBench(h, 100_000, 100);
    for (const s of [big, small, bigFewDue]) {
      console.log(
        `  ${s.size.toLocaleString('en').padStart(9)} ${s.due.toLocaleString('en').padStart(6)} ${String(s.requests).padStart(16)} ${(s.ms / 1000).toFixed(2).padStart(12)} s ${String(s.first).padStart(27)} / ${s.second}`,
      );
    }
    console.log(
      `  100,000 vs 10,000 items, 1,000 due in both: query requests ${(big.requests / small.requests).toFixed(1)}x, time ${(big.ms / small.ms).toFixed(1)}x, whole sweep ${(big.first / small.first).toFixed(2)}x;` +
        ` 100,000 items with 100 due: ${bigFewDue.first} requests — the cost follows the plans due, not the list.`,
    );
  } finally {
    await h.close();
  }
}

runIfMain(module, runGraphBench);
