/**
 * Delivers the outbox entries and projects the audit entries that ride inside aggregate items
 * (see src/store/envelope.ts), for every list whose schema has `outbox: true`.
 *
 * Each item in as few store writes as the guarantees allow (issue 14), and a pass works on up to
 * ITEMS_AT_ONCE items at once (issue 21; the notifier paces Teams, the audit chain groups the appends):
 * 1. claim (claim.ts): every entry due on the item is claimed in one write, guarded by the item's
 *    version, so two dispatchers never send the same entry;
 * 2. the handlers run for the claimed entries at once (in parallel; the notifier paces Teams);
 * 3. audit: the item's entries and those the outcomes add are appended to the hash-chained
 *    `revisjonslogg` (store/revisjonskjede.ts; each entry keyed by its id, chained once);
 * 4. one write (outcomes.ts) records every outcome ("done" removes the entry, "retry" sets notBefore)
 *    and removes the audit entries step 3 stored. If step 3 failed, they stay for a later pass.
 * What is done to one entry (due, dead, an outcome applied) is pure, in entries.ts.
 * A kick hands over the item a use case just wrote (deliverItem), so the path to the first card is
 * the claim and the notifier's own reads; a pass over the lists is for timers and restarts.
 *
 * The one honest window: a crash after a handler succeeded (e.g. Teams accepted the message) and
 * before step 4 is stored leaves its entry on the item, so after the lease (at once, for the same
 * instance restarted) it is handled again (at-least-once); handlers must tolerate that repeat. The
 * entries in that window are those whose handlers ran in the same step 2, and the audit may then
 * record the delivery twice, as it happened twice. Every other crash point delivers exactly once:
 * before the claim nothing happened, after it the handlers were not called yet, and once step 4 is
 * stored the entries are gone.
 *
 * Attempts are bounded. The claim counts one (entry.attempts), so a handler that keeps asking for
 * a retry, a crash loop, or an outcome write that keeps failing (and would re-send the same card
 * every lease) all end after maxAttempts: the entry is then marked dead (entry.dead) instead of
 * claimed. An outcome that made the item too large (ItemTooLargeError) can never be stored, so it
 * is marked dead at once rather than sent again. A dead entry stays on the item, as the record of
 * a duty to notify that was not met, but is not pending, delivered or woken; a warning names it.
 *
 * A failure on one item (any error) is logged with ids only and the pass goes on with the next
 * item, so one broken item never starves the others; its entries stay for a later pass.
 *
 * Which lists to query: a timer pass (runOnce with `idle: true`) skips a list whose last query found
 * nothing pending, until something is written to it here (markPending, a kick) or a full check is
 * due (every fullCheckMs), so an idle app costs no request; the full check finds what another
 * instance left behind. Every other pass queries every list.
 */
import { ItemTooLargeError, type Store } from '../store/port';
import { LIST_NAMES, PENDING_COLUMN, listDef, type ListName } from '../store/schema';
import { pendingCount, type Claimant, type Envelope, type OutboxEntry } from '../store/envelope';
import type { DeliveryHandler, DeliveryOutcome } from './handler';
import type { EnvelopeItem } from './rewrite';
import { isDue, retryDelayMs } from './entries';
import { claimDue } from './claim';
import { recordOneByOne, recordOutcomes, type Handled, type OutcomeWriter } from './outcomes';
import { recordWaiting } from './wake';
import { leggTilAudit } from '../store/auditChain';
import { Hjerteslag } from './hjerteslag';
import { DEFAULT_FULL_CHECK_MS, DEFAULT_LEASE_MS, DEFAULT_MAX_ATTEMPTS, zero, type DispatchCounts, type DispatcherOptions } from './options';

export type { DispatchCounts, DispatcherOptions } from './options';

type Handler = DeliveryHandler<unknown>;

const PENDING_QUERY = { where: [{ column: PENDING_COLUMN, op: 'gt' as const, value: 0 }] };
/** Items a pass works on at once: each waits mostly on the store and Teams, which the notifier paces (bot/takt.ts). */
const ITEMS_AT_ONCE = 16;
/** Rounds on one item per visit: each round delivers what the previous one enqueued (the next in line). */
const MAX_ROUNDS_PER_ITEM = 5;

