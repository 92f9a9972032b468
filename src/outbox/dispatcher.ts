/**
 * Delivers the outbox entries and projects the audit entries that ride inside aggregate items
 * (see src/store/envelope.ts), for every list whose schema has `outbox: true`.
 *
 * Every step is one store write, either idempotent or guarded by the item's version:
 * - audit: the item's entries are appended to the hash-chained `revisjonslogg`
 *   (store/revisjonskjede.ts: the head item, then one createMany — one $batch on SharePoint — each
 *   entry with its id as key), then removed from the item in one update. If appending fails, the
 *   entries stay on the item and the next pass repeats it; the chain stores each entry once;
 * - delivery: claim the entry (write claimedUntil) → call the handler → one "done"/"retry" write.
 *
 * The one honest window: a crash after the handler succeeded (e.g. Teams accepted the message)
 * and before the "done" write is stored leaves the entry on the item, so after the lease it is
 * handled again (at-least-once); handlers must tolerate that repeat. Every other crash point
 * delivers exactly once: before the claim nothing happened, after it the handler was not called
 * yet, and once the "done" write is stored the entry is gone.
 *
 * Attempts are bounded. The claim counts one (entry.attempts), so a handler that keeps asking for
 * a retry, a crash loop, or a "done" write that keeps failing (and would re-send the same card
 * every lease) all end after maxAttempts: the entry is then marked dead (entry.dead) instead of
 * claimed. An outcome that made the item too large (ItemTooLargeError) can never be stored, so it
 * is marked dead at once rather than sent again. A dead entry stays on the item, as the record of
 * a duty to notify that was not met, but is not pending, delivered or woken; a warning names it.
 *
 * A failure on one item (any error) is logged with ids only and the pass goes on with the next
 * item, so one broken item never starves the others; its entries stay for a later pass.
 */
import { ItemTooLargeError, type Store } from '../store/port';
import { LIST_NAMES, PENDING_COLUMN, listDef, type ListName } from '../store/schema';
import type { Claimant, Envelope, OutboxEntry } from '../store/envelope';
import type { DeliveryHandler, DeliveryOutcome } from './handler';
import { rewriteEnvelope, type EnvelopeChange, type EnvelopeItem } from './rewrite';
import { recordWaiting } from './wake';
import { leggTilRevisjon } from '../store/revisjonskjede';

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
   * back for the rest of the lease. Another instance's live claim is never taken: it may be in
   * progress. Without a claimant, only the lease frees a claim.
   */
  claimant?: Claimant;
  log?: { warn(obj: object, msg: string): void };
}

type Handler = DeliveryHandler<unknown>;
type Outcome = 'done' | 'retry' | 'dead' | 'skipped';

const PENDING_QUERY = { where: [{ column: PENDING_COLUMN, op: 'gt' as const, value: 0 }] };
const DEFAULT_LEASE_MS = 2 * 60_000;
/**
 * With the app's back-off (30 s … 1 h) 8 attempts span a few hours of failed sends; with a "done"
 * write that keeps failing, 8 sends of the same card 2 min apart is already too many to allow more.
 */
const DEFAULT_MAX_ATTEMPTS = 8;

