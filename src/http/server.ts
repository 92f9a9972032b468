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
import { randomUUID } from 'node:crypto';
import { nb } from '../i18n/nb';
import { sjekkKonvolutt } from './botKonvolutt';
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
    const konvolutt = sjekkKonvolutt(req.body);
    if (!konvolutt.ok) {
      res.send(400, { status: 400, title: nb.http.ugyldigAktivitet, felt: konvolutt.felt });
      return;
    }
    await deps.adapter.process(req, utenInternFeiltekst(res, deps.log), (context) => deps.bot.run(context));
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

/**
 * botbuilder answers an error outside the turn (one onTurnError never sees) with a 5xx whose body is
 * the SDK's error message. That text is for our logs, not for whoever sent the request: the body
 * becomes a reference to the log line, which names the status only.
 */
function utenInternFeiltekst(res: restify.Response, log: Logger): restify.Response {
  let status = 200;
  return new Proxy(res, {
    get(target, prop, receiver) {
      if (prop === 'status') {
        return (s: number) => {
          status = s;
          return target.status(s);
        };
      }
      if (prop === 'send') {
        return (body?: unknown) => {
          if (status < 500) return target.send(body);
          const ref = randomUUID().slice(0, 8);
          log.error({ ref, status }, 'bot-endepunktet svarte med intern feil');
          return target.send({ status, title: nb.http.intern(ref) });
        };
      }
      const verdi = Reflect.get(target, prop, receiver) as unknown;
      return typeof verdi === 'function' ? (verdi as (...a: unknown[]) => unknown).bind(target) : verdi;
    },
  });
}