export class OutboxDispatcher {
  private readonly store: Store;
  private readonly handlers: Partial<Record<ListName, Handler>>;
  private readonly now: () => Date;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly claimant: Claimant | undefined;
  private readonly fullCheckMs: number;
  private readonly log: { warn(obj: object, msg: string): void };
  /** Lists whose last query found nothing pending, with when that was (the local hint of a timer pass). */
  private readonly idleSince = new Map<ListName, number>();
  /** Items this process is working on, so a pass and a kick never work the same item at once. */
  private readonly inProgress = new Map<string, Promise<unknown>>();
  private readonly beat: Hjerteslag | undefined;
  /** Whether a claim was made by a run known dead (our own earlier run, or a peer whose heartbeat stopped). */
  private readonly dead = (by: Claimant) => !!this.claimant && ((by.instance === this.claimant.instance && by.run !== this.claimant.run) || !!this.beat?.erDod(by));

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
    this.fullCheckMs = opts.fullCheckMs ?? DEFAULT_FULL_CHECK_MS;
    this.log = opts.log ?? { warn: () => undefined };
    this.beat = opts.claimant && new Hjerteslag(opts.store, opts.claimant, this.now);
  }

  /**
   * Writes this process's heartbeat and reads its peers'; when a peer is newly known gone, the
   * next timer pass looks at every list, so what it had claimed is taken over then.
   */
  async hjerteslag(): Promise<void> {
    if (await this.beat?.slag()) this.markPending();
  }

  /**
   * One pass over every item with pending work. A failing query propagates; a failing item is
   * logged and skipped. `idle`: a timer pass, which skips lists known to have nothing pending.
   */
  async runOnce(opts: { idle?: boolean } = {}): Promise<DispatchCounts> {
    const counts = zero();
    for (const list of LIST_NAMES.filter((l) => listDef(l).outbox)) {
      const since = this.idleSince.get(list);
      const startedAt = this.now().getTime();
      if (opts.idle && since !== undefined && startedAt - since < this.fullCheckMs) continue;
      let found = 0;
      // Several items at once (the notifier paces Teams; the audit chain groups their appends).
      const working = new Set<Promise<void>>();
      for await (const item of this.store.query<Envelope<unknown>>(list, PENDING_QUERY)) {
        found++;
        // The kick that is working on it delivers it; the next pass sees what it left.
        if (this.inProgress.has(key(list, item.id))) continue;
        const p: Promise<void> = this.exclusive(list, item.id, async () => void (await this.handleItem(list, item, counts))).finally(() => working.delete(p));
        working.add(p);
        if (working.size >= ITEMS_AT_ONCE) await Promise.race(working);
      }
      await Promise.all(working);
      // Written to meanwhile (markPending): not idle after all.
      if (found === 0 && this.idleSince.get(list) === since) this.idleSince.set(list, startedAt);
      else if (found > 0) this.idleSince.delete(list);
    }
    return counts;
  }

  /**
   * Delivers what is due on an item its caller just wrote (a use case's kick), without querying
   * for it. If this process is already working on the item, that work is awaited and the item read
   * again, since the caller's copy is then stale.
   */
  async deliverItem(list: ListName, item: EnvelopeItem): Promise<DispatchCounts> {
    const counts = zero();
    const running = this.inProgress.get(key(list, item.id));
    let current: EnvelopeItem | undefined = item;
    if (running) {
      await running.catch(() => undefined);
      current = await this.store.get<Envelope<unknown>>(list, item.id);
    }
    let left: EnvelopeItem | undefined;
    if (current) {
      const found = current;
      await this.exclusive(list, found.id, async () => {
        left = await this.handleItem(list, found, counts);
      });
    }
    // What it could not finish (a retry, a failure) the timer passes must look for.
    if (!left || pendingCount(left.data) > 0) this.markPending(list);
    return counts;
  }

  /** Something was written to `list` (every list when omitted) that the next timer pass must look for. */
  markPending(list?: ListName): void {
    if (list) this.idleSince.delete(list);
    else this.idleSince.clear();
  }

  private async exclusive(list: ListName, id: string, work: () => Promise<void>): Promise<void> {
    const k = key(list, id);
    const p = work().finally(() => {
      if (this.inProgress.get(k) === p) this.inProgress.delete(k);
    });
    this.inProgress.set(k, p);
    await p;
  }

  /**
   * Delivers and projects one item, again while its outcomes enqueue more that is due. Returns the
   * item as last written, or undefined after a failure (logged; the item waits for a later pass).
   */
  private async handleItem(list: ListName, item: EnvelopeItem, counts: DispatchCounts): Promise<EnvelopeItem | undefined> {
    let current = item;
    let inFlight: string[] = [];
    try {
      for (let round = 0; round < MAX_ROUNDS_PER_ITEM; round++) {
        const result = await this.deliverDue(list, current, counts, (ids) => (inFlight = ids));
        current = result.item;
        if (!result.again) break;
      }
      return current;
    } catch (err) {
      this.warnFailed(list, item.id, err, inFlight);
      return undefined;
    }
  }

  /** Steps 1–4 (see the top of the file) once; `again` when the item then holds more that is due. */
  private async deliverDue(
    list: ListName,
    item: EnvelopeItem,
    counts: DispatchCounts,
    claimedIds: (ids: string[]) => void,
  ): Promise<{ item: EnvelopeItem; again: boolean }> {
    const handler = this.handlers[list];
    let current = item;
    let claimed: OutboxEntry[] = [];
    if (handler) {
      const claim = await claimDue(this.store, list, item, { now: this.now(), leaseMs: this.leaseMs, maxAttempts: this.maxAttempts, claimant: this.claimant, deadRun: this.dead });
      current = claim.item;
      claimed = claim.claimed;
      for (const dead of claim.died) this.reportDead(list, current, dead);
      claimedIds(claimed.map((e) => e.id));
    }

    // The handler sees the attempts before this one (see DeliveryHandler).
    const claimedItem = current;
    const handled: Handled[] = await Promise.all(
      claimed.map(async (entry) => ({ entry, outcome: await this.callHandler(list, claimedItem, { ...entry, attempts: entry.attempts - 1 }, handler!) })),
    );

    const audit = [...current.data.audit, ...handled.flatMap((h) => h.outcome.audit ?? [])];
    if (handled.length === 0 && audit.length === 0) return { item: current, again: false };
    const projected = new Set<string>();
    if (audit.length > 0) {
      try {
        await leggTilAudit(this.store, audit.map((entry) => ({ ...entry, list, itemId: item.id })));
        for (const a of audit) projected.add(a.id);
      } catch (err) {
        // Nothing delivered to record: the item waits for a later pass as it is.
        if (handled.length === 0) throw err;
        // The outcomes are stored anyway, so nothing is sent twice; the audit stays on the item for a later pass.
        this.warnFailed(list, item.id, err, handled.map((h) => h.entry.id));
      }
    }

    let finished;
    try {
      finished = await recordOutcomes(this.writer, list, current, handled, projected);
    } catch (err) {
      if (!(err instanceof ItemTooLargeError)) throw err;
      finished = await recordOneByOne(this.writer, list, current, handled, projected);
    }
    counts.delivered += finished.done.length;
    counts.retried += finished.retried.length;
    counts.projected += finished.projected;
    // Indexed by person, so that waking them when they open the chat reads only their items (wake.ts).
    for (const entry of finished.retried) await recordWaiting(this.store, entry.to, list, item.id);
    const again = !!handler && finished.item.data.outbox.some((e) => isDue(e, this.now(), this.dead));
    return { item: finished.item, again };
  }

  private reportDead(list: ListName, item: EnvelopeItem, entry: OutboxEntry): void {
    this.log.warn({ list, itemId: item.id, entryId: entry.id, kind: entry.kind, attempts: entry.attempts, reason: entry.dead?.reason }, 'Utboksoppføring gitt opp (død); må følges opp manuelt');
  }

  private warnFailed(list: ListName, itemId: string, err: unknown, entryIds: string[] = []): void {
    this.log.warn({ list, itemId, entryIds, err: errorInfo(err) }, 'Utboks: elementet feilet; prøver igjen i en senere runde');
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

  /** Step 4 (outcomes.ts) writes with the dispatcher's store and clock, and reports a dead entry here. */
  private get writer(): OutcomeWriter {
    return { store: this.store, now: this.now, reportDead: (list, item, entry) => this.reportDead(list, item, entry) };
  }
}

/** Ids and error class only: an error's message may quote a person or the case. */
function errorInfo(err: unknown): { name?: unknown; code?: unknown } {
  return { name: (err as Error)?.name, code: (err as { code?: unknown })?.code };
}

const key = (list: ListName, id: string) => `${list}/${id}`;

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

