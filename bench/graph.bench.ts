/**
 * Graph cost figures for the SharePoint store, against the local HTTPS stand-in with the real
 * client stack: (a) Graph requests per store operation; (b) the reminder sweep over
 * aktivitetsplaner at 100,000 and 10,000 items with 1 % due, at 50 ms per request, showing that
 * its cost follows the number of plans due, not the size of the list.
 * Run alone: `node --import tsx bench/graph.bench.ts`.
 */
import type { Store } from '../src/store/port';
import { startHarness, type Harness } from '../tests/support/graph/harness';
import { runIfMain } from './runDirect';

const DAY = 86_400_000;
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
}

/** Seeds a fresh site's aktivitetsplaner with `size` plans, `due` of them due today or earlier, and sweeps. */
async function sweep(h: Harness, size: number, due: number): Promise<Sweep> {
  const site = await h.provisionedSite();
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  const every = Math.floor(size / due);
  h.seed(site.id, 'aktivitetsplaner', size, (i) => ({
    key: `plan-${i}`,
    columns: {
      SakId: `sak-${i}`,
      SkoleId: `S${i % 40}`,
      Status: 'aktiv',
      NesteEvaluering: new Date(i % every === 0 ? today - (i % 5) * DAY : today + (1 + (i % 60)) * DAY).toISOString(),
      Ventende: 0,
    },
    data: { plan: i },
  }));
  const store = await h.openStore(site.id);
  await store.ping();
  h.standIn.faults.set({ latencyMs: LATENCY_MS });
  h.standIn.requests.reset();
  const started = performance.now();
  let found = 0;
  for await (const _plan of store.query('aktivitetsplaner', { where: [{ column: 'NesteEvaluering', op: 'le', value: new Date(today).toISOString() }] })) found++;
  const ms = performance.now() - started;
  h.standIn.faults.set({});
  if (found !== due) throw new Error(`sweep found ${found} plans due, expected ${due}`);
  return { size, due, requests: h.standIn.requests.count('GET items'), ms };
}

export async function runGraphBench(): Promise<void> {
  const h = await startHarness();
  try {
    await perOperation(h);
    console.log(`\nReminder sweep: aktivitetsplaner where NesteEvaluering le today (indexed), ${LATENCY_MS} ms per Graph request`);
    console.log('  list size    due   requests    time');
    const big = await sweep(h, 100_000, 1_000);
    const small = await sweep(h, 10_000, 100);
    const bigFewDue = await sweep(h, 100_000, 100);
    for (const s of [big, small, bigFewDue]) {
      console.log(`  ${s.size.toLocaleString('en').padStart(9)} ${s.due.toLocaleString('en').padStart(6)} ${String(s.requests).padStart(10)} ${(s.ms / 1000).toFixed(2).padStart(7)} s`);
    }
    console.log(
      `  100,000 vs 10,000 items (10x list, 10x due): requests ${(big.requests / small.requests).toFixed(1)}x, time ${(big.ms / small.ms).toFixed(1)}x;` +
        ` 100,000 items with 100 due: ${bigFewDue.requests} request(s), as for 10,000 items — the cost follows the plans due, not the list.`,
    );
  } finally {
    await h.close();
  }
}

runIfMain(module, runGraphBench);
