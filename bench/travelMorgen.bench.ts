/**
 * A municipality's busy morning (issue 21), on the SharePoint adapter against the Graph stand-in at
 * 100 ms per request, with the app's own pieces (submitVarsel, the outbox runner and dispatcher,
 * the delivery and reminder handlers, botbuilder's notifier to the connector stand-in, paced by
 * bot/takt.ts):
 * - ten varsler submitted at once: Graph requests per varsel (every request from the first submit
 *   until the outbox has drained), the time from the last submit until drained, every card once;
 * - 100 due reminders: the sweep, then the delivery the sweep wakes, until every reminder is sent.
 * The process is warm (token, list ids, every receiver reached before). Counted: every Graph
 * request the stand-in answered (the token endpoint excluded). Run alone: `node --import tsx bench/travelMorgen.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { KjenteKrav, sweep } from '../src/app/paaminnelser/sweep';
import { submitVarsel } from '../src/app/submitVarsel';
import { getSakSide } from '../src/app/views/saker';
import { auditSkrevet } from '../src/store/auditChain';
import type { Envelope } from '../src/store/envelope';
import type { NewItem, Store } from '../src/store/port';
import type { Sak } from '../src/domain/sak';
import type { ListName } from '../src/store/schema';
import { DEMO, aktor, varselSkjema } from '../tests/support/appKontekst';
import { demoBrukere } from '../tests/support/botHarness';
import { startConnector, type ConnectorStandIn } from '../tests/support/connector';
import { startHarness, type Harness } from '../tests/support/graph/harness';
import { prosess, type Prosess } from './delivery.bench';
import { SWEEP_TID, planItem, sakItem } from './paaminnelseData';
import { runIfMain } from './runDirect';

const LATENS_MS = 100;
const SAMTIDIGE_VARSLER = 10;
const PAAMINNELSER = 100;

/** Cards Teams accepted since `fra` (an index into the connector's record), and how many went to the same person about the same case twice. */
function cardsSince(connector: ConnectorStandIn, fra: number): { kort: number; doble: number } {
  const sett = new Set<string>();
  let doble = 0;
  const nye = connector.opptak.slice(fra).filter((o) => o.kall === 'melding' && o.metode === 'POST' && o.status < 300 && o.kort);
  for (const o of nye) {
    const data = (o.kort!.refresh as { action?: { data?: Record<string, unknown> } } | undefined)?.action?.data ?? {};
    const hva = `${o.oid}|${String(data.sakId ?? data.planId ?? '')}|${JSON.stringify(o.kort!.body ?? '').slice(0, 300)}`;
    if (sett.has(hva)) doble++;
    sett.add(hva);
  }
  return { kort: nye.length, doble };
}

/** Runs the outbox until nothing is pending on `list` (what the timer would do); the checks' own requests are returned apart. */
async function tilTom(p: Prosess, h: Harness, list: ListName): Promise<number> {
  await p.runner.idle();
  let sjekk = 0;
  for (let i = 0; i < 20; i++) {
    const foer = h.standIn.requests.count();
    const venter = await harVentende(p.ktx.store, list);
    sjekk += h.standIn.requests.count() - foer;
    if (!venter) break;
    await p.dispatcher.runOnce();
  }
  return sjekk;
}

async function harVentende(store: Store, list: ListName): Promise<boolean> {
  for await (const _ of store.query<Envelope<unknown>>(list, { where: [{ column: 'Ventende', op: 'gt', value: 0 }], limit: 1 })) return true;
  return false;
}

