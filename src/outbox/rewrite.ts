/**
 * The one way to change an envelope item: read-modify-write guarded by the item's version. Both
 * the dispatcher and wake.ts race use cases and other dispatchers for the same item, so a
 * conflict must never overwrite their write; the change is recomputed on a fresh read instead.
 */
import { ConflictError, type Item, type Store } from '../store/port';
import type { ListName } from '../store/schema';
import { withPending, type Envelope } from '../store/envelope';

export type EnvelopeItem = Item<Envelope<unknown>>;
/** A change to an envelope, recomputed on a fresh read after a conflict; undefined = nothing (more) to do. */
export type EnvelopeChange = (env: Envelope<unknown>) => Envelope<unknown> | undefined;

/** Conflicts come from other dispatchers or use cases touching the same item; this many in a row is a fault. */
const MAX_CONFLICTS = 20;

/**
 * Writes `change(envelope)` with the item's own columns and an updated PENDING_COLUMN. On a
 * conflict it re-reads the item and recomputes the change from the fresh envelope; after
 * `maxConflicts` conflicts in a row the ConflictError propagates.
 */
export async function rewriteEnvelope(
  store: Store,
  list: ListName,
  item: EnvelopeItem,
  change: EnvelopeChange,
  maxConflicts = MAX_CONFLICTS,
): Promise<{ item: EnvelopeItem; changed: boolean }> {
  let current = item;
  for (let conflicts = 0; ; conflicts++) {
    const next = change(current.data);
    if (!next) return { item: current, changed: false };
    try {
      const updated = await store.update(list, { id: current.id, version: current.version, columns: withPending(current.columns, next), data: next });
      return { item: updated, changed: true };
    } catch (err) {
      if (!(err instanceof ConflictError) || conflicts >= maxConflicts) throw err;
      const fresh = await store.get<Envelope<unknown>>(list, current.id);
      if (!fresh) throw err;
      current = fresh;
    }
  }
}
