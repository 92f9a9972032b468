/**
 * Delivers the outbox entries and projects the audit entries that ride inside aggregate items
 * (see src/store/envelope.ts), for every list whose schema has `outbox: true`.
 *
 * Each item in as few store writes as the guarantees allow (issue 14), and a pass works on up to
 * ITEMS_AT_ONCE items at once (issue 21; the notifier paces Teams, the audit chain groups the appends):
 * 1. claim: every entry due on the item is claimed in one write (claimedUntil, claimedBy, and its
 *    attempt counted), guarded by the item's version, so two dispatchers never send the same entry;
 * 2. the handlers run for the claimed entries at once (in parallel; the notifier paces Teams);
 * 3. audit: the item's entries and those the outcomes add are appended to the hash-chained
 *    `revisjonslogg` (store/revisjonskjede.ts; each entry keyed by its id, chained once);
 * 4. one write records every outcome ("done" removes the entry, "retry" sets notBefore) and removes
 *    the audit entries step 3 stored. If step 3 failed, they stay on the item for a later pass.
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
import { rewriteEnvelope, type EnvelopeChange, type EnvelopeItem } from './rewrite';
import { recordWaiting } from './wake';
import { leggTilRevisjon } from '../store/revisjonskjede';
import { Hjerteslag } from './hjerteslag';

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

type Handler = DeliveryHandler<unknown>;
/** A claimed entry with its handler's outcome. */
interface Handled {
  entry: OutboxEntry;
  outcome: DeliveryOutcome<unknown>;
}

const PENDING_QUERY = { where: [{ column: PENDING_COLUMN, op: 'gt' as const, value: 0 }] };
const DEFAULT_LEASE_MS = 2 * 60_000;
/**
 * With the app's back-off (30 s … 1 h) 8 attempts span a few hours of failed sends; with a "done"
 * write that keeps failing, 8 sends of the same card 2 min apart is already too many to allow more.
 */
