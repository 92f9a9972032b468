/**
 * The CloudAdapter. With no app id, authentication is off both ways (the local convention: tests, the
 * Agents Playground); with one, Bot Framework tokens are checked and sent. Connector calls go through
 * connectorHttp.ts, which bounds how long one call may take.
 */
import { randomUUID } from 'node:crypto';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Logger } from '../src/logging';
import { feilCard } from './cards/feilCard';
import { begrensetHttpKlient } from './connectorHttp';
import { cardResponse } from './cardResponse';
import { botTekster } from '../src/i18n/aktiv';

export interface AdapterKonfig {
  appId?: string;
  appPassword?: string;
  appTenantId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export function createAdapter(cfg: AdapterKonfig, log: Logger): CloudAdapter {
  // Without an app id every other value must be left out too: botbuilder asserts on e.g. SingleTenant without an id.
  const auth = cfg.appId
    ? { MicrosoftAppId: cfg.appId, MicrosoftAppPassword: cfg.appPassword, MicrosoftAppTenantId: cfg.appTenantId, MicrosoftAppType: cfg.appType }
    : {};
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth, undefined, undefined, undefined, { httpClient: begrensetHttpKlient() }));
  adapter.onTurnError = (ctx, error) => vedUventetFeil(ctx, error, log);
  return adapter;
}

/** Logs ids only (never the text of the activity or of the error), and tells the person briefly. */
async function vedUventetFeil(ctx: TurnContext, error: unknown, log: Logger): Promise<void> {
  const ref = randomUUID().slice(0, 8);
  const a = ctx.activity;
  log.error(
    { ref, activityId: a.id, activityType: a.type, name: a.name, conversationId: a.conversation?.id, err: { name: (error as Error)?.name, code: (error as { code?: unknown })?.code, status: (error as { statusCode?: unknown })?.statusCode } },
    'uventet feil i bot-tur',
  );
  try {
    if (a.type === ActivityTypes.Invoke) {
      // An invoke must still get an answer; an empty one makes Teams retry.
      await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: cardResponse(feilCard(botTekster.feil.uventet(ref))) } });
    } else if (a.type === ActivityTypes.Message) {
      await ctx.sendActivity(botTekster.feil.unnskyld(ref));
    }
  } catch {
    // The connector itself may be what failed; the log line above is what remains.
  }
}
