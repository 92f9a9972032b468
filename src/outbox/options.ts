/** What an outbox dispatcher (dispatcher.ts) is configured with, its defaults, and what a pass counts. */
import type { Store } from '../store/port';
import type { ListName } from '../store/schema';
import type { Claimant } from '../store/envelope';
import type { DeliveryHandler } from './handler';

export interface DispatchCounts {
  /** Outbox entries a handler finished (done). */
  delivered: number;
  /** Audit entries projected into revisjonslogg and removed from their item. */
  projected: number;
  /** Outbox entries put back for later (retry outcome or a handler that threw). */
  retried: number;
}

export interface DispatcherOptions {
  store: Store;
  // Handlers are typed by their aggregate; the dispatcher only passes the value through.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handlers: Partial<Record<ListName, DeliveryHandler<any>>>;
  now?: () => Date;
  /** How long a claim keeps other dispatchers off an entry; also how long a crashed claim blocks it. */
  leaseMs?: number;
  /** Attempts (claims) before an entry is marked dead instead of tried again. */
  maxAttempts?: number;
  /**
   * Who claims. A claim left by an earlier run of the same instance is taken over at once: that
   * run is dead (the instance runs once at a time), so a §12-5 varsel it had claimed is not held
   * back for the rest of the lease. Another instance's claim is taken over once its heartbeat
   * says it is gone (hjerteslag.ts; the runner beats); a live one is never taken: it may be in
   * progress. Without a claimant, only the lease frees a claim.
   */
  claimant?: Claimant;
  /** How often a timer pass queries a list it believes has nothing pending (default 5 minutes). */
  fullCheckMs?: number;
  log?: { warn(obj: object, msg: string): void };
}

export const DEFAULT_LEASE_MS = 2 * 60_000;
/**
 * With the app's back-off (30 s … 1 h) 8 attempts span a few hours of failed sends; with a "done"
 * write that keeps failing, 8 sends of the same card 2 min apart is already too many to allow more.
 */
export const DEFAULT_MAX_ATTEMPTS = 8;
/** The lease is 2 minutes; a list another instance left work on is looked at within a few of them. */
export const DEFAULT_FULL_CHECK_MS = 5 * 60_000;
export const zero = (): DispatchCounts => ({ delivered: 0, projected: 0, retried: 0 });
