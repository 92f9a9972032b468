/**
 * A case about a school's leadership must look to that leadership like no case at all — in the
 * answer and in its cost. Rektor opens the leadership case and a case id that does not exist:
 * Graph requests of each (SharePoint adapter → local Graph stand-in) and the median time of each on
 * both stores, with their ratio (near 1: the time does not tell a hidden case from a missing one).
 */
import { randomUUID } from 'node:crypto';
import { visSak } from '../src/app/sakHandlinger';
import { submitVarsel } from '../src/app/submitVarsel';
import type { AppKontekst } from '../src/app/kontekst';
import { DEMO, aktor, kontekstPaa, lagTestKontekst, varselSkjema } from '../tests/support/appKontekst';
import { startHarness } from '../tests/support/graph/harness';
import { runIfMain } from './runDirect';
import { ord } from '../src/i18n/avslag';

const GANGER = 200;

async function median(arbeid: () => Promise<unknown>): Promise<number> {
  const tider: number[] = [];
  for (let i = 0; i < GANGER; i++) {
    const start = process.hrtime.bigint();
    await arbeid();
    tider.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return tider.sort((a, b) => a - b)[Math.floor(GANGER / 2)]!;
}

/** Opens both ids alternately (so drift hits both alike); returns [hidden, missing] medians in ms. */
async function apne(ktx: AppKontekst, skjult: string): Promise<[number, number]> {
  const rektor = aktor(DEMO.rektor);
  const manglende = randomUUID();
  for (const id of [skjult, manglende]) {
    const r = await visSak(ktx, rektor, id);
    if (r.ok || r.feil.kode !== 'ikke_funnet') throw new Error(`rektor fikk ${r.ok ? 'saken' : r.feil.kode}, ikke «ikke funnet»`);
  }
  const skjultTid = await median(() => visSak(ktx, rektor, skjult));
  const manglerTid = await median(() => visSak(ktx, rektor, manglende));
  return [skjultTid, manglerTid];
}

async function lederSak(ktx: AppKontekst): Promise<string> {
  const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'ledelse' }), { skjemaId: randomUUID() });
  if (!r.ok) throw new Error(ord(r.feil.melding));
  return r.verdi.id;
}

export async function runSkjultSakBench(): Promise<void> {
  console.log('\nA hidden case vs a missing one, as the school’s leadership opens it (rektor, a case about the leadership)');
  const sqlite = await lagTestKontekst();
  try {
    const [skjult, mangler] = await apne(sqlite, await lederSak(sqlite));
    console.log(`  SQLite: median ${skjult.toFixed(3)} ms hidden, ${mangler.toFixed(3)} ms missing, ratio ${(skjult / mangler).toFixed(2)} (target near 1)`);
  } finally {
    await sqlite.rydd();
  }

  const h = await startHarness();
  try {
    const store = await h.openStore((await h.provisionedSite()).id);
    const ktx = await kontekstPaa(store);
    const sakId = await lederSak(ktx);
    const rektor = aktor(DEMO.rektor);
    const foresporsler = async (id: string) => {
      h.standIn.requests.reset();
      await visSak(ktx, rektor, id);
      return h.standIn.requests.count();
    };
    await foresporsler(sakId); // token and list ids cached, as in a running app
    const [skjultN, manglerN] = [await foresporsler(sakId), await foresporsler(randomUUID())];
    const [skjult, mangler] = await apne(ktx, sakId);
    console.log(`  SharePoint (Graph stand-in): ${skjultN} request(s) hidden, ${manglerN} missing (target equal); median ${skjult.toFixed(2)} ms vs ${mangler.toFixed(2)} ms, ratio ${(skjult / mangler).toFixed(2)}`);
    await store.close();
  } finally {
    await h.close();
  }
}

runIfMain(module, runSkjultSakBench);
