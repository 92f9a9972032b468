/**
 * wakeEntriesFor on a real (SQLite) store: it wakes only live entries for the person, and a
 * concurrent write is redone on a fresh read (the shared rewrite), never overwritten.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { envelope, pendingCount, withPending, type Envelope, type OutboxEntry } from '../../src/store/envelope';
import { recordWaiting, wakeEntriesFor } from '../../src/outbox/wake';
import type { ItemUpdate, Store } from '../../src/store/port';
import { PENDING_COLUMN } from '../../src/store/schema';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/SqliteStore';

const NOW = new Date('2025-03-03T08:00:00Z');
const LATER = '2025-03-03T09:00:00.000Z';

function entry(id: string, to: string, extra: Partial<OutboxEntry> = {}): OutboxEntry {
  return { id, kind: 'varsel', to, created: NOW.toISOString(), attempts: 1, notBefore: LATER, ...extra };
}

describe('outbox: waking entries for a person', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'skolemiljo-wake-'));
    store = await openSqliteStore({ dataDir: dir });
  });
  afterEach(async () => {
    await store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** An item with these entries, each recorded as waiting for its person (what the dispatcher does when it defers one). */
  const submit = async (key: string, outbox: OutboxEntry[]) => {
    const env = envelope({ tittel: 'Sak' }, outbox);
    const { item } = await store.create('saker', { key, columns: withPending({ SkoleId: 'S1' }, env), data: env });
    for (const e of outbox) await recordWaiting(store, e.to, 'saker', item.id);
    return item;
  };

  it('does not count a dead entry as pending', () => {
    const dead = entry('d', 'p', { dead: { at: NOW.toISOString(), reason: 'ga opp' } });
    assert.equal(pendingCount(envelope({}, [dead, entry('a', 'p')], [])), 1);
    assert.deepEqual(withPending({ SkoleId: 'S1' }, envelope({}, [dead], [])), { SkoleId: 'S1', [PENDING_COLUMN]: 0 });
  });

  it("wakes the person's waiting entries, never a dead one or someone else's", async () => {
    const dead = entry('dod', 'p', { dead: { at: NOW.toISOString(), reason: 'ga opp' } });
    const { id } = await submit('vekk', [dead, entry('levende', 'p'), entry('annen', 'q')]);

    assert.equal(await wakeEntriesFor(store, 'p', NOW), 1);
    const item = (await store.get<Envelope<unknown>>('saker', id))!;
    assert.deepEqual(
      item.data.outbox.map((e) => [e.id, e.notBefore ?? null]),
      [['dod', LATER], ['levende', null], ['annen', LATER]],
    );
    assert.equal(item.columns[PENDING_COLUMN], 2);
  });

  it("reads only the items waiting for the person, never a scan of everyone's pending work", async () => {
    for (let i = 0; i < 30; i++) await submit(`annen-${i}`, [entry(`x${i}`, `q${i}`)]);
    const { id } = await submit('min', [entry('min', 'p')]);
    const lest: string[] = [];
    const tellende = new Proxy(store, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (prop === 'query') lest.push(`query ${String(args[0])}`);
          if (prop === 'get') lest.push(`get ${String(args[0])}/${String(args[1])}`);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    assert.equal(await wakeEntriesFor(tellende, 'p', NOW), 1);
    assert.deepEqual(lest, [`get saker/${id}`]);
    // Woken once: the index forgets it, so opening the chat again reads nothing.
    lest.length = 0;
    assert.equal(await wakeEntriesFor(tellende, 'p', NOW), 0);
    assert.deepEqual(lest, []);
  });

  it('redoes its change on a fresh read when the item was written meanwhile, keeping that write', async () => {
    const { id } = await submit('samtidig', [entry('a', 'p')]);
    let interfered = false;
    // Another writer (a use case) adds an entry for the same person just before wake's write.
    const racing = new Proxy(store, {
      get(target, prop) {
        if (prop === 'update') {
          return async <T>(list: Parameters<Store['update']>[0], u: ItemUpdate<T>) => {
            if (!interfered) {
              interfered = true;
              const current = (await target.get<Envelope<unknown>>(list, u.id))!;
              const env = { ...current.data, outbox: [...current.data.outbox, entry('b', 'p')] };
              await target.update(list, { ...current, columns: withPending(current.columns, env), data: env });
            }
            return target.update(list, u);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

    assert.equal(await wakeEntriesFor(racing, 'p', NOW), 2);
    const item = (await store.get<Envelope<unknown>>('saker', id))!;
    assert.deepEqual(item.data.outbox.map((e) => [e.id, e.notBefore ?? null]), [['a', null], ['b', null]]);
    assert.equal(item.columns[PENDING_COLUMN], 2);
  });
});
