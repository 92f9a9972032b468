/**
 * Wakes the entries waiting for one person: when the bot learns where someone can be reached (they
 * opened the chat), cards that failed to reach them earlier go out now instead of after their
 * back-off, which may be up to an hour. Dead-lettered entries (see dispatcher.ts) stay asleep.
 */
import { ConflictError, type Store } from '../store/port';
import { type ListDef, LIST_NAMES, PENDING_COLUMN, SCHEMA } from '../store/schema';
import type { Envelope, OutboxEntry } from '../store/envelope';
import { rewriteEnvelope } from './rewrite';

/** Waking is a shortcut, not a duty: an item this busy is left to its back-off instead. */
const MAX_CONFLICTS = 3;

/** Returns how many entries were woken. */
export async function wakeEntriesFor(store: Store, to: string, now: Date): Promise<number> {
  const waiting = (e: OutboxEntry) => e.to === to && !e.dead && e.notBefore !== undefined && new Date(e.notBefore) > now;
  let woken = 0;
  for (const list of LIST_NAMES.filter((l) => (SCHEMA[l] as ListDef).outbox)) {
    for await (const found of store.query<Envelope<unknown>>(list, { where: [{ column: PENDING_COLUMN, op: 'gt', value: 0 }] })) {
      let count = 0;
      try {
        // Recomputed on a fresh read after a conflict: the dispatcher may have written the item meanwhile.
        await rewriteEnvelope(
          store,
          list,
          found,
          (env) => {
            count = env.outbox.filter(waiting).length;
            return count === 0 ? undefined : { ...env, outbox: env.outbox.map((e) => (waiting(e) ? { ...e, notBefore: undefined } : e)) };
          },
          MAX_CONFLICTS,
        );
        woken += count;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
  }
  return woken;
}
