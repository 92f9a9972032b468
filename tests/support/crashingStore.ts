/**
 * A Store that "crashes the process" on its crashAt-th write (create, createMany or update), to
 * test that every crash point loses nothing. 'before': the write never reaches the inner store.
 * 'after': the write is stored but the caller never learns it. A createMany is one write, and
 * 'after' lands all of its items (the partly landed case is the adapters' own contract). Once
 * crashed, the wrapper is dead: every later call throws too, as a crashed process makes no more calls.
 */
import type { Item, ItemUpdate, NewItem, Query, Store } from '../../src/store/port';
import type { ListName } from '../../src/store/schema';

export class SimulatedCrash extends Error {
  constructor(readonly write: number) {
    super(`Simulated crash at write ${write}`);
  }
}

export interface CrashingStore extends Store {
  /** Writes attempted so far, the crashing one included. */
  readonly writes: number;
  /** Each write attempted, in order (index 0 is write 1): its list and, for an update, the item. */
  readonly log: readonly { list: ListName; op: 'create' | 'createMany' | 'update'; id?: string }[];
  readonly crashed: boolean;
}

export function crashingStore(inner: Store, crashAt: number, mode: 'before' | 'after'): CrashingStore {
  let writes = 0;
  let crashed = false;
  const log: { list: ListName; op: 'create' | 'createMany' | 'update'; id?: string }[] = [];

  const alive = () => {
    if (crashed) throw new SimulatedCrash(crashAt);
  };
  async function write<R>(what: (typeof log)[number], perform: () => Promise<R>): Promise<R> {
    alive();
    writes++;
    log.push(what);
    if (writes !== crashAt) return perform();
    crashed = true;
    if (mode === 'after') await perform();
    throw new SimulatedCrash(crashAt);
  }

  return {
    kind: inner.kind,
    get writes() {
      return writes;
    },
    log,
    get crashed() {
      return crashed;
    },
    ping: async () => {
      alive();
      return inner.ping();
    },
    create: <T>(list: ListName, item: NewItem<T>) => write({ list, op: 'create' }, () => inner.create(list, item)),
    createMany: <T>(list: ListName, items: NewItem<T>[]) => write({ list, op: 'createMany' }, () => inner.createMany(list, items)),
    update: <T>(list: ListName, update: ItemUpdate<T>) => write({ list, op: 'update', id: update.id }, () => inner.update(list, update)),
    get: async <T>(list: ListName, id: string) => {
      alive();
      return inner.get<T>(list, id);
    },
    getByKey: async <T>(list: ListName, key: string) => {
      alive();
      return inner.getByKey<T>(list, key);
    },
    query: <T>(list: ListName, query: Query): AsyncIterable<Item<T>> => ({
      async *[Symbol.asyncIterator]() {
        for await (const item of inner.query<T>(list, query)) {
          alive();
          yield item;
        }
      },
    }),
    close: () => inner.close(),
  };
}
