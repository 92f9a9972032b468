/**
 * The notification port: how the app reaches a person in Teams. Implemented by bot/ (proactive
 * messaging through botbuilder); the app decides what is sent and to whom, the bot how.
 */
import type { Oid } from '../domain/organisasjon';
import type { Delivery } from '../domain/sak';
import type { SakView } from './sakView';
import type { SkoleBekreftelser } from './views/bekreftelser';
import type { EvalueringCardView } from './paaminnelser/evaluering';

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
export type AdminMessage = 'ingen_kommunalsjef';

/** A reminder that is not a case card: each is a card of its own, with what the person may do in it. */
export type PaaminnelseView =
  /** «Jeg er kjent med pliktene», to confirm in the card (the duties text is the current one, src/i18n/plikter.ts). */
  | { type: 'plikter'; versjon: string; skoleår: string; melding: string }
  /** Rektor's weekly summary of who at the school has not confirmed. */
  | { type: 'bekreftelse_oversikt'; skoleår: string; skole: SkoleBekreftelser }
  /** An evaluation due: the evaluation's fields, to record in the card. */
  | { type: 'evaluering'; melding: string; skjema: EvalueringCardView }
  /** To the kommunalsjefer: someone was named to (or removed from) a role that reads cases. */
  | { type: 'rolleendring'; melding: string }
  /** To rektor: an årshjul checkpoint coming up that the school has not marked done. */
  | { type: 'sjekkpunkt'; skole: string; navn: string; ferdigNar: string; dato: string }
  /** To a rektor: answer this school year's revision of the internkontroll in the tab (src/app/revisjon). */
  | { type: 'revisjon'; melding: string }
  /** To the adult a pupil chose (issue 25): who wants to talk — never what the pupil wrote. */
  | { type: 'elev_vil_snakke'; elevNavn: string; klasse?: string };

export interface Notifier {
  /**
   * Sends a new card for the case, as `til` may see it, in a 1:1 chat (created if needed);
   * `melding` is a notice on top of the card (a reminder's text). `leveringer`, the case's deliveries
   * as the caller holds them, say who holds a copy (for the card's refresh); without them the
   * notifier reads the case.
   */
  sendSak(til: Oid, view: SakView, anledning: Anledning, message?: string, deliveries?: readonly Delivery[]): Promise<NotifyResult>;
  /** Replaces an earlier card (one copy) with the case's current state as its owner may see it. */
  /** `melding`: the notice on top of a reminder copy, as it is now (src/app/paaminnelseKopier.ts). */
  oppdaterSak(til: Oid, kopi: { conversationId: string; activityId: string }, view: SakView, deliveries?: readonly Delivery[], message?: string): Promise<NotifyResult>;
  /** Replaces an earlier card with one that shows nothing of the case: its owner may no longer see it. */
  skjulSak(til: Oid, kopi: { conversationId: string; activityId: string }): Promise<NotifyResult>;
  /** Sends a reminder card that is not a case card, in the person's 1:1 chat. */
  sendPaaminnelse(til: Oid, view: PaaminnelseView): Promise<NotifyResult>;
  /** Tells an administrator of a problem in the organisation. */
  sendAdminMessage(til: Oid, message: AdminMessage): Promise<NotifyResult>;
}
