/**
 * Delivers the outbox entries and projects the audit entries that ride inside aggregate items
 * (see envelope.ts), for every list whose schema has `outbox: true`.
 *
 * Every step is one store write, either idempotent or guarded by the item's version:
 * - audit: the item's entries are created in `revisjonslogg` by one createMany (one $batch on
 *   SharePoint), each with its id as key, then removed from the item in one update. createMany is
 *   not atomic: if it fails, the entries stay on the item and the next pass repeats it, which
 *   stores only those still missing (an existing key stores nothing);
 * - delivery: claim the entry (write claimedUntil) → call the handler → one "done"/"retry" write.
 *
 * The one honest window: a crash after the handler succeeded (e.g. Teams accepted the message)
 * and before the "done" write is stored leaves the entry on the item, so after the lease it is
 * handled again (at-least-once); handlers must tolerate that repeat. Every other crash point
 * delivers exactly once: before the claim nothing happened, after it the handler was not called
 * yet, and once the "done" write is stored the entry is gone.
 */
import { ConflictError, type Item, type Store } from '../store/port';
import { LIST_NAMES, PENDING_COLUMN, listDef, type ListName } from '../store/schema';
import { withPending, type AuditEntry, type DeliveryHandler, type DeliveryOutcome, type Envelope, type OutboxEntry } from './envelope';

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
  log?: { warn(obj: object, msg: string): void };
}

type EnvelopeItem = Item<Envelope<unknown>>;
type Handler = DeliveryHandler<unknown>;
/** A change to an envelope, recomputed on a fresh read after a conflict; undefined = nothing (more) to do. */
type EnvelopeChange = (env: Envelope<unknown>) => Envelope<unknown> | undefined;

const PENDING_QUERY = { where: [{ column: PENDING_COLUMN, op: 'gt' as const, value: 0 }] };
const DEFAULT_LEASE_MS = 2 * 60_000;
/** Conflicts come from other dispatchers or use cases touching the same item; this many in a row is a fault. */
const MAX_CONFLICTS = 20;

/** Wait after a handler threw: 30 s doubling per attempt, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** attempts, 60 * 60_000);
}

export class OutboxDispatcher {
  private readonly store: Store;
  private readonly handlers: Partial<Record<ListName, Handler>>;
  private readonly now: () => Date;
  private readonly leaseMs: number;
  private readonly log: { warn(obj: object, msg: string): void };

  constructor(opts: DispatcherOptions) {
    for (const list of Object.keys(opts.handlers) as ListName[]) {
      if (!listDef(list).outbox) throw new Error(`List ${list} has no outbox, so its handler would never run`);
    }
    this.store = opts.store;
    this.handlers = opts.handlers;
    this.now = opts.now ?? (() => new Date());
    this.leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
    this.log = opts.log ?? { warn: () => undefined };
  }

  /** One pass over every item with pending work. Store failures propagate; the entries stay for the next pass. */
  async runOnce(): Promise<DispatchCounts> {
    const counts: DispatchCounts = { delivered: 0, projected: 0, retried: 0 };
    for (const list of LIST_NAMES.filter((l) => listDef(l).outbox)) {
      const handler = this.handlers[list];
      for await (const found of this.store.query<Envelope<unknown>>(list, PENDING_QUERY)) {
        let item = found;
        if (handler) item = await this.deliverAll(list, item, handler, counts);
        counts.projected += await this.projectAudit(list, item);
      }
    }
    return counts;
  }

  private async deliverAll(list: ListName, item: EnvelopeItem, handler: Handler, counts: DispatchCounts): Promise<EnvelopeItem> {
    let current = item;
    for (const { id } of item.data.outbox) {
      const result = await this.deliverOne(list, current, id, handler);
      current = result.item;
      if (result.outcome === 'done') counts.delivered++;
      if (result.outcome === 'retry') counts.retried++;
    }
    return current;
  }

  private async deliverOne(
    list: ListName,
    item: EnvelopeItem,
    entryId: string,
    handler: Handler,
  ): Promise<{ item: EnvelopeItem; outcome: 'done' | 'retry' | 'skipped' }> {
    const now = this.now();
    const claimedUntil = new Date(now.getTime() + this.leaseMs).toISOString();
    const claim = await this.rewrite(list, item, (env) => {
      const entry = findEntry(env, entryId);
      return entry && isDue(entry, now) ? replaceEntry(env, { ...entry, claimedUntil }) : undefined;
    });
    const entry = claim.changed ? findEntry(claim.item.data, entryId) : undefined;
    if (!entry) return { item: claim.item, outcome: 'skipped' };

    const outcome = await this.callHandler(list, claim.item, entry, handler);
    const finished = await this.rewrite(list, claim.item, (env) => applyOutcome(env, entryId, outcome));
    // Not changed: the entry vanished meanwhile (our lease ran out and another dispatcher finished it).
    if (!finished.changed) return { item: finished.item, outcome: 'skipped' };
    return { item: finished.item, outcome: outcome.done ? 'done' : 'retry' };
  }

  private async callHandler(list: ListName, item: EnvelopeItem, entry: OutboxEntry, handler: Handler): Promise<DeliveryOutcome<unknown>> {
    try {
      return await handler(entry, item.data.value, item.id);
    } catch (err) {
      const delayMs = retryDelayMs(entry.attempts);
      // Ids and error class only: a handler's error message may quote a person or the case.
      this.log.warn(
        { list, itemId: item.id, entryId: entry.id, kind: entry.kind, attempts: entry.attempts, delayMs, err: { name: (err as Error)?.name, code: (err as { code?: unknown })?.code } },
        'Levering feilet; prøver igjen senere',
      );
      return { done: false, notBefore: new Date(this.now().getTime() + delayMs).toISOString() };
    }
  }

  /** Projects the item's audit entries into revisjonslogg (idempotent by key), then removes them from the item. */
  private async projectAudit(list: ListName, item: EnvelopeItem): Promise<number> {
    const entries = item.data.audit;
    if (entries.length === 0) return 0;
    // Throws if some entry did not land; they then all stay on the item for the next pass.
    await this.store.createMany('revisjonslogg', entries.map((entry) => auditRecord(list, item.id, entry)));
    const projected = new Set(entries.map((e) => e.id));
    let removed = 0;
    await this.rewrite(list, item, (env) => {
      const audit = env.audit.filter((e) => !projected.has(e.id));
      removed = env.audit.length - audit.length;
      return removed > 0 ? { ...env, audit } : undefined;
    });
    return removed;
  }

  /**
   * Writes `change(envelope)` with the item's own columns and an updated PENDING_COLUMN. On a
   * conflict it re-reads the item and recomputes the change from the fresh envelope, so a
   * concurrent write is never overwritten.
   */
  private async rewrite(list: ListName, item: EnvelopeItem, change: EnvelopeChange): Promise<{ item: EnvelopeItem; changed: boolean }> {
    let current = item;
    for (let conflicts = 0; ; conflicts++) {
      const next = change(current.data);
      if (!next) return { item: current, changed: false };
      try {
        const updated = await this.store.update(list, { id: current.id, version: current.version, columns: withPending(current.columns, next), data: next });
        return { item: updated, changed: true };
      } catch (err) {
        if (!(err instanceof ConflictError) || conflicts >= MAX_CONFLICTS) throw err;
        const fresh = await this.store.get<Envelope<unknown>>(list, current.id);
        if (!fresh) throw err;
        current = fresh;
      }
    }
  }
}

