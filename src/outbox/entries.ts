/**
 * What the outbox dispatcher (dispatcher.ts) does to the entries on one envelope, as pure functions:
 * which entry is due, marking one dead, applying a handler's outcome, and enqueueing without
 * duplicates. Pure, so a change can be computed again after a write conflict.
 */
import type { Claimant, Envelope, OutboxEntry } from '../store/envelope';
import type { DeliveryOutcome } from './handler';

/** Wait after a handler threw: 30 s doubling per attempt, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** attempts, 60 * 60_000);
}

export function findEntry(env: Envelope<unknown>, id: string): OutboxEntry | undefined {
  return env.outbox.find((e) => e.id === id);
}

export function replaceEntry(env: Envelope<unknown>, entry: OutboxEntry): Envelope<unknown> {
  return { ...env, outbox: env.outbox.map((e) => (e.id === entry.id ? entry : e)) };
}

export function isDue(entry: OutboxEntry, now: Date, deadRun: (by: Claimant) => boolean): boolean {
  const notYet = (iso: string | undefined) => iso !== undefined && Date.parse(iso) > now.getTime();
  const leftByDeadRun = !!entry.claimedBy && deadRun(entry.claimedBy);
  return !entry.dead && !notYet(entry.notBefore) && (leftByDeadRun || !notYet(entry.claimedUntil));
}

/** The entry marked dead and unclaimed, kept on the item; undefined when it is gone or already dead. */
export function markDead(env: Envelope<unknown>, entryId: string, at: Date, reason: string): Envelope<unknown> | undefined {
  const entry = findEntry(env, entryId);
  if (!entry || entry.dead) return undefined;
  return replaceEntry(env, deadEntry(entry, at, reason));
}

export function deadEntry(entry: OutboxEntry, at: Date, reason: string): OutboxEntry {
  const { claimedUntil: _released, claimedBy: _by, ...unclaimed } = entry;
  return { ...unclaimed, dead: { at: at.toISOString(), reason } };
}

/** A claim still on the entry means the last attempt never recorded an outcome: a crash or a failed "done" write. */
export function gaveUpReason(entry: OutboxEntry): string {
  const last = entry.claimedUntil ? 'det siste ble aldri avsluttet (krasj eller feilet skriving)' : 'det siste ba om nytt forsøk';
  return `ga opp etter ${entry.attempts} forsøk; ${last}`;
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
export function applyOutcome(env: Envelope<unknown>, entryId: string, outcome: DeliveryOutcome<unknown>): Envelope<unknown> | undefined {
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