const DEFAULT_MAX_ATTEMPTS = 8;
/** The lease is 2 minutes; a list another instance left work on is looked at within a few of them. */
const DEFAULT_FULL_CHECK_MS = 5 * 60_000;
/** Items a pass works on at once: each waits mostly on the store and Teams, which the notifier paces (bot/takt.ts). */
const ITEMS_AT_ONCE = 16;
/** Rounds on one item per visit: each round delivers what the previous one enqueued (the next in line). */
const MAX_ROUNDS_PER_ITEM = 5;

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
      const now = this.now();
      const claimedUntil = new Date(now.getTime() + this.leaseMs).toISOString();
      let died: OutboxEntry[] = [];
      const claim = await this.rewrite(list, item, (env) => {
        claimed = [];
        died = [];
        const outbox = env.outbox.map((entry) => {
          if (!isDue(entry, now, this.dead)) return entry;
          if (entry.attempts >= this.maxAttempts) {
            const dead = deadEntry(entry, now, gaveUpReason(entry));
            died.push(dead);
            return dead;
          }
          const mine = { ...entry, attempts: entry.attempts + 1, claimedUntil, ...(this.claimant ? { claimedBy: this.claimant } : {}) };
          claimed.push(mine);
          return mine;
        });
        return claimed.length + died.length > 0 ? { ...env, outbox } : undefined;
      });
      current = claim.item;
      for (const dead of died) this.reportDead(list, current, dead);
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
        await leggTilRevisjon(this.store, audit.map((entry) => ({ ...entry, list, itemId: item.id })));
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
      finished = await this.recordOutcomes(list, current, handled, projected);
    } catch (err) {
      if (!(err instanceof ItemTooLargeError)) throw err;
      finished = await this.recordOneByOne(list, current, handled, projected);
    }
    counts.delivered += finished.done.length;
    counts.retried += finished.retried.length;
    counts.projected += finished.projected;
    // Indexed by person, so that waking them when they open the chat reads only their items (wake.ts).
    for (const entry of finished.retried) await recordWaiting(this.store, entry.to, list, item.id);
    const now = this.now();
    const again = !!handler && finished.item.data.outbox.some((e) => isDue(e, now, this.dead));
    return { item: finished.item, again };
  }

  /** Step 4: every outcome and the removal of the projected audit entries, in one write. */
  private async recordOutcomes(list: ListName, item: EnvelopeItem, handled: Handled[], projected: Set<string>) {
    let done: OutboxEntry[] = [];
    let retried: OutboxEntry[] = [];
    let removed = 0;
    const written = await this.rewrite(list, item, (env) => {
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
  private async recordOneByOne(list: ListName, item: EnvelopeItem, handled: Handled[], projected: Set<string>) {
    let current = item;
    const done: OutboxEntry[] = [];
    const retried: OutboxEntry[] = [];
    let removed = 0;
    for (const h of handled) {
      let r;
      try {
        r = await this.recordOutcomes(list, current, [h], projected);
      } catch (err) {
        if (!(err instanceof ItemTooLargeError)) throw err;
        let died: OutboxEntry | undefined;
        let removedHere = 0;
        const dead = await this.rewrite(list, current, (env) => {
          const marked = markDead(env, h.entry.id, this.now(), 'utfallet gjorde elementet for stort (ItemTooLargeError)');
          died = marked && findEntry(marked, h.entry.id);
          if (!marked) return undefined;
          const audit = marked.audit.filter((a) => !projected.has(a.id));
          removedHere = marked.audit.length - audit.length;
          return { ...marked, audit };
        });
        current = dead.item;
        if (dead.changed) removed += removedHere;
        if (dead.changed && died) this.reportDead(list, current, died);
        continue;
      }
      current = r.item;
      done.push(...r.done);
      retried.push(...r.retried);
      removed += r.projected;
    }
    return { item: current, done, retried, projected: removed };
  }

  private reportDead(list: ListName, item: EnvelopeItem, entry: OutboxEntry): void {
    this.log.warn({ list, itemId: item.id, entryId: entry.id, kind: entry.kind, attempts: entry.attempts, reason: entry.dead?.reason }, 'Utboksoppføring gitt opp (død); må følges opp manuelt');
  }

  /** Ids and error class only: an error's message may quote a person or the case. */
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

  private rewrite(list: ListName, item: EnvelopeItem, change: EnvelopeChange) {
    return rewriteEnvelope(this.store, list, item, change);
  }
}

const zero = (): DispatchCounts => ({ delivered: 0, projected: 0, retried: 0 });
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

function findEntry(env: Envelope<unknown>, id: string): OutboxEntry | undefined {
  return env.outbox.find((e) => e.id === id);
}

function replaceEntry(env: Envelope<unknown>, entry: OutboxEntry): Envelope<unknown> {
  return { ...env, outbox: env.outbox.map((e) => (e.id === entry.id ? entry : e)) };
}

function isDue(entry: OutboxEntry, now: Date, deadRun: (by: Claimant) => boolean): boolean {
  const notYet = (iso: string | undefined) => iso !== undefined && Date.parse(iso) > now.getTime();
  const leftByDeadRun = !!entry.claimedBy && deadRun(entry.claimedBy);
  return !entry.dead && !notYet(entry.notBefore) && (leftByDeadRun || !notYet(entry.claimedUntil));
}

/** The entry marked dead and unclaimed, kept on the item; undefined when it is gone or already dead. */
function markDead(env: Envelope<unknown>, entryId: string, at: Date, reason: string): Envelope<unknown> | undefined {
  const entry = findEntry(env, entryId);
  if (!entry || entry.dead) return undefined;
  return replaceEntry(env, deadEntry(entry, at, reason));
}

function deadEntry(entry: OutboxEntry, at: Date, reason: string): OutboxEntry {
  const { claimedUntil: _released, claimedBy: _by, ...unclaimed } = entry;
  return { ...unclaimed, dead: { at: at.toISOString(), reason } };
}

/** A claim still on the entry means the last attempt never recorded an outcome: a crash or a failed "done" write. */
function gaveUpReason(entry: OutboxEntry): string {
  const last = entry.claimedUntil ? 'det siste ble aldri avsluttet (krasj eller feilet skriving)' : 'det siste ba om nytt forsøk';
  return `ga opp etter ${entry.attempts} forsøk; ${last}`;
}

function errorInfo(err: unknown): { name?: unknown; code?: unknown } {
  return { name: (err as Error)?.name, code: (err as { code?: unknown })?.code };
}

/**
 * Entries to enqueue, without those already waiting unclaimed with the same kind, receiver and
 * params: two outcomes in one round that both ask to update the same card need one update (the
 * waiting one is sent from the item as it is then). One that is claimed may be sending an older state.
 */
export function utenDubletter(outbox: readonly OutboxEntry[], nye: readonly OutboxEntry[]): OutboxEntry[] {
  const nokkel = (e: OutboxEntry) => JSON.stringify([e.kind, e.to, e.params ?? null]);
  const venter = new Set(outbox.filter((e) => !e.claimedUntil && !e.dead).map(nokkel));
  return nye.filter((e) => {
    const n = nokkel(e);
    if (venter.has(n)) return false;
    venter.add(n);
    return true;
  });
}

/** The envelope after a handler's outcome for one entry; pure, so it can be re-applied after a conflict. */
function applyOutcome(env: Envelope<unknown>, entryId: string, outcome: DeliveryOutcome<unknown>): Envelope<unknown> | undefined {
  const entry = findEntry(env, entryId);
  if (!entry) return undefined;
  const audit = [...env.audit, ...(outcome.audit ?? [])];
  if (outcome.done) {
    const updated = outcome.update ? outcome.update(env.value) : env.value;
    const follow = outcome.follow?.(updated);
    const outbox = env.outbox.filter((e) => e.id !== entryId);
    return {
      value: follow ? follow.value : updated,
      outbox: [...outbox, ...utenDubletter(outbox, [...(outcome.enqueue ?? []), ...(follow?.enqueue ?? [])])],
      audit: [...audit, ...(follow?.audit ?? [])],
    };
  }
  // The claim already counted this attempt.
  const { claimedUntil: _released, claimedBy: _by, ...unclaimed } = entry;
  return { ...replaceEntry(env, { ...unclaimed, notBefore: outcome.notBefore }), audit };
}
