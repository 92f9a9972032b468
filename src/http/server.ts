/**
 * The one HTTP server (restify): the bot endpoint, the health check, and the tab (static files
 * and its API, added with the tab). Thin: it hands requests to the bot adapter or answers from
 * the store's health.
 */
import fs from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import type { CloudAdapter, TeamsActivityHandler } from 'botbuilder';
import type { Store } from '../store/port';
import type { Logger } from '../logging';
import { jsonKropp } from './jsonKropp';
import { mountSweep, type SweepRouteDeps } from './api/sweep';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: TeamsActivityHandler;
  store: Store;
  log: Logger;
  /** Folder with the built tab (tab/dist); served when it exists. */
  tabDir: string;
  sweep: SweepRouteDeps;
}

const HEALTH_TIMEOUT_MS = 3000;

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'skolemiljo', handleUncaughtExceptions: false });
  // No bodyParser: see jsonKropp.ts for why. Routes that take a body put jsonKropp() first.
  server.post('/api/messages', jsonKropp(), async (req, res) => {
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

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

  if (fs.existsSync(path.join(deps.tabDir, 'index.html'))) {
    server.get('/*', restify.plugins.serveStaticFiles(deps.tabDir));
  }
  return server;
}
