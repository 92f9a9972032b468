/**
 * The delivery path (issue 14): from a varsel's submit to the first receiver's card, and until the
 * outbox has drained (every card handed to Teams, the audit in the chain, nothing pending on the
 * case). The app's own pieces run as in production: submitVarsel, the outbox runner kicked by the
 * use case, the dispatcher, the delivery handler and the Teams notifier (botbuilder's CloudAdapter)
 * against the local connector stand-in; the store is the SharePoint adapter against the Graph
 * stand-in (0 ms and 100 ms per request) or the embedded SQLite store.
 *
 * A running process is measured: its token, list ids and caches are warm (each kind of varsel is
 * delivered once first, unmeasured, so every receiver has been reached before by this process), and
 * every receiver has opened the app before (their conversation is stored).
 * Three varsler: ordinary (3 receivers: rektor, inspektør, sosiallærer), §12-5 (rektor, and
 * kommunalsjef told) and about the leadership (kommunalsjef only); the reporter holds a receipt.
 * Counted: Graph requests (SharePoint; the token endpoint excluded) or store operations (SQLite).
 * Run alone: `node --import tsx bench/delivery.bench.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { createBot } from '../bot';
import { lagKontekst, type AppKontekst } from '../src/app/kontekst';
import { lagDeliveryHandler } from '../src/app/delivery';
import type { Notifier } from '../src/app/notifier';
import { lagPaaminnelseHandler } from '../src/app/paaminnelser/delivery';
import { submitVarsel } from '../src/app/submitVarsel';
import { createLogger } from '../src/logging';
import { OrgRegister } from '../src/org/register';
import { OutboxDispatcher } from '../src/outbox/dispatcher';
import { OutboxRunner } from '../src/outbox/runner';
import type { Envelope } from '../src/store/envelope';
import type { Store } from '../src/store/port';
import { SamtaleRepo } from '../src/store/samtaleRepo';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore';
import { DEMO, aktor, demoOrg, varselSkjema } from '../tests/support/appKontekst';
import { demoBrukere } from '../tests/support/botHarness';
import { startConnector, type ConnectorStandIn } from '../tests/support/connector';
import { startHarness } from '../tests/support/graph/harness';
import { runIfMain } from './runDirect';

/** What the varsel is about (the form's «kommer fra»), and what that routes to. */
const VARSLER = [
  { navn: 'ordinary varsel, 3 receivers', kommerFra: 'nei' },
  { navn: '§12-5 varsel (rektor + kommunalsjef)', kommerFra: 'ansatt' },
  { navn: 'leadership varsel (kommunalsjef)', kommerFra: 'ledelse' },
] as const;

const NAAR = [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer, DEMO.kommunalsjef, DEMO.vaktmester, DEMO.laerer2, DEMO.laerer3];

/** How a store's cost is counted: Graph requests, or store operations. */
interface Teller {
  enhet: string;
  antall(): number;
}

export interface Maling {
  varsel: string;
  submit: { antall: number; ms: number };
  forsteKort: { antall: number; ms: number };
  tom: { antall: number; ms: number; kort: number };
}

