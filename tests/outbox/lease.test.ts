/**
 * A crash does not hold back «straks»: the claim a dead run left on an entry is taken over at once
 * by the next run of the same instance, while another instance waits out the lease rather than
 * steal work that may be in progress. Real dispatcher, real SQLite store; the crash is a handler
 * that never returns (the process died after claiming).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OutboxDispatcher } from '../../src/outbox/dispatcher';
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
  const crashAfterClaim = async () => {
    let claimed!: () => void;
    const reached = new Promise<void>((r) => (claimed = r));
    void dispatcher({ instance: 'app-1', run: 'run-1' }, () => {
      claimed();
      return new Promise(() => undefined);
    }).runOnce();
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
});
