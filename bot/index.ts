/**
 * The bot's public face to the composition root (src/compose.ts): the adapter, the activity handler,
 * and the Notifier the outbox delivers through. botbuilder stays inside bot/.
 */
import type { CloudAdapter, TeamsActivityHandler } from 'botbuilder';
import type { AppKontekst } from '../src/app/kontekst';
import type { Notifier } from '../src/notify/port';
import type { SamtaleRepo } from '../src/store/samtaleRepo';
import { TeamsNotifier } from './notifier';
import { SkolemiljoBot } from './SkolemiljoBot';

export function createBot(deps: {
  ktx: AppKontekst;
  samtaler: SamtaleRepo;
  adapter: CloudAdapter;
  botAppId: string;
  /** serviceUrl for creating a conversation with someone who never wrote to the bot */
  defaultServiceUrl: string;
  /** called after something was queued in the outbox, so delivery starts at once */
  kick: () => void;
}): { bot: TeamsActivityHandler; notifier: Notifier } {
  const bot = new SkolemiljoBot({ ktx: deps.ktx, samtaler: deps.samtaler, kick: deps.kick });
  const notifier = new TeamsNotifier(deps);
  return { bot, notifier };
}

export { createAdapter } from './adapter';
