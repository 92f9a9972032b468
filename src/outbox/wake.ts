/**
 * Wakes the entries waiting for one person: when the bot learns where someone can be reached (they
 * opened the chat), cards that failed to reach them earlier go out now instead of after their
 * back-off, which may be up to an hour.
 */
import { ConflictError, type Store } from '../store/port';
import { type ListDef, LIST_NAMES, PENDING_COLUMN, SCHEMA } from '../store/schema';
import type { Envelope } from './envelope';

/** Returns how many entries were woken. */
export async function wakeEntriesFor(store: Store, to: string, now: Date): Promise<number> {
  let woken = 0;
  for (const list of LIST_NAMES.filter((l) => (SCHEMA[l] as ListDef).outbox)) {
    for await (const found of store.query<Envelope<unknown>>(list, { where: [{ column: PENDING_COLUMN, op: 'gt', value: 0 }] })) {
      for (let item = found, attempt = 0; attempt < 3; attempt++) {
        const waiting = item.data.outbox.filter((e) => e.to === to && e.notBefore && new Date(e.notBefore) > now);
        if (waiting.length === 0) break;
        const outbox = item.data.outbox.map((e) => (waiting.includes(e) ? { ...e, notBefore: undefined } : e));
        try {
          await store.update(list, { id: item.id, version: item.version, columns: item.columns, data: { ...item.data, outbox } });
          woken += waiting.length;
          break;
        } catch (e) {
          // The dispatcher wrote the item meanwhile: look again at what is still waiting.
          if (!(e instanceof ConflictError)) throw e;
          const fresh = await store.get<Envelope<unknown>>(list, item.id);
          if (!fresh) break;
          item = fresh;
        }
      }
    }
  }
  return woken;
}