/** Counts every store operation (a query counts once, however many items it streams). */
function tellendeStore(indre: Store): { store: Store; teller: () => number } {
  let n = 0;
  const store = new Proxy(indre, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (typeof v !== 'function' || prop === 'close') return v;
      return (...args: unknown[]) => {
        if (['create', 'createMany', 'get', 'getByKey', 'update', 'query', 'ping'].includes(String(prop))) n++;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, teller: () => n };
}

/** One process of the app: context, bot notifier (timing the first card), dispatcher and runner. */
export async function prosess(store: Store, connector: ConnectorStandIn, naa: () => Date = () => new Date()) {
  const log = createLogger('silent');
  const { register } = await OrgRegister.aapne(store, { frø: () => demoOrg(), naa: naa() });
  // Made before the dispatcher it runs, as in src/compose.ts: the use case kicks it.
  const kjoring: { runner?: OutboxRunner } = {};
  const ktx: AppKontekst = lagKontekst({ store, register, naa, nyId: randomUUID, log, startLevering: (skrevet) => kjoring.runner?.kickSoon(skrevet) });
  const samtaler = new SamtaleRepo(store);
  for (const oid of NAAR) {
    const conversationId = `a:personlig-${oid}`;
    connector.kjentSamtale(conversationId, oid);
    await samtaler.save({ oid, teamsId: `29:${oid}`, conversationId, serviceUrl: `${connector.url}/`, tenantId: DEMO.tenantId, botId: 'skolemiljo-bot', oppdatert: new Date().toISOString() });
  }
  const bot = createBot({ ktx, samtaler: new SamtaleRepo(store), auth: {}, log, defaultServiceUrl: `${connector.url}/`, fanelenke: (route) => `http://localhost/#${route}` });
  const forste: { vedKort?: () => void } = {};
  const notifier: Notifier = {
    sendSak: async (...a) => {
      const svar = await bot.notifier.sendSak(...a);
      if (svar.ok) forste.vedKort?.();
      return svar;
    },
    oppdaterSak: (...a) => bot.notifier.oppdaterSak(...a),
    sendPaaminnelse: (...a) => bot.notifier.sendPaaminnelse(...a),
    skjulSak: (...a) => bot.notifier.skjulSak(...a),
    sendAdminMessage: (...a) => bot.notifier.sendAdminMessage(...a),
  };
  const dispatcher = new OutboxDispatcher({
    store,
    handlers: { saker: lagDeliveryHandler(ktx, notifier), paminnelser: lagPaaminnelseHandler(ktx, notifier) },
    now: ktx.naa,
    log,
    claimant: { instance: 'bench', run: randomUUID() },
  });
  const runner = new OutboxRunner(dispatcher, log, 3_600_000);
  kjoring.runner = runner;
  return { ktx, dispatcher, runner, forste };
}

export type Prosess = Awaited<ReturnType<typeof prosess>>;

async function enVarsel(p: Prosess, teller: Teller, connector: ConnectorStandIn, varsel: (typeof VARSLER)[number]): Promise<Maling> {
  const cardsFor = connector.opptak.filter((o) => o.kall === 'melding').length;
  const varsler = aktor(DEMO.vaktmester);
  const kopi = { conversationId: `a:personlig-${DEMO.vaktmester}`, activityId: `kvittering-${randomUUID()}` };
  const n0 = teller.antall();
  const t0 = performance.now();
  const maalt = { forsteKort: undefined as { antall: number; ms: number } | undefined };
  p.forste.vedKort = () => {
    maalt.forsteKort ??= { antall: teller.antall() - n0, ms: performance.now() - t0 };
  };
  const svar = await submitVarsel(p.ktx, varsler, varselSkjema({ kommerFra: varsel.kommerFra }), { skjemaId: randomUUID(), kopi });
  const submit = { antall: teller.antall() - n0, ms: performance.now() - t0 };
  if (!svar.ok) throw new Error(`submit feilet: ${JSON.stringify(svar)}`);
  await p.runner.idle();
  // Whatever the kick's runs left (if anything) is part of the drain: more passes until nothing is
  // due. The check itself is not part of it and is left out of the count.
  let sjekk = 0;
  let ferdig = performance.now();
  for (let i = 0; i < 20; i++) {
    const foer = teller.antall();
    const venter = await harVentende(p.ktx.store, svar.verdi.id);
    sjekk += teller.antall() - foer;
    if (!venter) break;
    await p.dispatcher.runOnce();
    ferdig = performance.now();
  }
  const tom = { antall: teller.antall() - n0 - sjekk, ms: ferdig - t0, kort: connector.opptak.filter((o) => o.kall === 'melding').length - cardsFor };
  p.forste.vedKort = undefined;
  if (!maalt.forsteKort) throw new Error(`${varsel.navn}: ingen kort ble levert`);
  return { varsel: varsel.navn, submit, forsteKort: maalt.forsteKort, tom };
}

/** Whether the case still has outbox or audit entries pending. */
export async function harVentende(store: Store, sakId: string): Promise<boolean> {
  for await (const item of store.query<Envelope<unknown>>('saker', { where: [{ column: 'Ventende', op: 'gt', value: 0 }] })) {
    if ((item.data.value as { id?: string }).id === sakId) return true;
  }
  return false;
}

/** Timer passes with nothing pending: the first after start looks at every list, the next ones at those with something pending. */
async function tommeRunder(p: Prosess, teller: Teller): Promise<[number, number]> {
  const n0 = teller.antall();
  await p.dispatcher.runOnce({ idle: true });
  const n1 = teller.antall();
  await p.dispatcher.runOnce({ idle: true });
  return [n1 - n0, teller.antall() - n1];
}

/**
 * Counts after the submit (the submit's own write is in its column). At 100 ms per request the
 * time after the submit, divided by 100 ms, is about the number of Graph round trips in sequence.
 */
function skriv(tittel: string, enhet: string, rader: Maling[], tomt: [number, number], rundturMs?: number): void {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const rt = (x: number) => (rundturMs ? ` ≈${Math.round(x / rundturMs)} RT` : '');
  const lin = [`  ${tittel}`, `    ${'varsel'.padEnd(38)} ${'submit'.padEnd(16)} ${"then → first receiver's card".padEnd(30)} then → outbox drained (cards)`];
  for (const r of rader) {
    const forste = { antall: r.forsteKort.antall - r.submit.antall, ms: r.forsteKort.ms - r.submit.ms };
    const tom = { antall: r.tom.antall - r.submit.antall, ms: r.tom.ms - r.submit.ms };
    lin.push(
      `    ${r.varsel.padEnd(38)} ${`${r.submit.antall} ${enhet}, ${ms(r.submit.ms)}`.padEnd(16)} ${`${forste.antall} ${enhet}, ${ms(forste.ms)}${rt(forste.ms)}`.padEnd(30)} ${tom.antall} ${enhet}, ${ms(tom.ms)}${rt(tom.ms)} (${r.tom.kort})`,
    );
  }
  lin.push(`    a timer pass with nothing pending: ${tomt[1]} ${enhet} (the first since the process started, which looks at every list: ${tomt[0]} ${enhet})`);
  process.stdout.write(`${lin.join('\n')}\n`);
}

async function maalAlle(p: Prosess, teller: Teller, connector: ConnectorStandIn): Promise<{ rader: Maling[]; tomt: [number, number] }> {
  const rader: Maling[] = [];
  for (const v of VARSLER) rader.push(await enVarsel(p, teller, connector, v));
  return { rader, tomt: await tommeRunder(p, teller) };
}

export async function runDeliveryBench(): Promise<void> {
  const connector = await startConnector(demoBrukere());
  const h = await startHarness();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-levering-bench-'));
  try {
    process.stdout.write('\nDelivery path (issue 14): a varsel\'s submit, then its first receiver\'s card, then the outbox drained (RT: Graph round trips in sequence)\n');
    for (const latencyMs of [0, 100]) {
      const site = await h.provisionedSite();
      const store = await h.openStore(site.id);
      await store.ping();
      const p = await prosess(store, connector);
      const teller: Teller = { enhet: 'req', antall: () => h.standIn.requests.count() };
      for (const v of VARSLER) await enVarsel(p, teller, connector, v); // warm-up: a running process
      h.standIn.faults.set({ latencyMs });
      const { rader, tomt } = await maalAlle(p, teller, connector);
      h.standIn.faults.set({});
      skriv(`SharePoint adapter, Graph stand-in at ${latencyMs} ms per request (Graph requests)`, 'req', rader, tomt, latencyMs || undefined);
    }
    const { store, teller: ops } = tellendeStore(await openSqliteStore({ dataDir: dir }));
    try {
      const p = await prosess(store, connector);
      const teller: Teller = { enhet: 'ops', antall: ops };
      for (const v of VARSLER) await enVarsel(p, teller, connector, v);
      const { rader, tomt } = await maalAlle(p, teller, connector);
      skriv('embedded SQLite store (store operations)', 'ops', rader, tomt);
    } finally {
      await store.close();
    }
  } finally {
    await h.close();
    await connector.lukk();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runIfMain(module, runDeliveryBench);
