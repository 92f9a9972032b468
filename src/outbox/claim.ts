/**
 * Step 1 of the outbox dispatcher (dispatcher.ts): every entry due on the item claimed in one write
 * (claimedUntil, claimedBy, and its attempt counted), guarded by the item's version, so two
 * dispatchers never send the same entry. An entry out of attempts is marked dead instead.
 */
import type { Store } from '../store/port';
import type { ListName } from '../store/schema';
import type { Claimant, OutboxEntry } from '../store/envelope';
import { rewriteEnvelope, type EnvelopeItem } from './rewrite';
import { deadEntry, gaveUpReason, isDue } from './entries';

export interface ClaimOptions {
  now: Date;
  leaseMs: number;
  maxAttempts: number;
  claimant: Claimant | undefined;
  /** Whether a claim was made by a run known dead (its entries are due at once). */
  deadRun: (by: Claimant) => boolean;
}

export async function claimDue(store: Store, list: ListName, item: EnvelopeItem, o: ClaimOptions): Promise<{ item: EnvelopeItem; claimed: OutboxEntry[]; died: OutboxEntry[] }> {
  const claimedUntil = new Date(o.now.getTime() + o.leaseMs).toISOString();
  let claimed: OutboxEntry[] = [];
  let died: OutboxEntry[] = [];
  const claim = await rewriteEnvelope(store, list, item, (env) => {
    claimed = [];
    died = [];
    const outbox = env.outbox.map((entry) => {
      if (!isDue(entry, o.now, o.deadRun)) return entry;
      if (entry.attempts >= o.maxAttempts) {
        const dead = deadEntry(entry, o.now, gaveUpReason(entry));
        died.push(dead);
        return dead;
      }
      const mine = { ...entry, attempts: entry.attempts + 1, claimedUntil, ...(o.claimant ? { claimedBy: o.claimant } : {}) };
      claimed.push(mine);
      return mine;
    });
    return claimed.length + died.length > 0 ? { ...env, outbox } : undefined;
  });
  return { item: claim.item, claimed, died };
}
