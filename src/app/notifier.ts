/**
 * The notification port: how the app reaches a person in Teams. Implemented by bot/ (proactive
 * messaging through botbuilder); the app decides what is sent and to whom, the bot how.
 */
import type { Oid } from '../domain/organisasjon';
import type { SakVisning } from './sakVisning';

export type NotifyResult =
  | { ok: true; conversationId: string; activityId: string }
  /**
   * unreachable: the bot cannot reach this person (not installed, blocked, conversation gone) — try someone else;
   * throttled: try again after retryAfterMs; failed: anything else, retried with backoff.
   */
  | { ok: false; reason: 'unreachable' | 'throttled' | 'failed'; retryAfterMs?: number; detail?: string };

/** Why a person gets a case card: a new varsel, skoleeier told (§12-5), rektor's report to skoleeier, assigned, a reminder. */
export type Anledning = 'ny' | 'informert' | 'meldt' | 'tildelt' | 'paminnelse';

/** A problem in the organisation the administrators must fix (no case content). */
export type AdminMelding = 'ingen_kommunalsjef';

export interface Notifier {
  /**
   * Sends a new card for the case, as `til` may see it, in a 1:1 chat (created if needed);
   * `melding` is a notice on top of the card (a reminder's text).
   */
  sendSak(til: Oid, visning: SakVisning, anledning: Anledning, melding?: string): Promise<NotifyResult>;
  /** Replaces an earlier card (one copy) with the case's current state as its owner may see it. */
  oppdaterSak(til: Oid, kopi: { conversationId: string; activityId: string }, visning: SakVisning): Promise<NotifyResult>;
  /** Replaces an earlier card with one that shows nothing of the case: its owner may no longer see it. */
  skjulSak(til: Oid, kopi: { conversationId: string; activityId: string }): Promise<NotifyResult>;
  /** Tells an administrator of a problem in the organisation. */
  sendAdminMelding(til: Oid, melding: AdminMelding): Promise<NotifyResult>;
}
