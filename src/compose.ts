/**
 * The composition root: from validated configuration to a running app. The only place that
 * picks adapters and wires the pieces; nothing below it reads the environment.
 */
import { tabLink } from './http/tabLinks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type restify from 'restify';
import { type BotDriver, createBot } from '../bot';
import { appRot } from './appRot';
import { graphTilgang, type Konfig } from './config';
import { graphKatalog, graphPersonkatalog } from './entraKatalog';
import type { Katalog } from './org/sync/katalog';
import { SyncRunner } from './org/sync/syncRunner';
import type { GraphAuthOptions } from './store/sharepoint/graphClient';
import { lagKontekst, type AppKontekst } from './app/kontekst';
import { skrivLesingerForStenging } from './app/lesLogg';
import { lagDeliveryHandler } from './app/delivery';
import { iMottakersSprak } from './app/sprakKontekst';
import { lagPaaminnelseHandler } from './app/paaminnelser/delivery';
import { KjenteKrav, sweep } from './app/paaminnelser/sweep';
import { SweepRunner } from './jobs/runner';
import type { Organisasjon } from './domain/organisasjon';
import { lesOrganisasjonsfil } from './organisasjonsfil';
import { OrgRegister } from './org/register';
import { OppstartFeil } from './oppstartFeil';
import { createTabApi } from './http/api';
import { createServer } from './http/server';
import { createLogger, type Logger } from './logging';
import { OutboxDispatcher } from './outbox/dispatcher';
import { OutboxRunner } from './outbox/runner';
import { auditSkrevet } from './store/auditChain';
import type { Store } from './store/port';
import { SamtaleRepo } from './store/samtaleRepo';
import { openSharePointStore } from './store/sharepoint/SharePointStore';
import { openSqliteStore } from './store/sqlite/SqliteStore';
import { fyllManglendeUtvalg } from './store/sakRepo';

/** The store the configuration names (also used by the command-line tools). */
export async function openStore(k: Konfig): Promise<Store> {
  if (k.STORE === 'sqlite') return openSqliteStore({ dataDir: k.DATA_DIR });
  return openSharePointStore({ siteId: k.SHAREPOINT_SITE_ID!, graphBaseUrl: k.GRAPH_BASE_URL, auth: graphAuth(k) });
}

function graphAuth(k: Konfig): GraphAuthOptions {
  if (k.GRAPH_MANAGED_IDENTITY_CLIENT_ID) return { managedIdentityClientId: k.GRAPH_MANAGED_IDENTITY_CLIENT_ID };
  const certificate = k.GRAPH_CERT_KEY_FILE
    ? { thumbprint: k.GRAPH_CERT_THUMBPRINT!, privateKeyPem: fs.readFileSync(k.GRAPH_CERT_KEY_FILE, 'utf8') }
    : undefined;
  return { tenantId: k.GRAPH_TENANT_ID!, clientId: k.GRAPH_CLIENT_ID!, clientSecret: k.GRAPH_CLIENT_SECRET, certificate, authorityHost: k.GRAPH_AUTHORITY_HOST };
}

/** Entra ID through Graph, for the organisation sync; undefined without Graph credentials. */
export function openKatalog(k: Konfig): Katalog | undefined {
  return graphTilgang(k) ? graphKatalog({ graphBaseUrl: k.GRAPH_BASE_URL, auth: graphAuth(k) }) : undefined;
}

export { OppstartFeil };

/**
 * This process's slot (see DispatcherOptions.claimant). Two processes on one host cannot listen on
 * one port, so host:port names one slot at a time. PORT=0 (any free port) names none: each start is
 * its own slot, and what a crashed run left claimed waits for the lease.
 */
function instansId(k: Konfig): string {
  if (k.INSTANCE_ID) return k.INSTANCE_ID;
  return k.PORT === 0 ? `${os.hostname()}:${randomUUID()}` : `${os.hostname()}:${k.PORT}`;
}

/** How long closing waits for reads still to be written to the audit chain. */
const LESINGER_FRIST_MS = 5000;

export interface AppOverrides {
  log?: Logger;
  naa?: () => Date;
  store?: Store;
  org?: Organisasjon;
  /** Where Entra's keys and issuer live (tests: a local stand-in over http). */
  entra?: { authorityHost: string; cooldownMs?: number };
}

