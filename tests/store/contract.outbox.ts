/**
 * The outbox half of the store contract: the dispatcher on the adapter under test delivers every
 * notification and projects every audit entry, whatever point a crash hits, and two dispatchers
 * never deliver the same entry twice; an entry that never gets through is given up after bounded
 * attempts without stalling other items. Part of storeContract (contract.ts).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { OutboxDispatcher, drain } from '../../src/outbox/dispatcher';
import { envelope, withPending, type AuditEntry, type Envelope, type OutboxEntry } from '../../src/store/envelope';
import { type DeliveryHandler } from '../../src/outbox/handler';
import { MAX_DATA_CHARS, type Item, type ItemUpdate, type Store } from '../../src/store/port';
import { PENDING_COLUMN } from '../../src/store/schema';
import { crashingStore, SimulatedCrash } from '../support/crashingStore';
import { all, col, iso } from './contract.helpers';
import type { StoreUnderTest } from './contract';

const T0 = Date.parse('2025-03-03T08:00:00Z');
const LEASE_MS = 60_000;
const SAK_COLUMNS = { SkoleId: 'S-utboks', Kanal: 'elev', Status: 'ny' };

interface Sak {
  tittel: string;
  /** Entry ids the handler's `update` recorded: shows each "done" write was applied exactly once. */
  sent: string[];
}

function outboxEntry(kind = 'varsel'): OutboxEntry {
  return { id: randomUUID(), kind, to: `oid-${randomUUID()}`, created: iso(T0), attempts: 0 };
}

function auditEntry(action: string, detail?: string): AuditEntry {
  return { id: randomUUID(), at: iso(T0), actor: 'system', action, detail };
}

/** What a use case does: one create holding the aggregate with its pending outbox and audit entries. */
async function submit(store: Store, key: string, env: Envelope<Sak>): Promise<Item<Envelope<Sak>>> {
  return (await store.create('saker', { key, columns: withPending(SAK_COLUMNS, env), data: env })).item;
}

async function aggregate(store: Store, key: string): Promise<Item<Envelope<Sak>>[]> {
  return all(store.query<Envelope<Sak>>('saker', { where: [{ column: 'Nokkel', op: 'eq', value: key }] }));
}

async function auditLog(store: Store, list: string, itemId: string): Promise<Item<AuditEntry>[]> {
  return all(store.query<AuditEntry>('revisjonslogg', { where: [{ column: 'ElementId', op: 'eq', value: itemId }, { column: 'Liste', op: 'eq', value: list }] }));
}