async function tiVarsler(h: Harness, connector: ConnectorStandIn): Promise<string> {
  const site = await h.provisionedSite();
  const store = await h.openStore(site.id);
  await store.ping();
  const p = await prosess(store, connector);
  const send = (i: number) => submitVarsel(p.ktx, aktor(DEMO.vaktmester), varselSkjema({ kommerFra: 'nei' }), { skjemaId: randomUUID(), kopi: { conversationId: `a:personlig-${DEMO.vaktmester}`, activityId: `kvittering-${i}` } });
  await send(-1); // warm-up: a running process
  await tilTom(p, h, 'saker');

  h.standIn.faults.set({ latencyMs: LATENS_MS });
  h.standIn.requests.reset();
  const cardsFrom = connector.opptak.length;
  const svar = await Promise.all(Array.from({ length: SAMTIDIGE_VARSLER }, (_, i) => send(i)));
  const sisteSubmit = performance.now();
  if (svar.some((s) => !s.ok)) throw new Error('en innsending feilet');
  const sjekk = await tilTom(p, h, 'saker');
  const ms = performance.now() - sisteSubmit;
  const antall = h.standIn.requests.count() - sjekk;
  const { kort: card, doble } = cardsSince(connector, cardsFrom);

  // Then rektor's colleagues open the ten case pages at once (each read is an audit entry).
  h.standIn.requests.reset();
  const tider = await Promise.all(
    svar.map(async (s) => {
      const t = performance.now();
      if (!s.ok || !(await getSakSide(p.ktx, aktor(DEMO.rektor), s.verdi.id)).ok) throw new Error('saksiden feilet');
      return performance.now() - t;
    }),
  );
  const sider = h.standIn.requests.count();
  h.standIn.faults.set({});
  await auditSkrevet(store);
  await store.close();
  return (
    `  ${SAMTIDIGE_VARSLER} varsler submitted at once (3 receivers each): ${antall} requests, ${(antall / SAMTIDIGE_VARSLER).toFixed(1)} per varsel (target ≤ 8); ` +
    `drained ${(ms / 1000).toFixed(2)} s after the last submit (target ≤ 2.5 s); ${card} cards, ${doble} twice (target ${SAMTIDIGE_VARSLER * 3}, 0)\n` +
    `  their ${SAMTIDIGE_VARSLER} case pages opened at once: the slowest answered after ${Math.max(...tider).toFixed(0)} ms, ${sider} requests in all`
  );
}

function medEier(item: NewItem, eier: string): NewItem {
  const env = item.data as Envelope<Sak>;
  return { ...item, data: { ...env, value: { ...env.value, saksansvarlig: eier } } };
}

async function hundrePaaminnelser(h: Harness, connector: ConnectorStandIn): Promise<string> {
  const site = await h.provisionedSite();
  const store = await h.openStore(site.id);
  await store.ping();
  const p = await prosess(store, connector, () => SWEEP_TID);
  const ider = Array.from({ length: PAAMINNELSER }, (_, i) => i);
  await store.createMany('aktivitetsplaner', ider.map((i) => planItem(i, PAAMINNELSER, PAAMINNELSER)));
  // Each case has its own owner among the school's staff, as in a municipality (not 100 cards in one chat).
  const eiere = [DEMO.laerer, DEMO.laerer2, DEMO.laerer3, DEMO.inspektor, DEMO.sosiallaerer, DEMO.vaktmester];
  await store.createMany('saker', ider.map((i) => medEier(sakItem(i), eiere[i % eiere.length]!)));
  await tilTom(p, h, 'paminnelser');

  h.standIn.faults.set({ latencyMs: LATENS_MS });
  h.standIn.requests.reset();
  let t = performance.now();
  const r = await sweep(p.ktx, new KjenteKrav());
  const sweepMs = performance.now() - t;
  const sweepAntall = h.standIn.requests.count();
  // A plan long overdue also reminds rektor: more reminders than plans.
  if (r.sendt < PAAMINNELSER) throw new Error(`sveipet køet ${r.sendt} påminnelser, ventet minst ${PAAMINNELSER}`);
  const cardsFrom = connector.opptak.length;
  t = performance.now();
  // What the app's SweepRunner (timer or POST /api/jobs/sweep) and `npm run sweep` (POST /api/jobs/levering) do: wake delivery.
  p.runner.kick();
  const sjekk = await tilTom(p, h, 'paminnelser');
  const ms = performance.now() - t;
  h.standIn.faults.set({});
  const antall = h.standIn.requests.count() - sweepAntall - sjekk;
  const { kort: card, doble } = cardsSince(connector, cardsFrom);
  await store.close();
  return (
    `  ${r.sendt} due reminders (${PAAMINNELSER} plans overdue for evaluation): the sweep ${sweepAntall} requests, ${(sweepMs / 1000).toFixed(1)} s; ` +
    `then all delivered ${(ms / 1000).toFixed(1)} s after it (target ≤ 30 s for 100), ${antall} requests (${(antall / r.sendt).toFixed(1)} per reminder); ` +
    `${card} cards (this week's bekreftelse round included: ${r.bekreftelser.sendt}), ${doble} twice`
  );
}

export async function runTravelMorgenBench(): Promise<void> {
  const connector = await startConnector(demoBrukere());
  const h = await startHarness();
  try {
    process.stdout.write(`\nA busy morning (issue 21): SharePoint adapter, Graph stand-in at ${LATENS_MS} ms per request, every Graph request counted\n`);
    process.stdout.write(`${await tiVarsler(h, connector)}\n`);
    process.stdout.write(`${await hundrePaaminnelser(h, connector)}\n`);
  } finally {
    await h.close();
    await connector.lukk();
  }
}

runIfMain(module, runTravelMorgenBench);
