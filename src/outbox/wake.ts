/**
 * Wakes the entries waiting for one person: when the bot learns where someone can be reached (they
 * opened the chat), cards that failed to reach them earlier go out now instead of after their
 * back-off, which may be up to an hour. Dead-lettered entries (see dispatcher.ts) stay asleep.
 *
 * Which items hold entries waiting for a person is kept in a small index (list `ventende`, one item
 * per person, written when the dispatcher puts an entry back for later), so that waking someone
 * reads only their own items — never a scan of all pending work, which anyone who installs the bot
 * could otherwise trigger.
 */
import { ConflictError, type Store } from '../store/port';
import type { ListName } from '../store/schema';
import type { Envelope, OutboxEntry } from '../store/envelope';
import { rewriteEnvelope } from './rewrite';

/** Waking is a shortcut, not a duty: an item this busy is left to its back-off instead. */
const MAX_CONFLICTS = 3;

interface Ventende {
  oid: string;
  elementer: { list: ListName; id: string }[];
}

const same = (a: { list: string; id: string }, b: { list: string; id: string }) => a.list === b.list && a.id === b.id;

/** Records that an item holds an entry waiting for this person (the dispatcher calls it when it defers one). */
export async function recordWaiting(store: Store, to: string, list: ListName, id: string): Promise<void> {
  await changeIndex(store, to, (elementer) => (elementer.some((e) => same(e, { list, id })) ? undefined : [...elementer, { list, id }]));
}

/** Returns how many entries were woken. */
export async function wakeEntriesFor(store: Store, to: string, now: Date): Promise<number> {
  const index = await store.getByKey<Ventende>('ventende', to);
  if (!index || index.data.elementer.length === 0) return 0;
  const waiting = (e: OutboxEntry) => e.to === to && !e.dead && e.notBefore !== undefined && new Date(e.notBefore) > now;
  let woken = 0;
  for (const { list, id } of index.data.elementer) {
    const found = await store.get<Envelope<unknown>>(list, id);
    if (!found) continue;
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
  // What was woken is no longer waiting; an item deferred again meanwhile is recorded anew.
  const handled = index.data.elementer;
  await changeIndex(store, to, (elementer) => {
    const rest = elementer.filter((e) => !handled.some((h) => same(h, e)));
    return rest.length === elementer.length ? undefined : rest;
  });
  return woken;
}

/** Read-modify-write of one person's index, redone on a fresh read after a conflict. */
async function changeIndex(store: Store, oid: string, change: (elementer: Ventende['elementer']) => Ventende['elementer'] | undefined): Promise<void> {
  for (let forsok = 0; ; forsok++) {
    const current = await store.getByKey<Ventende>('ventende', oid);
    const next = change(current?.data.elementer ?? []);
    if (!next) return;
    const data: Ventende = { oid, elementer: next };
    try {
      if (!current) {
        const { created } = await store.create<Ventende>('ventende', { key: oid, columns: { Oid: oid }, data });
        if (created) return;
      } else {
        await store.update('ventende', { id: current.id, version: current.version, columns: { Oid: oid }, data });
        return;
      }
    } catch (e) {
      if (!(e instanceof ConflictError) || forsok >= MAX_CONFLICTS * 3) throw e;
    }
  }
}