/** The store, except that every update of item `itemId` that records a delivery (sent non-empty) is refused. */
function refusingDoneWrites(inner: Store, itemId: () => string): Store {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'update') {
        return async <T>(list: Parameters<Store['update']>[0], u: ItemUpdate<T>) => {
          // Only the case's own "done" write: the audit chain's head lives in another list.
          if (list === 'saker' && u.id === itemId() && (u.data as Envelope<Sak>).value.sent.length > 0) throw new Error('SharePoint avviste skrivingen for Kari Nordmann');
          return target.update(list, u);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A handler that records each call and, on done, marks the entry sent and logs 'levert'. */
function recordingHandler(writeCount: () => number) {
  const calls: { entryId: string; writesBefore: number }[] = [];
  const handler: DeliveryHandler<Sak> = async (entry) => {
    calls.push({ entryId: entry.id, writesBefore: writeCount() });
    return { done: true, update: (sak) => ({ ...sak, sent: [...sak.sent, entry.id] }), audit: [auditEntry('levert', entry.id)] };
  };
  return { calls, handler, times: (id: string) => calls.filter((c) => c.entryId === id).length };
}

export function outboxContract(sut: () => StoreUnderTest): void {
  describe('outbox dispatcher', () => {
    it('loses nothing at any crash point, and repeats a delivery only when the crash kept its outcome from being written', async () => {
      const { store, reopen } = sut();
      let live = store;
      for (const mode of ['before', 'after'] as const) {
        for (let crashAt = 1; ; crashAt++) {
          const scenario = `${mode} write ${crashAt}`;
          const key = `krasj-${mode}-${crashAt}`;
          const env = envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry(), outboxEntry()], [auditEntry('opprettet'), auditEntry('rutet'), auditEntry('lagt_i_ko')]);
          const crashing = crashingStore(live, crashAt, mode);
          let writeCount = () => crashing.writes;
          const recorder = recordingHandler(() => writeCount());

          let submitted = false;
          try {
            await submit(crashing, key, env);
            submitted = true;
            await drain(new OutboxDispatcher({ store: crashing, handlers: { saker: recorder.handler }, now: () => new Date(T0), leaseMs: LEASE_MS }));
          } catch (err) {
            if (!(err instanceof SimulatedCrash)) throw err;
          }

          // The only double delivery allowed: the crash came after the handler succeeded and before its
          // outcome was stored — the first later write of the case item (the audit chain's writes in between
          // are in that window too), unless that write is the one that crashed 'after' storing it.
          const outcomeLost = (entryId: string): boolean => {
            const call = recorder.calls.find((c) => c.entryId === entryId);
            if (!call || !crashing.crashed || crashAt <= call.writesBefore) return false;
            const outcomeWrite = crashing.log.findIndex((w, i) => i >= call.writesBefore && w.list === 'saker' && w.op === 'update') + 1;
            return outcomeWrite === 0 || crashAt < outcomeWrite || (crashAt === outcomeWrite && mode === 'before');
          };
          const twice = new Set(env.outbox.map((e) => e.id).filter(outcomeLost));
          if (crashing.crashed) {
            writeCount = () => Number.NaN;
            if (reopen) live = await reopen();
            if (!submitted) await submit(live, key, env); // the person presses "send" again
            const restart = new OutboxDispatcher({ store: live, handlers: { saker: recorder.handler }, now: () => new Date(T0 + LEASE_MS + 1000), leaseMs: LEASE_MS });
            assert.ok((await drain(restart)).quiescent, scenario);
          }

          const items = await aggregate(live, key);
          assert.equal(items.length, 1, `${scenario}: one aggregate`);
          const item = items[0]!;
          assert.deepEqual([item.data.outbox, item.data.audit, col(item, PENDING_COLUMN)], [[], [], 0], `${scenario}: nothing pending`);
          assert.deepEqual([col(item, 'SkoleId'), col(item, 'Kanal'), col(item, 'Status')], Object.values(SAK_COLUMNS), `${scenario}: columns kept`);
          assert.deepEqual([...item.data.value.sent].sort(), env.outbox.map((e) => e.id).sort(), `${scenario}: each entry removed exactly once`);
          for (const entry of env.outbox) {
            assert.equal(recorder.times(entry.id), twice.has(entry.id) ? 2 : 1, `${scenario}: handler calls for ${entry.id}`);
          }
          const log = await auditLog(live, 'saker', item.id);
          const keys = log.map((l) => l.key);
          assert.equal(keys.length, new Set(keys).size, `${scenario}: no audit entry twice`);
          assert.deepEqual(
            log.filter((l) => l.data.action !== 'levert').map((l) => l.key).sort(),
            env.audit.map((a) => a.id).sort(),
            `${scenario}: the use case's audit entries, once each`,
          );
          // Each delivery is in the audit once, or twice when it happened twice and both were chained before the crash.
          for (const entry of env.outbox) {
            const levert = log.filter((l) => l.data.action === 'levert' && l.data.detail === entry.id).length;
            assert.ok(levert >= 1 && levert <= recorder.times(entry.id), `${scenario}: 'levert' for ${entry.id}: ${levert}`);
          }

          if (!crashing.crashed) break; // this run got through every write: all crash points are covered
        }
      }
    });

    it('does not call a handler again before the notBefore it asked for', async () => {
      const { store } = sut();
      let clock = T0;
      let calls = 0;
      const handler: DeliveryHandler<Sak> = async () => {
        calls++;
        return calls === 1 ? { done: false, notBefore: iso(T0 + 10 * 60_000), audit: [auditEntry('utsatt')] } : { done: true };
      };
      const dispatcher = new OutboxDispatcher({ store, handlers: { saker: handler }, now: () => new Date(clock) });
      const { id } = await submit(store, 'utsatt', envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry()]));

      assert.deepEqual(await dispatcher.runOnce(), { delivered: 0, projected: 1, retried: 1 });
      clock = T0 + 9 * 60_000;
      await drain(dispatcher);
      assert.equal(calls, 1);
      const waiting = (await store.get<Envelope<Sak>>('saker', id))!;
      const entry = waiting.data.outbox[0]!;
      assert.deepEqual([entry.attempts, entry.notBefore, entry.claimedUntil, col(waiting, PENDING_COLUMN)], [1, iso(T0 + 10 * 60_000), undefined, 1]);

      clock = T0 + 10 * 60_000;
      assert.equal((await drain(dispatcher)).delivered, 1);
      assert.equal(calls, 2);
      assert.equal(col((await store.get('saker', id))!, PENDING_COLUMN), 0);
    });

    it('retries a handler that threw, later and with a growing delay, logging no message text', async () => {
      const { store } = sut();
      let clock = T0;
      let calls = 0;
      const handler: DeliveryHandler<Sak> = async () => {
        calls++;
        if (calls <= 2) throw new Error('Teams svarte 503 for Kari Nordmann');
        return { done: true };
      };
      const log = { warn: sinon.spy() };
      const dispatcher = new OutboxDispatcher({ store, handlers: { saker: handler }, now: () => new Date(clock), log });
      const { id } = await submit(store, 'kaster', envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry()]));

      assert.equal((await dispatcher.runOnce()).retried, 1);
      assert.equal((await store.get<Envelope<Sak>>('saker', id))!.data.outbox[0]!.notBefore, iso(T0 + 30_000));
      clock = T0 + 29_000;
      await dispatcher.runOnce();
      assert.equal(calls, 1);
      clock = T0 + 30_000;
      assert.equal((await dispatcher.runOnce()).retried, 1);
      assert.equal((await store.get<Envelope<Sak>>('saker', id))!.data.outbox[0]!.notBefore, iso(T0 + 30_000 + 60_000));
      clock = T0 + 90_000;
      assert.equal((await dispatcher.runOnce()).delivered, 1);
      assert.equal(calls, 3);
      assert.equal(log.warn.callCount, 2);
      assert.doesNotMatch(JSON.stringify(log.warn.args), /Kari|Teams svarte/);
    });

    it('delivers each entry once when two dispatchers run at the same time', async () => {
      const { store } = sut();
      const calls: string[] = [];
      const handler: DeliveryHandler<Sak> = async (entry) => {
        calls.push(entry.id);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { done: true };
      };
      const envs = Array.from({ length: 4 }, () => envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry(), outboxEntry()], [auditEntry('opprettet')]));
      const items = await Promise.all(envs.map((env, i) => submit(store, `samtidig-${i}`, env)));
      const dispatcher = () => new OutboxDispatcher({ store, handlers: { saker: handler }, now: () => new Date(T0) });

      await Promise.all([drain(dispatcher()), drain(dispatcher())]);

      assert.deepEqual([...calls].sort(), envs.flatMap((e) => e.outbox.map((o) => o.id)).sort());
      for (const item of items) {
        assert.equal(col((await store.get('saker', item.id))!, PENDING_COLUMN), 0);
        assert.equal((await auditLog(store, 'saker', item.id)).length, 1);
      }
    });

    it('delivers the entries a handler enqueued in a later pass, applying its update once', async () => {
      const { store } = sut();
      const kinds: string[] = [];
      const handler: DeliveryHandler<Sak> = async (entry) => {
        kinds.push(entry.kind);
        const enqueue = entry.kind === 'varsel' ? [outboxEntry('oppfolging')] : [];
        return { done: true, enqueue, update: (sak) => ({ ...sak, sent: [...sak.sent, entry.kind] }) };
      };
      const { id } = await submit(store, 'kjede', envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry('varsel')]));
      await drain(new OutboxDispatcher({ store, handlers: { saker: handler }, now: () => new Date(T0) }));
      assert.deepEqual(kinds, ['varsel', 'oppfolging']);
      const done = (await store.get<Envelope<Sak>>('saker', id))!;
      assert.deepEqual([done.data.value.sent, done.data.outbox, col(done, PENDING_COLUMN)], [['varsel', 'oppfolging'], [], 0]);
    });

    it('projects the audit of an outbox list it has no handler for, and leaves that outbox alone', async () => {
      const { store } = sut();
      const env = envelope({ plan: 'Plan' }, [outboxEntry()], [auditEntry('plan_opprettet'), auditEntry('tiltak_lagt_til')]);
      const columns = { SakId: 'sak-1', SkoleId: 'S1', Status: 'aktiv' };
      const { item } = await store.create('aktivitetsplaner', { key: 'plan-1', columns: withPending(columns, env), data: env });

      const result = await drain(new OutboxDispatcher({ store, handlers: { saker: async () => ({ done: true }) }, now: () => new Date(T0) }));

      assert.equal(result.projected, 2);
      const plan = (await store.get<typeof env>('aktivitetsplaner', item.id))!;
      assert.deepEqual([plan.data.outbox, plan.data.audit, col(plan, PENDING_COLUMN)], [env.outbox, [], 1]);
      assert.deepEqual([col(plan, 'SakId'), col(plan, 'SkoleId'), col(plan, 'Status')], Object.values(columns));
      assert.deepEqual((await auditLog(store, 'aktivitetsplaner', item.id)).map((l) => l.key).sort(), env.audit.map((a) => a.id).sort());
    });

    it('goes on past an item whose "done" write is refused, and gives that entry up as dead after 8 attempts, keeping it', async () => {
      const { store } = sut();
      let refusedId = '';
      const failing = refusingDoneWrites(store, () => refusedId);
      let clock = T0;
      const recorder = recordingHandler(() => 0);
      const log = { warn: sinon.spy() };
      const dispatcher = new OutboxDispatcher({ store: failing, handlers: { saker: recorder.handler }, now: () => new Date(clock), leaseMs: LEASE_MS, log });
      const refused = await submit(store, 'avvist', envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry()]));
      refusedId = refused.id;
      const healthy = await submit(store, 'frisk', envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry()]));
      const entryId = refused.data.outbox[0]!.id;

      assert.equal((await dispatcher.runOnce()).delivered, 1, 'the other item is delivered');
      assert.equal(col((await store.get('saker', healthy.id))!, PENDING_COLUMN), 0);
      const first = (await store.get<Envelope<Sak>>('saker', refused.id))!.data.outbox[0]!;
      assert.deepEqual([first.attempts, first.claimedUntil !== undefined, first.dead], [1, true, undefined], 'the claim counted the attempt');
      assert.deepEqual(log.warn.args[0]![0], { list: 'saker', itemId: refused.id, entryIds: [entryId], err: { name: 'Error', code: undefined } });

      for (let pass = 2; pass <= 9; pass++) {
        clock += LEASE_MS + 1000;
        await dispatcher.runOnce();
      }
      clock += 24 * 60 * 60_000;
      await drain(dispatcher);
      assert.equal(recorder.times(entryId), 8, 'the handler ran 8 times, not once per lease for ever');
      const item = (await store.get<Envelope<Sak>>('saker', refused.id))!;
      const dead = item.data.outbox[0]!;
      assert.deepEqual([item.data.outbox.length, dead.id, dead.attempts, dead.claimedUntil, col(item, PENDING_COLUMN)], [1, entryId, 8, undefined, 0]);
      assert.match(dead.dead!.reason, /8 forsøk.*aldri avsluttet/);
      assert.ok(log.warn.args.some(([obj, msg]) => obj.itemId === refused.id && obj.entryId === entryId && /død/.test(msg)), 'a warning names the dead entry');
      assert.doesNotMatch(JSON.stringify(log.warn.args), /Kari|avviste/);
    });

    it('gives an entry up as dead at once when its outcome would make the item too large, calling its handler once', async () => {
      const { store } = sut();
      let clock = T0;
      let calls = 0;
      const handler: DeliveryHandler<Sak> = async () => {
        calls++;
        return { done: true, update: (sak) => ({ ...sak, tittel: 'x'.repeat(MAX_DATA_CHARS) }) };
      };
      const log = { warn: sinon.spy() };
      const dispatcher = new OutboxDispatcher({ store, handlers: { saker: handler }, now: () => new Date(clock), leaseMs: LEASE_MS, log });
      const { id, data } = await submit(store, 'for-stor', envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry()], [auditEntry('opprettet')]));

      assert.deepEqual(await dispatcher.runOnce(), { delivered: 0, projected: 1, retried: 0 });
      clock += 24 * 60 * 60_000;
      await drain(dispatcher);
      assert.equal(calls, 1);
      const item = (await store.get<Envelope<Sak>>('saker', id))!;
      const entry = item.data.outbox[0]!;
      assert.deepEqual([item.data.value.tittel, entry.id, entry.attempts, col(item, PENDING_COLUMN)], ['Sak', data.outbox[0]!.id, 1, 0]);
      assert.match(entry.dead!.reason, /ItemTooLargeError/);
      assert.deepEqual(log.warn.args.map(([obj]) => [obj.itemId, obj.entryId]), [[id, entry.id]]);
      assert.doesNotMatch(JSON.stringify(log.warn.args), /xxx/);
    });

    it('counts each claim as an attempt, so a crash loop in delivery also ends with the entry dead', async () => {
      const { store } = sut();
      const recorder = recordingHandler(() => 0);
      const { id, data } = await submit(store, 'krasjlokke', envelope<Sak>({ tittel: 'Sak', sent: [] }, [outboxEntry()]));
      for (let round = 1; round <= 9; round++) {
        // Write 1 is the claim (or, in the last round, the dead mark); the process dies at write 2, the "done" write.
        const crashing = crashingStore(store, 2, 'before');
        const restarted = new OutboxDispatcher({ store: crashing, handlers: { saker: recorder.handler }, now: () => new Date(T0 + round * (LEASE_MS + 1000)), leaseMs: LEASE_MS });
        await drain(restarted).catch((err: unknown) => {
          if (!(err instanceof SimulatedCrash)) throw err;
        });
        if (round === 1) assert.equal((await store.get<Envelope<Sak>>('saker', id))!.data.outbox[0]!.attempts, 1, 'the crash loop is visible');
      }
      const item = (await store.get<Envelope<Sak>>('saker', id))!;
      assert.equal(recorder.times(data.outbox[0]!.id), 8);
      assert.deepEqual([item.data.outbox[0]!.attempts, item.data.outbox[0]!.dead !== undefined, col(item, PENDING_COLUMN)], [8, true, 0]);
    });

    it('refuses a handler for a list that has no outbox', () => {
      assert.throws(() => new OutboxDispatcher({ store: sut().store, handlers: { revisjonslogg: async () => ({ done: true }) } }), /revisjonslogg/);
    });
  });
}
