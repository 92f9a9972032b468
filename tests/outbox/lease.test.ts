/**
 * A crash does not hold back «straks»: the claim a dead run left on an entry is taken over at once
 * by the next run of the same instance, and by another instance as soon as the dead one's heartbeat
 * has stopped (three missed beats, well inside the lease); a live instance's claim is never taken,
 * and a peer that never beat is left to the lease. Real dispatcher, real SQLite store; the crash is a handler
 * that never returns (the process died after claiming).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OutboxDispatcher } from '../../src/outbox/dispatcher';
import { DOD_ETTER_MS, HJERTESLAG_MS } from '../../src/outbox/hjerteslag';
import { envelope, withPending, type Claimant, type Envelope } from '../../src/store/envelope';
import { type DeliveryHandler } from '../../src/outbox/handler';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/SqliteStore';

const NOW = new Date('2026-03-14T22:00:00Z');
const LEASE_MS = 2 * 60_000;

describe('outbox: claims left by a crash', () => {
  let dir: string;
  let store: SqliteStore;
  let sent: string[];
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'skolemiljo-lease-'));
    store = await openSqliteStore({ dataDir: dir });
    sent = [];
    const env = envelope({ tittel: 'Sak' }, [{ id: 'e1', kind: 'varsel', to: 'rektor', created: NOW.toISOString(), attempts: 0 }]);
    await store.create('saker', { key: 'straks', columns: withPending({ SkoleId: 'S1' }, env), data: env });
  });
  afterEach(async () => {
    await store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const delivers: DeliveryHandler<unknown> = async (entry) => {
    sent.push(entry.id);
    return { done: true };
  };
  const dispatcher = (claimant: Claimant | undefined, handler = delivers, now = NOW) =>
    new OutboxDispatcher({ store, handlers: { saker: handler }, now: () => now, leaseMs: LEASE_MS, ...(claimant ? { claimant } : {}) });

  /** Run 1 of instance 'app-1' claims the entry and dies in the handler (never returns). */
  const crashAfterClaim = async (beatFirst = false) => {
    let claimed!: () => void;
    const reached = new Promise<void>((r) => (claimed = r));
    const doomed = dispatcher({ instance: 'app-1', run: 'run-1' }, () => {
      claimed();
      return new Promise(() => undefined);
    });
    if (beatFirst) await doomed.hjerteslag();
    void doomed.runOnce();
    await reached;
    const item = (await store.getByKey<Envelope<unknown>>('saker', 'straks'))!;
    assert.deepEqual(item.data.outbox[0]!.claimedBy, { instance: 'app-1', run: 'run-1' });
  };

  it('is taken over at once by the restarted instance', async () => {
    await crashAfterClaim();
    const r = await dispatcher({ instance: 'app-1', run: 'run-2' }).runOnce();
    assert.equal(r.delivered, 1);
    assert.deepEqual(sent, ['e1']);
  });

  it('is left alone by a healthy other instance until the lease runs out', async () => {
    await crashAfterClaim();
    assert.equal((await dispatcher({ instance: 'app-2', run: 'run-1' }).runOnce()).delivered, 0);
    assert.equal((await dispatcher(undefined).runOnce()).delivered, 0, 'nor by a dispatcher without a name');
    const afterLease = new Date(NOW.getTime() + LEASE_MS + 1);
    assert.equal((await dispatcher({ instance: 'app-2', run: 'run-1' }, delivers, afterLease).runOnce()).delivered, 1);
    assert.deepEqual(sent, ['e1']);
  });

  it('is never taken over from the same run: a run does not race itself', async () => {
    await crashAfterClaim();
    assert.equal((await dispatcher({ instance: 'app-1', run: 'run-1' }).runOnce()).delivered, 0);
  });

  it('is taken over by another instance as soon as the dead one\'s heartbeat has stopped, before the lease ends', async () => {
    await crashAfterClaim(true);
    const at = (ms: number) => new Date(NOW.getTime() + ms);
    // While app-1 still beats (its last beat is recent), app-2 leaves the claim alone.
    const early = dispatcher({ instance: 'app-2', run: 'run-1' }, delivers, at(HJERTESLAG_MS));
    await early.hjerteslag();
    assert.equal((await early.runOnce()).delivered, 0);
    // app-1 has missed three beats: gone. Well inside the 2-minute lease, app-2 takes the claim over.
    assert.ok(DOD_ETTER_MS + 1000 < LEASE_MS);
    const later = dispatcher({ instance: 'app-2', run: 'run-1' }, delivers, at(DOD_ETTER_MS + 1000));
    await later.hjerteslag();
    assert.equal((await later.runOnce()).delivered, 1);
    assert.deepEqual(sent, ['e1']);
  });

  it('is taken over by another instance at once when the dead one came back as a new run', async () => {
    await crashAfterClaim(true);
    await dispatcher({ instance: 'app-1', run: 'run-2' }, () => new Promise(() => undefined)).hjerteslag();
    const other = dispatcher({ instance: 'app-2', run: 'run-1' });
    await other.hjerteslag();
    assert.equal((await other.runOnce()).delivered, 1);
    assert.deepEqual(sent, ['e1']);
  });

  it('is looked for at once by a survivor whose timer passes had found nothing, as soon as the peer is known gone', async () => {
    let klokke = NOW;
    const survivor = new OutboxDispatcher({ store, handlers: { saker: delivers }, now: () => klokke, leaseMs: LEASE_MS, claimant: { instance: 'app-2', run: 'run-1' } });
    assert.equal((await survivor.runOnce()).delivered, 1); // the list is empty now
    await survivor.runOnce({ idle: true }); // …and known to be
    // app-1 beats, then claims a new item and dies.
    const env = envelope({ tittel: 'Sak' }, [{ id: 'e2', kind: 'varsel', to: 'rektor', created: NOW.toISOString(), attempts: 0 }]);
    await store.create('saker', { key: 'senere', columns: withPending({ SkoleId: 'S1' }, env), data: env });
    let claimed!: () => void;
    const reached = new Promise<void>((r) => (claimed = r));
    const doomed = dispatcher({ instance: 'app-1', run: 'run-1' }, () => (claimed(), new Promise(() => undefined)));
    await doomed.hjerteslag();
    void doomed.deliverItem('saker', (await store.getByKey<Envelope<unknown>>('saker', 'senere'))!);
    await reached;
    klokke = new Date(NOW.getTime() + HJERTESLAG_MS);
    await survivor.hjerteslag();
    assert.equal((await survivor.runOnce({ idle: true })).delivered, 0, 'an idle timer pass skips the list, and app-1 still beats');
    klokke = new Date(NOW.getTime() + DOD_ETTER_MS + HJERTESLAG_MS);
    await survivor.hjerteslag();
    assert.equal((await survivor.runOnce({ idle: true })).delivered, 1, 'app-1 is gone: the next timer pass looks and takes its claim over');
    assert.deepEqual(sent, ['e1', 'e2']);
  });
});
