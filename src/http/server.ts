/**
 * The one HTTP server (restify), owned here: the health check and the built tab. The drivers mount
 * their own routes on it — bot/ the bot endpoint (/api/messages), src/http/api the tab's API — so
 * this file knows no bot framework. No body parser is installed: a route that takes a body puts
 * jsonKropp() first (see jsonKropp.ts for why).
 */
import restify from 'restify';
import type { Store } from '../store/port';
import type { Logger } from '../logging';
import { mountSweep, type SweepRouteDeps } from './api/sweep';
import { monterSikkerhetshoder } from './sikkerhetshoder';
import { mountTabFiles } from './tabFiles';
import { komprimerSvar } from './komprimering';

export interface ServerDeps {
  store: Store;
  log: Logger;
  /** Folder with the built tab (tab/dist); served when it exists. */
  tabDir: string;
  sweep: SweepRouteDeps;
}

/** How a driver adds its routes to the server. */
export type Monter = (server: restify.Server) => void;

const HEALTH_TIMEOUT_MS = 3000;

export function createServer(deps: ServerDeps, drivere: Monter[]): restify.Server {
  const server = restify.createServer({ name: 'skolemiljo', handleUncaughtExceptions: false });
  monterSikkerhetshoder(server);
  server.pre(komprimerSvar());
  for (const monter of drivere) monter(server);

  server.get('/healthz', async (_req, res) => {
    try {
      await Promise.race([
        deps.store.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS).unref()),
      ]);
      res.send(200, { status: 'ok', store: deps.store.kind });
    } catch (e) {
      deps.log.warn({ err: { name: (e as Error).name } }, 'helsesjekk: lagringen svarer ikke');
      res.send(503, { status: 'utilgjengelig', store: deps.store.kind });
    }
  });

  mountSweep(server, deps.sweep);

  mountTabFiles(server, deps.tabDir);
  return server;
}
