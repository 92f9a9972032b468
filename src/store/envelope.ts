/**
 * The envelope an aggregate is stored in: the value itself plus the notifications and audit
 * entries its last changes caused and that are not yet delivered/projected. Because they ride
 * on the same item, a change and its consequences are written in one store operation; the
 * dispatcher (src/outbox/dispatcher.ts) delivers and projects them afterwards.
 */
import type { Oid } from '../domain/organisasjon';
import { PENDING_COLUMN } from './schema';
import type { ColumnValue, Item } from './port';

export interface OutboxEntry {
  /** Unique id (uuid); stable across retries. */
  id: string;
  /** What to do: 'varsel', 'informert', 'tildelt' or 'oppdatering' (src/app/delivery.ts). Interpreted by the app's handler. */
  kind: string;
  /** The person it is for. */
  to: Oid;
  /** Small, kind-specific parameters. */
  params?: Record<string, string | number | boolean>;
  created: string;
  /**
   * Deliveries started: the claim counts one, before the handler runs, so attempts that never
   * finished (a crash, a "done" write that failed) count too. The handler sees the earlier ones only.
   */
  attempts: number;
  /** Not to be tried before this time (after a throttle or failure). */
  notBefore?: string;
  /** Claimed by a dispatcher until this time, so two instances never send the same entry at once. */
  claimedUntil?: string;
  /** Which process claimed it (see DispatcherOptions.claimant): its next run takes the claim over at once. */
  claimedBy?: Claimant;
  /**
   * Given up on (see dispatcher.ts): never delivered or woken again and not pending, but kept on
   * the item as the record of a duty to notify that was not met. `reason` names no person.
   */
  dead?: { at: string; reason: string };
}

/**
 * A dispatcher process: `instance` names the slot it runs in (stable across its restarts, unique
 * among processes running at once), `run` this start of it.
 */
export interface Claimant {
  instance: string;
  run: string;
}

export interface AuditEntry {
  /** Unique id (uuid): the audit item's key, so projecting twice stores one entry. */
  id: string;
  at: string;
  /** Who did it (Entra object id), or 'system'. */
  actor: Oid | 'system';
  /** What was done, e.g. 'varsel_sendt', 'ta_imot'. Never free text from a person. */
  action: string;
  /** A short non-sensitive detail (an oid, a status), never pupil names or case text. */
  detail?: string;
}

export interface Envelope<T> {
  value: T;
  outbox: OutboxEntry[];
  audit: AuditEntry[];
}

/** An aggregate's item as read: what rides on it, and what writing it back needs. */
export interface StoredEnvelope<T> {
  /** The store's own id of the item: for writing it back, never shown to anyone. */
  itemId: string;
  versjon: string;
  outbox: OutboxEntry[];
  audit: AuditEntry[];
  /** The item as stored, for handing to the outbox with the kick (src/outbox/runner.ts). */
  item: Item<Envelope<T>>;
}

export function envelope<T>(value: T, outbox: OutboxEntry[] = [], audit: AuditEntry[] = []): Envelope<T> {
  return { value, outbox, audit };
}

/** The `Ventende` column value for an envelope: how much the dispatcher still has to do (dead entries are not). */
export function pendingCount(env: Envelope<unknown>): number {
  return env.outbox.filter((e) => !e.dead).length + env.audit.length;
}

/** Columns of an outbox list item: the aggregate's own columns plus the pending count. */
export function withPending(columns: Record<string, ColumnValue>, env: Envelope<unknown>): Record<string, ColumnValue> {
  return { ...columns, [PENDING_COLUMN]: pendingCount(env) };
}
