/**
 * Saker and «Venter på deg» at a school with 50,000 cases, on SharePoint: the SharePoint adapter
 * against the local Graph stand-in (with SharePoint's 5,000-item list view threshold) at 100 ms
 * per Graph call. 400 cases open, the rest closed over twelve years (about 4,100 a year, 350 a
 * month: the selections Saker reads, side by side, are a school's open cases and months). Prints
 * the median time of rektor's first page of Saker (the open cases), of one school year's cases and
 * of a search by case number, and of «Venter på deg», each with its Graph requests (the read's audit
 * entry included, written after the answer). Target ≤ 1.5 s.
 * Run alone: `node --import tsx bench/saker.bench.ts`.
 */
import { listSaker, type SakerValg } from '../src/app/views/saker';
import { venterPaaDeg } from '../src/app/views/venter';
import { lesingerSkrevet } from '../src/app/lesLogg';
import type { AppKontekst } from '../src/app/kontekst';
import { DEMO, aktor, kontekstPaa } from '../tests/support/appKontekst';
import { startHarness } from '../tests/support/graph/harness';
import { skolensSaker } from './sakerData';
import { runIfMain } from './runDirect';
import { ord } from '../src/i18n/avslag';

const SAKER = 50_000;
const APNE = 400;
const AAR = 12;
const LATENCY_MS = 100;
const GANGER = 5;
const MAAL_MS = 1500;

export async function runSakerBench(): Promise<void> {
  console.log(`\nSaker at one school with ${SAKER.toLocaleString('en')} cases (${APNE} open), SharePoint via the Graph stand-in at ${LATENCY_MS} ms per call`);
  const h = await startHarness();
  try {
    const { site, store } = await h.warmStore();
    h.seed(site.id, 'saker', SAKER, skolensSaker(SAKER, APNE, AAR));
    const ktx = await kontekstPaa(store, () => new Date('2026-11-23T09:00:00Z'));
    const rektor = aktor(DEMO.rektor);
    const gammel = await listSaker(ktx, rektor, { skoleår: '2020-2021' });
    if (!gammel.ok) throw new Error(ord(gammel.feil.melding));
    const saksnummer = gammel.verdi.rader[0]!.saksnummer;

    h.standIn.faults.set({ latencyMs: LATENCY_MS });
    const maal = async (navn: string, arbeid: (ktx: AppKontekst) => Promise<{ ok: boolean }>) => {
      const tider: number[] = [];
      let kall = 0;
      for (let i = 0; i < GANGER; i++) {
        h.standIn.requests.reset();
        const start = process.hrtime.bigint();
        const r = await arbeid(ktx);
        tider.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!r.ok) throw new Error(`${navn}: ${JSON.stringify(r)}`);
        // Every request the read causes: its audit entry too, written after the answer (not in the time).
        await lesingerSkrevet(store);
        kall = h.standIn.requests.count();
      }
      const median = tider.sort((a, b) => a - b)[Math.floor(GANGER / 2)]!;
      console.log(`  ${navn.padEnd(44)} ${median.toFixed(0).padStart(5)} ms median, ${kall} Graph requests   (target ≤ ${MAAL_MS} ms)`);
    };
    const saker = (valg: SakerValg) => (k: AppKontekst) => listSaker(k, rektor, valg);
    await maal('Saker, open cases (first page)', saker({}));
    await maal('Saker, open cases, sorted by pupil, page 4', saker({ sorter: 'elev', side: 4 }));
    await maal('Saker, school year 2024–2025 (open and closed)', saker({ skoleår: '2024-2025' }));
    await maal('Saker, search by a 2020 case number', saker({ sok: saksnummer }));
    await maal('Venter på deg (rektor)', (k) => venterPaaDeg(k, rektor));
    h.standIn.faults.set({});
    await store.close();
  } finally {
    await h.close();
  }
}

runIfMain(module, runSakerBench);