/** Wait after a handler threw: 30 s doubling per attempt, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** attempts, 60 * 60_000);
}

export class OutboxDispatcher {
  private readonly store: Store;
  private readonly handlers: Partial<Record<ListName, Handler>>;
  private readonly now: () => Date;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly claimant: Claimant | undefined;
  private readonly log: { warn(obj: object, msg: string): void };

  constructor(opts: DispatcherOptions) {
    for (const list of Object.keys(opts.handlers) as ListName[]) {
      if (!listDef(list).outbox) throw new Error(`List ${list} has no outbox, so its handler would never run`);
    }
    this.store = opts.store;
    this.handlers = opts.handlers;
    this.now = opts.now ?? (() => new Date());
    this.leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
    this.maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.claimant = opts.claimant;
    this.log = opts.log ?? { warn: () => undefined };
  }

  /** One pass over every item with pending work. A failing query propagates; a failing item is logged and skipped. */
  async runOnce(): Promise<DispatchCounts> {
    const counts: DispatchCounts = { delivered: 0, projected: 0, retried: 0 };
    for (const list of LIST_NAMES.filter((l) => listDef(l).outbox)) {
      const handler = this.handlers[list];
      for await (const found of this.store.query<Envelope<unknown>>(list, PENDING_QUERY)) {
        try {
          const item = handler ? await this.deliverAll(list, found, handler, counts) : found;
          if (item) counts.projected += await this.projectAudit(list, item);
        } catch (err) {
          this.warnFailed(list, found.id, err);
        }
      }
    }
    return counts;
  }

  /** Delivers the item's due entries; undefined when one failed (logged; the item waits for a later pass). */
  private async deliverAll(list: ListName, item: EnvelopeItem, handler: Handler, counts: DispatchCounts): Promise<EnvelopeItem | undefined> {
    let current = item;
    for (const { id } of item.data.outbox) {
      try {
        const result = await this.deliverOne(list, current, id, handler);
        current = result.item;
        if (result.outcome === 'done') counts.delivered++;
        if (result.outcome === 'retry') counts.retried++;
      } catch (err) {
        this.warnFailed(list, item.id, err, id);
        return undefined;
      }
    }
    return current;
  }

  private async deliverOne(list: ListName, item: EnvelopeItem, entryId: string, handler: Handler): Promise<{ item: EnvelopeItem; outcome: Outcome }> {
    const now = this.now();
    const claimedUntil = new Date(now.getTime() + this.leaseMs).toISOString();
    const claim = await this.rewrite(list, item, (env) => {
      const entry = findEntry(env, entryId);
      if (!entry || !isDue(entry, now, this.claimant)) return undefined;
      if (entry.attempts >= this.maxAttempts) return markDead(env, entryId, now, gaveUpReason(entry));
      return replaceEntry(env, { ...entry, attempts: entry.attempts + 1, claimedUntil, ...(this.claimant ? { claimedBy: this.claimant } : {}) });
    });
    const entry = claim.changed ? findEntry(claim.item.data, entryId) : undefined;
    if (!entry) return { item: claim.item, outcome: 'skipped' };
    if (entry.dead) return this.reportDead(list, claim.item, entry);

    // The handler sees the attempts before this one (see DeliveryHandler).
    const outcome = await this.callHandler(list, claim.item, { ...entry, attempts: entry.attempts - 1 }, handler);
    let finished;
    try {
      finished = await this.rewrite(list, claim.item, (env) => applyOutcome(env, entryId, outcome));
    } catch (err) {
      if (!(err instanceof ItemTooLargeError)) throw err;
      // The update is a pure function of the value, so every repeat would grow the item the same way.
      const dead = await this.rewrite(list, claim.item, (env) => markDead(env, entryId, this.now(), 'utfallet gjorde elementet for stort (ItemTooLargeError)'));
      const deadEntry = findEntry(dead.item.data, entryId);
      return deadEntry?.dead ? this.reportDead(list, dead.item, deadEntry) : { item: dead.item, outcome: 'skipped' };
    }
    // Not changed: the entry vanished meanwhile (our lease ran out and another dispatcher finished it).
    if (!finished.changed) return { item: finished.item, outcome: 'skipped' };
    // Indexed by person, so that waking them when they open the chat reads only their items (wake.ts).
    if (!outcome.done) await recordWaiting(this.store, entry.to, list, item.id);
    return { item: finished.item, outcome: outcome.done ? 'done' : 'retry' };
  }

  private reportDead(list: ListName, item: EnvelopeItem, entry: OutboxEntry): { item: EnvelopeItem; outcome: Outcome } {
    this.log.warn({ list, itemId: item.id, entryId: entry.id, kind: entry.kind, attempts: entry.attempts, reason: entry.dead?.reason }, 'Utboksoppføring gitt opp (død); må følges opp manuelt');
    return { item, outcome: 'dead' };
  }

  /** Ids and error class only: an error's message may quote a person or the case. */
  private warnFailed(list: ListName, itemId: string, err: unknown, entryId?: string): void {
    this.log.warn({ list, itemId, entryId, err: errorInfo(err) }, 'Utboks: elementet feilet; prøver igjen i en senere runde');
  }

  private async callHandler(list: ListName, item: EnvelopeItem, entry: OutboxEntry, handler: Handler): Promise<DeliveryOutcome<unknown>> {
    try {
      return await handler(entry, item.data.value, item.id);
    } catch (err) {
      const delayMs = retryDelayMs(entry.attempts);
      // Ids and error class only: a handler's error message may quote a person or the case.
      this.log.warn(
        { list, itemId: item.id, entryId: entry.id, kind: entry.kind, attempts: entry.attempts, delayMs, err: errorInfo(err) },
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
    await leggTilRevisjon(this.store, entries.map((entry) => ({ ...entry, list, itemId: item.id })));
    const projected = new Set(entries.map((e) => e.id));
    let removed = 0;
    await this.rewrite(list, item, (env) => {
      const audit = env.audit.filter((e) => !projected.has(e.id));
      removed = env.audit.length - audit.length;
      return removed > 0 ? { ...env, audit } : undefined;
    });
    return removed;
  }

  private rewrite(list: ListName, item: EnvelopeItem, change: EnvelopeChange) {
    return rewriteEnvelope(this.store, list, item, change);
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

function isDue(entry: OutboxEntry, now: Date, claimant: Claimant | undefined): boolean {
  const notYet = (iso: string | undefined) => iso !== undefined && Date.parse(iso) > now.getTime();
  const leftByMyEarlierRun = !!claimant && entry.claimedBy?.instance === claimant.instance && entry.claimedBy.run !== claimant.run;
  return !entry.dead && !notYet(entry.notBefore) && (leftByMyEarlierRun || !notYet(entry.claimedUntil));
}

/** The entry marked dead and unclaimed, kept on the item; undefined when it is gone or already dead. */
function markDead(env: Envelope<unknown>, entryId: string, at: Date, reason: string): Envelope<unknown> | undefined {
  const entry = findEntry(env, entryId);
  if (!entry || entry.dead) return undefined;
  const { claimedUntil: _released, claimedBy: _by, ...unclaimed } = entry;
  return replaceEntry(env, { ...unclaimed, dead: { at: at.toISOString(), reason } });
}

/** A claim still on the entry means the last attempt never recorded an outcome: a crash or a failed "done" write. */
function gaveUpReason(entry: OutboxEntry): string {
  const last = entry.claimedUntil ? 'det siste ble aldri avsluttet (krasj eller feilet skriving)' : 'det siste ba om nytt forsøk';
  return `ga opp etter ${entry.attempts} forsøk; ${last}`;
}

function errorInfo(err: unknown): { name?: unknown; code?: unknown } {
  return { name: (err as Error)?.name, code: (err as { code?: unknown })?.code };
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
  // The claim already counted this attempt.
  const { claimedUntil: _released, claimedBy: _by, ...unclaimed } = entry;
  return { ...replaceEntry(env, { ...unclaimed, notBefore: outcome.notBefore }), audit };
}
