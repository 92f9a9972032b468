/**
 * What a failed call to the Bot Framework connector means for delivery (Notifier's NotifyResult):
 * - 403 BotNotInConversationRoster (the app is not installed for the person) or ConversationBlockedByUser,
 *   and 404 ConversationNotFound: the person cannot be reached here → 'unreachable' (404: the stored
 *   conversation is gone, so the notifier forgets it and tries a new one once);
 * - 429: 'throttled', with the wait the connector asked for;
 * - anything else: 'failed', retried with backoff by the outbox.
 * Only the status and the connector's error code are kept: error messages may quote the request.
 */
import type { NotifyResult } from '../src/app/notifier';
import { ventetid } from './connectorHttp';

export type ConnectorFeil = Extract<NotifyResult, { ok: false }> & { samtaleBorte: boolean; status?: number };

interface RestFeilLik {
  statusCode?: number;
  code?: string;
  response?: { status?: number; bodyAsText?: string | null; headers?: { get(navn: string): string | undefined | null } };
}

function feilkode(e: RestFeilLik): string | undefined {
  try {
    const kropp = JSON.parse(e.response?.bodyAsText ?? '') as { error?: { code?: unknown } };
    if (typeof kropp.error?.code === 'string') return kropp.error.code.slice(0, 60);
  } catch {
    // Not JSON: the status alone says enough.
  }
  return undefined;
}

export function tolkConnectorFeil(e: unknown): ConnectorFeil {
  const f = (e ?? {}) as RestFeilLik;
  const status = f.statusCode ?? f.response?.status;
  const kode = feilkode(f);
  const detail = [status ? `http ${status}` : (f.code ?? (e as Error)?.name ?? 'ukjent'), kode].filter(Boolean).join(' ');
  if (status === 403) return { ok: false, reason: 'unreachable', detail, samtaleBorte: false, status };
  if (status === 404) return { ok: false, reason: 'unreachable', detail, samtaleBorte: true, status };
  if (status === 429) {
    const vent = f.response?.headers ? ventetid((n) => f.response!.headers!.get(n)) : undefined;
    return { ok: false, reason: 'throttled', detail, samtaleBorte: false, status, ...(vent !== undefined ? { retryAfterMs: vent } : {}) };
  }
  return { ok: false, reason: 'failed', detail, samtaleBorte: false, ...(status ? { status } : {}) };
}