/** Calls runOnce until a pass does nothing (or maxRounds passes); returns the totals. */
export async function drain(d: OutboxDispatcher, maxRounds = 20): Promise<DispatchCounts & { rounds: number; quiescent: boolean }> {
  const total = { delivered: 0, projected: 0, retried: 0, rounds: 0, quiescent: false };
  while (total.rounds < maxRounds) {
    const counts = await d.runOnce();
    total.rounds++;
    total.delivered += counts.delivered;
    total.projected += counts.projected;
    total.retried += counts.retried;
    if (counts.delivered + counts.projected + counts.retried === 0) {
      total.quiescent = true;
      break;
    }
  }
  return total;
}

function findEntry(env: Envelope<unknown>, id: string): OutboxEntry | undefined {
  return env.outbox.find((e) => e.id === id);
}

function replaceEntry(env: Envelope<unknown>, entry: OutboxEntry): Envelope<unknown> {
  return { ...env, outbox: env.outbox.map((e) => (e.id === entry.id ? entry : e)) };
}

function isDue(entry: OutboxEntry, now: Date): boolean {
  const notYet = (iso: string | undefined) => iso !== undefined && Date.parse(iso) > now.getTime();
  return !notYet(entry.notBefore) && !notYet(entry.claimedUntil);
}

/** The envelope after a handler's outcome for one entry; pure, so it can be re-applied after a conflict. */
function applyOutcome(env: Envelope<unknown>, entryId: string, outcome: DeliveryOutcome<unknown>): Envelope<unknown> | undefined {
  const entry = findEntry(env, entryId);
  if (!entry) return undefined;
  const audit = [...env.audit, ...(outcome.audit ?? [])];
  if (outcome.done) {
    return {
      value: outcome.update ? outcome.update(env.value) : env.value,
      outbox: [...env.outbox.filter((e) => e.id !== entryId), ...(outcome.enqueue ?? [])],
      audit,
    };
  }
  const { claimedUntil: _released, ...unclaimed } = entry;
  return { ...replaceEntry(env, { ...unclaimed, attempts: entry.attempts + 1, notBefore: outcome.notBefore }), audit };
}

function auditRecord(list: ListName, itemId: string, entry: AuditEntry) {
  return {
    key: entry.id,
    columns: { Liste: list, ElementId: itemId, Aktor: entry.actor, Handling: entry.action, Tidspunkt: entry.at },
    data: { ...entry, list, itemId },
  };
}