export interface App {
  server: restify.Server;
  bot: BotDriver;
  ktx: AppKontekst;
  store: Store;
  /** The Entra sync, when Graph credentials are configured and ORG_SYNC_INTERVAL_MIN > 0. */
  synk?: SyncRunner;
  /** Where the organisation came from, for the start-up lines. */
  orgKilde: string;
  samtaler: SamtaleRepo;
  outbox: OutboxRunner;
  dispatcher: OutboxDispatcher;
  /** The reminder sweep (src/jobs): on an interval once listening, and on demand. */
  sweep: SweepRunner;
  /** Starts listening and the outbox timer; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(k: Konfig, o: AppOverrides = {}): Promise<App> {
  const log = o.log ?? createLogger(k.LOG_LEVEL);
  const store = o.store ?? (await openStore(k));
  const naa = o.naa ?? (() => new Date());
  // Cases stored before Saker's bounded selections (issue 20) get their Utvalg column once; on
  // SharePoint by paging the list (a few reads per 5,000 cases at each start, writes only once).
  // A failure there does not stop the app: the next start completes it (the README says so).
  try {
    const fylt = await fyllManglendeUtvalg(store);
    if (fylt > 0) log.info({ fylt }, 'saker: Utvalg fylt inn');
  } catch (err) {
    if (store.kind === 'sqlite') throw err;
    log.warn({ err: (err as Error).message }, 'saker: Utvalg ikke fylt inn nå; prøves igjen ved neste start');
  }
  // The organisation lives in the store. An empty embedded store starts from the organisation file
  // (the demo by default); a production store is seeded only on purpose, with `npm run org:import`.
  const fro = o.org ? () => o.org! : k.STORE === 'sqlite' ? () => lesOrganisasjonsfil(k.ORG_FILE) : undefined;
  const { register, importert } = await OrgRegister.aapne(store, { frø: fro, naa: naa() });
  const entra = openKatalog(k);
  const katalog = k.ORG_SYNC_INTERVAL_MIN > 0 ? entra : undefined;
  const sync = katalog && new SyncRunner({ store, katalog, register, log, naa }, k.ORG_SYNC_INTERVAL_MIN * 60_000);
  const samtaler = new SamtaleRepo(store);
  // Made first so use cases can start delivery; it reaches the dispatcher only when it runs.
  const runner = new OutboxRunner(
    {
      runOnce: (o) => dispatcher.runOnce(o),
      deliverItem: (list, item) => dispatcher.deliverItem(list, item),
      markPending: (list) => dispatcher.markPending(list),
      hjerteslag: () => dispatcher.hjerteslag(),
    },
    log,
    k.OUTBOX_INTERVAL_MS,
  );
  const ktx = lagKontekst({ store, register, naa, nyId: randomUUID, log, startLevering: (skrevet) => runner.kickSoon(skrevet) });
  // Cards link to the tab: a Teams deep link when the Teams app id is known, else the plain address.
  let lyttetPa = k.PUBLIC_URL ?? `http://localhost:${k.PORT}`;
  const tabLinkFor = (route: string) => tabLink(route, k.TEAMS_APP_ID ? { teamsAppId: k.TEAMS_APP_ID } : { baseUrl: lyttetPa });
  const bot = createBot({
    ktx,
    fanelenke: tabLinkFor,
    samtaler,
    auth: { appId: k.MICROSOFT_APP_ID, appPassword: k.MICROSOFT_APP_PASSWORD, appTenantId: k.MICROSOFT_APP_TENANT_ID, appType: k.MICROSOFT_APP_TYPE },
    log,
    defaultServiceUrl: k.BOT_SERVICE_URL,
  });
  const dispatcher = new OutboxDispatcher({
    store,
    // Each card is written in its receiver's language (issue 24), whoever's action queued it.
    handlers: { saker: iMottakersSprak(ktx, lagDeliveryHandler(ktx, bot.notifier)), paminnelser: iMottakersSprak(ktx, lagPaaminnelseHandler(ktx, bot.notifier)) },
    now: ktx.naa,
    log,
    claimant: { instance: instansId(k), run: randomUUID() },
  });
  const kjente = new KjenteKrav();
  const sweepRunner = new SweepRunner(() => sweep(ktx, kjente), () => runner.kick(), log, k.SWEEP_INTERVAL_MS);
  // With a Microsoft app id the tab is in Teams: people are known by their SSO token only.
  const sso = k.MICROSOFT_APP_ID
    ? {
        audiences: [k.TAB_APP_ID_URI, k.MICROSOFT_APP_ID].filter((a): a is string => !!a),
        tenantIds: k.TAB_TENANT_IDS ? k.TAB_TENANT_IDS.split(',').map((t) => t.trim()) : [ktx.org.tenantId],
        authorityHost: o.entra?.authorityHost ?? k.ENTRA_AUTHORITY_HOST,
        ...(o.entra?.cooldownMs !== undefined ? { cooldownMs: o.entra.cooldownMs } : {}),
      }
    : undefined;
  // The admin page's «Synkroniser nå»: a click joins a run already going; the same click twice is one run.
  const syncPort = sync && { start: (id: string, av: string) => void sync.kjorFor(id, av), get kjorer() { return sync.kjorer; } };
  const api = createTabApi({ ktx, ...(sso ? { sso } : {}), ...(syncPort ? { synk: syncPort } : {}), ...(entra ? { personkatalog: graphPersonkatalog(entra) } : {}) });
  const server = createServer(
    { store, log, tabDir: path.join(appRot(), 'tab', 'dist'), sweep: { secret: k.JOBS_SECRET, runOnce: () => sweepRunner.runOnce(), vekkLevering: () => runner.kick() } },
    [bot.monter, api],
  );

  return {
    server,
    bot,
    ktx,
    store,
    synk: sync,
    orgKilde: importert ? `lageret (importert nå fra ${k.ORG_FILE})` : 'lageret',
    samtaler,
    outbox: runner,
    dispatcher,
    sweep: sweepRunner,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          runner.start();
          if (k.SWEEP_INTERVAL_MS > 0) sweepRunner.start();
          sync?.start();
          const addr = server.address();
          const url = `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${addr.port}`;
          if (!k.PUBLIC_URL) lyttetPa = url;
          resolve(url);
        });
      }),
    close: async () => {
      await sweepRunner.stop();
      await runner.stop();
      await sync?.stop();
      await new Promise<void>((r) => server.close(() => r()));
      // Reads answered but not yet in the audit chain are written (or logged, with their ids) first,
      // then the chain's last group is waited for.
      await skrivLesingerForStenging(store, LESINGER_FRIST_MS);
      await auditSkrevet(store);
      await store.close();
    },
  };
}
