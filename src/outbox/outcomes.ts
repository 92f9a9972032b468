/**
 * Step 4 of the outbox dispatcher (dispatcher.ts): every handler's outcome and the removal of the
 * audit entries already projected, written to the item in one write; when together they make the
 * item too large, one by one, and the one that still does is marked dead.
 */
import { ItemTooLargeError, type Store } from '../store/port';
import type { ListName } from '../store/schema';
import type { OutboxEntry } from '../store/envelope';
import type { DeliveryOutcome } from './handler';
import { rewriteEnvelope, type EnvelopeItem } from './rewrite';
import { applyOutcome, findEntry, markDead } from './entries';

/** A claimed entry with its handler's outcome. */
export interface Handled {
  entry: OutboxEntry;
  outcome: DeliveryOutcome<unknown>;
}

/** What writing the outcomes needs of the dispatcher. */
export interface OutcomeWriter {
  store: Store;
  now: () => Date;
  reportDead(list: ListName, item: EnvelopeItem, entry: OutboxEntry): void;
}

/** Step 4: every outcome and the removal of the projected audit entries, in one write. */
export async function recordOutcomes(w: OutcomeWriter, list: ListName, item: EnvelopeItem, handled: Handled[], projected: Set<string>) {
  let done: OutboxEntry[] = [];
  let retried: OutboxEntry[] = [];
  let removed = 0;
  const written = await rewriteEnvelope(w.store, list, item, (env) => {
    done = [];
    retried = [];
    let next = env;
    for (const h of handled) {
      // Gone: our lease ran out and another dispatcher finished it meanwhile.
      const applied = applyOutcome(next, h.entry.id, h.outcome);
      if (!applied) continue;
      next = applied;
      (h.outcome.done ? done : retried).push(h.entry);
    }
    const audit = next.audit.filter((a) => !projected.has(a.id));
    removed = next.audit.length - audit.length;
    return next === env && removed === 0 ? undefined : { ...next, audit };
  });
  return { item: written.item, done, retried, projected: removed };
}

/**
 * The outcomes together made the item too large: each on its own, and the one that still does
 * is marked dead (the update is a pure function of the value, so every repeat would grow it the same way).
 */
export async function recordOneByOne(w: OutcomeWriter, list: ListName, item: EnvelopeItem, handled: Handled[], projected: Set<string>) {
  let current = item;
  const done: OutboxEntry[] = [];
  const retried: OutboxEntry[] = [];
  let removed = 0;
  for (const h of handled) {
    let r;
    try {
      r = await recordOutcomes(w, list, current, [h], projected);
    } catch (err) {
      if (!(err instanceof ItemTooLargeError)) throw err;
      let died: OutboxEntry | undefined;
      let removedHere = 0;
      const dead = await rewriteEnvelope(w.store, list, current, (env) => {
        const marked = markDead(env, h.entry.id, w.now(), 'utfallet gjorde elementet for stort (ItemTooLargeError)');
        died = marked && findEntry(marked, h.entry.id);
        if (!marked) return undefined;
        const audit = marked.audit.filter((a) => !projected.has(a.id));
        removedHere = marked.audit.length - audit.length;
        return { ...marked, audit };
      });
      current = dead.item;
      if (dead.changed) removed += removedHere;
      if (dead.changed && died) w.reportDead(list, current, died);
      continue;
    }
    current = r.item;
    done.push(...r.done);
    retried.push(...r.retried);
    removed += r.projected;
  }
  return { item: current, done, retried, projected: removed };
}
