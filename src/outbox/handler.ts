/** The contract between the outbox dispatcher and the app's delivery handlers. */
import type { AuditEntry, OutboxEntry } from '../store/envelope';

/**
 * What a handler says after trying one outbox entry.
 * - done: the entry is removed; `update` is applied to the aggregate (re-applied on a conflict, so
 *   it must be a pure function of the value), `enqueue` and `audit` are added, all in one write.
 *   `follow` decides on the value as stored at that write — after `update`, and after the outcomes
 *   of the entries delivered beside this one — what more to enqueue (e.g. the next in line once
 *   nobody else has the varsel); its audit entries are projected in a later round.
 * - retry: the entry stays, not to be tried before `notBefore`.
 */
export type DeliveryOutcome<T> =
  | {
      done: true;
      update?: (value: T) => T;
      follow?: (value: T) => { value: T; enqueue?: OutboxEntry[]; audit?: AuditEntry[] };
      enqueue?: OutboxEntry[];
      audit?: AuditEntry[];
    }
  | { done: false; notBefore: string; audit?: AuditEntry[] };

/** `entry.attempts` counts the earlier attempts, not this one (0 on the first). */
export type DeliveryHandler<T> = (entry: OutboxEntry, value: T, itemId: string) => Promise<DeliveryOutcome<T>>;
