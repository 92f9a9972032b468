/**
 * The bot's public face to the composition root (src/compose.ts): a driver that mounts the bot
 * endpoint on the app's server, and the Notifier the outbox delivers through. botbuilder stays
 * inside bot/: nothing here hands a botbuilder type to the caller except the adapter benchmarks use.
 */
import type restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { AppKontekst } from '../src/app/kontekst';
import type { Notifier } from '../src/app/notifier';
import { jsonKropp } from '../src/http/jsonKropp';
import { nb } from '../src/i18n/aktiv';
import type { Logger } from '../src/logging';
import type { SamtaleRepo } from '../src/store/samtaleRepo';
import { type AdapterKonfig, createAdapter } from './adapter';
import { sjekkKonvolutt } from './konvolutt';
import { TeamsNotifier } from './notifier';
import { utenInternFeiltekst } from './utenInternFeiltekst';
import { SkolemiljoBot } from './SkolemiljoBot';

export interface BotDriver {
  /** Mounts POST /api/messages on the app's server. */
  monter(server: restify.Server): void;
  notifier: Notifier;
  /** The bot's CloudAdapter (benchmarks run a plain echo turn on the very same one). */
  adapter: CloudAdapter;
}

export function createBot(deps: {
  ktx: AppKontekst;
  samtaler: SamtaleRepo;
  auth: AdapterKonfig;
  log: Logger;
  /** serviceUrl for creating a conversation with someone who never wrote to the bot */
  defaultServiceUrl: string;
  /** The address of a tab page (src/http/tabLinks.ts), for the cards' «Åpne i fanen». */
  fanelenke: (route: string) => string;
}): BotDriver {
  const adapter = createAdapter(deps.auth, deps.log);
  const bot = new SkolemiljoBot({ ktx: deps.ktx, samtaler: deps.samtaler, fanelenke: deps.fanelenke });
  const notifier = new TeamsNotifier({ ktx: deps.ktx, samtaler: deps.samtaler, adapter, botAppId: deps.auth.appId ?? '', defaultServiceUrl: deps.defaultServiceUrl, fanelenke: deps.fanelenke });
  return {
    adapter,
    notifier,
    monter: (server) => {
      server.post('/api/messages', jsonKropp(), async (req, res) => {
        const konvolutt = sjekkKonvolutt(req.body);
        if (!konvolutt.ok) {
          res.send(400, { status: 400, title: nb.http.ugyldigAktivitet, felt: konvolutt.felt });
          return;
        }
        await adapter.process(req, utenInternFeiltekst(res, deps.log), (context) => bot.run(context));
      });
    },
  };
}
