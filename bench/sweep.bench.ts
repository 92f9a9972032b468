/**
 * The reminder sweep on the embedded store (SQLite): 100,000 plans with 1,000 due against 10,000
 * plans with 1,000 due. The sweep reads only what is due through indexed queries, so the two
 * times should be near each other (ratio near 1): the cost follows what is due, not the archive.
 * First sweep of the day claims and queues 1,000 reminders; a second one finds them all claimed.
 * Run alone: `node --import tsx bench/sweep.bench.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KjenteKrav, sweep, type SveipResultat } from '../src/app/paaminnelser/sweep';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore';
import { kontekstPaa } from '../tests/support/appKontekst';
import { SWEEP_TID, erForfalt, planItem, sakItem } from './paaminnelseData';
import { runIfMain } from './runDirect';

interface Maling {
  size: number;
  due: number;
  forsteMs: number;
  andreMs: number;
  heapMb: number;
  forste: SveipResultat;
}

async function maal(size: number, due: number): Promise<Maling> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-bench-sveip-'));
  const store = await openSqliteStore({ dataDir: dir });
  try {
    for (let start = 0; start < size; start += 1000) {
      const n = Math.min(1000, size - start);
      await store.createMany('aktivitetsplaner', Array.from({ length: n }, (_, j) => planItem(start + j, size, due)));
      const saker = Array.from({ length: n }, (_, j) => start + j).filter((i) => erForfalt(i, size, due)).map(sakItem);
      if (saker.length > 0) await store.createMany('saker', saker);
    }
    const ktx = await kontekstPaa(store, () => SWEEP_TID);
    global.gc?.();
    const heapFor = process.memoryUsage().heapUsed;
    let t = performance.now();
    const forste = await sweep(ktx, new KjenteKrav());
    const forsteMs = performance.now() - t;
    const heapMb = (process.memoryUsage().heapUsed - heapFor) / 1e6;
    t = performance.now();
    const andre = await sweep(ktx, new KjenteKrav());
    const andreMs = performance.now() - t;
    if (forste.sendt !== due || andre.sendt !== 0) throw new Error(`sveipet ga ${forste.sendt} og ${andre.sendt} påminnelser, ventet ${due} og 0`);
    return { size, due, forsteMs, andreMs, heapMb, forste };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSweepBench(): Promise<void> {
  console.log('\nReminder sweep on the embedded store (SQLite): plans overdue for evaluation, one reminder each');
  console.log('  plans      due   first sweep (claims)   second sweep (all claimed)   heap growth');
  const stor = await maal(100_000, 1_000);
  const liten = await maal(10_000, 1_000);
  for (const m of [stor, liten]) {
    console.log(
      `  ${m.size.toLocaleString('en').padStart(7)} ${m.due.toLocaleString('en').padStart(6)} ${m.forsteMs.toFixed(0).padStart(12)} ms ${m.andreMs.toFixed(0).padStart(23)} ms ${m.heapMb.toFixed(1).padStart(17)} MB`,
    );
  }
  console.log(
    `  100,000 vs 10,000 plans, 1,000 due in both: first sweep ${(stor.forsteMs / liten.forsteMs).toFixed(2)}x, second ${(stor.andreMs / liten.andreMs).toFixed(2)}x (target near 1: the cost follows what is due)`,
  );
}

runIfMain(module, runSweepBench);
