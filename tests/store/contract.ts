/**
 * THE store contract: what every Store adapter must do, run unchanged against SQLite and the
 * SharePoint adapter. Ids and versions are opaque strings (SharePoint: numeric ids and eTags);
 * dateTime columns are compared as instants. Kept to a modest number of operations because the
 * SharePoint run goes over HTTPS.
 */
import assert from 'node:assert/strict';
import {
  ConflictError,
  InvalidQueryError,
  ItemTooLargeError,
  MAX_DATA_CHARS,
  NotFoundError,
  type Item,
  type Query,
  type Store,
} from '../../src/store/port';
import { PENDING_COLUMN, type ListName } from '../../src/store/schema';
import { all, col, inChunks, instant, iso } from './contract.helpers';
import { createManyContract } from './contract.createMany';
import { outboxContract } from './contract.outbox';
import { gamleSakerContract } from './contract.gamleSaker';
import { bekreftelseContract } from './contract.bekreftelser';
import { aggregatContract } from './contract.aggregater';

export interface StoreUnderTest {
  store: Store;
  /** Another Store instance on the same data, as a restarted process would open it. */
  reopen?: () => Promise<Store>;
  /** Closes every store handed out (reopened ones too) and removes the data. */
  cleanup: () => Promise<void>;
}

/** Never used by the suite as an existing id: adapters number items from 1. */
const MISSING_ID = '987654321';
const T0 = Date.parse('2025-03-03T08:00:00Z');

interface Note {
  tekst: string;
  n?: number;
}

export function storeContract(name: string, factory: () => Promise<StoreUnderTest>): void {
  describe(`Store contract: ${name}`, function () {
    this.timeout(120_000);
    let sut: StoreUnderTest | undefined;
    let store: Store;

    beforeEach(async () => {
      sut = await factory();
      store = sut.store;
    });
    afterEach(async () => {
      await sut?.cleanup();
      sut = undefined;
    });

    const createSak = (key: string | undefined, columns: Record<string, string | number | null>, data: Note = { tekst: key ?? 'uten nøkkel' }) =>
      store.create<Note>('saker', { key, columns, data });
    const query = (list: ListName, q: Query) => all(store.query<Note>(list, q));

    describe('items', () => {
      it('pings a usable store', async () => {
        await store.ping();
      });

      it('returns a created item by id and by key, with id and version as strings', async () => {
        const { item, created } = await createSak('sak-1', { SkoleId: 'S1', Status: 'ny' }, { tekst: 'Hei', n: 1 });
        assert.equal(created, true);
        assert.equal(typeof item.id, 'string');
        assert.equal(typeof item.version, 'string');
        assert.equal(item.key, 'sak-1');
        assert.deepEqual(item.data, { tekst: 'Hei', n: 1 });
        assert.ok(Math.abs(Date.parse(item.created) - Date.now()) < 10 * 60_000, `created ${item.created} is now`);
        for (const read of [await store.get<Note>('saker', item.id), await store.getByKey<Note>('saker', 'sak-1')]) {
          assert.ok(read);
          assert.equal(read.id, item.id);
          assert.equal(read.version, item.version);
          assert.equal(read.key, 'sak-1');
          assert.equal(col(read, 'SkoleId'), 'S1');
          assert.deepEqual(read.data, { tekst: 'Hei', n: 1 });
        }
      });

      it('creates items without a key, each its own item', async () => {
        const a = await createSak(undefined, { SkoleId: 'S1' });
        const b = await createSak(undefined, { SkoleId: 'S1' });
        assert.notEqual(a.item.id, b.item.id);
        assert.equal(a.item.key, null);
        assert.equal(b.created, true);
      });

      it('stores every column type of the schema: text, number, dateTime (same instant) and empty', async () => {
        const cases = [
          { Ventende: 0, Opprettet: '2025-03-01T08:30:00Z' },
          { Ventende: -2.5, Opprettet: '2025-03-01T09:30:00+01:00' },
          { Ventende: 1_000_000, Opprettet: null },
        ];
        for (const [i, columns] of cases.entries()) {
          const { item } = await createSak(`typer-${i}`, { SkoleId: 'S1', Kanal: 'elev', Saksansvarlig: null, ...columns });
          const read = (await store.get<Note>('saker', item.id))!;
          assert.equal(col(read, 'Kanal'), 'elev');
          assert.equal(col(read, 'Saksansvarlig'), null);
          assert.equal(col(read, 'Ventende'), columns.Ventende);
          assert.equal(instant(read, 'Opprettet'), columns.Opprettet && Date.parse(columns.Opprettet));
        }
      });

      it('refuses a column the list does not have, naming it, and stores nothing', async () => {
        await assert.rejects(createSak('ukjent', { Ukjent: 'x' }), /Ukjent/);
        assert.equal(await store.getByKey('saker', 'ukjent'), undefined);
        const { item } = await createSak('kjent', { SkoleId: 'S1' });
        await assert.rejects(store.update('saker', { id: item.id, version: item.version, columns: { Feilstavet: 'x' }, data: item.data }), /Feilstavet/);
      });

      it('refuses a value of the wrong type for a column', async () => {
        await assert.rejects(createSak('feil-type', { Ventende: 'tolv' }));
      });

      it('returns nothing for an id or key that does not exist', async () => {
        assert.equal(await store.get('saker', MISSING_ID), undefined);
        assert.equal(await store.getByKey('saker', 'finnes-ikke'), undefined);
      });

      it('stores one item when the same key is created twice, and returns the first untouched', async () => {
        const first = await createSak('samme', { SkoleId: 'S1' }, { tekst: 'første' });
        const second = await createSak('samme', { SkoleId: 'S2' }, { tekst: 'andre' });
        assert.equal(second.created, false);
        assert.equal(second.item.id, first.item.id);
        assert.equal(second.item.version, first.item.version);
        assert.deepEqual(second.item.data, { tekst: 'første' });
        assert.equal(col(second.item, 'SkoleId'), 'S1');
        assert.equal((await query('saker', { where: [{ column: 'Nokkel', op: 'eq', value: 'samme' }] })).length, 1);
      });

      it('stores one item when creates with the same key race', async () => {
        const results = await Promise.all(Array.from({ length: 5 }, (_, i) => createSak('kappløp', { SkoleId: 'S1' }, { tekst: `forsøk ${i}` })));
        assert.equal(results.filter((r) => r.created).length, 1);
        assert.equal(new Set(results.map((r) => r.item.id)).size, 1);
        assert.equal((await query('saker', { where: [{ column: 'Nokkel', op: 'eq', value: 'kappløp' }] })).length, 1);
      });

      it('updates with the version read, returning a new version that the next update uses', async () => {
        const { item } = await createSak('endres', { SkoleId: 'S1', Status: 'ny' });
        const once = await store.update<Note>('saker', { id: item.id, version: item.version, columns: { SkoleId: 'S1', Status: 'mottatt' }, data: { tekst: 'én' } });
        assert.equal(once.id, item.id);
        assert.notEqual(once.version, item.version);
        assert.equal(col(once, 'Status'), 'mottatt');
        const twice = await store.update<Note>('saker', { id: once.id, version: once.version, columns: { SkoleId: 'S1', Status: 'lukket' }, data: { tekst: 'to' } });
        const read = (await store.get<Note>('saker', item.id))!;
        assert.equal(read.version, twice.version);
        assert.deepEqual(read.data, { tekst: 'to' });
        assert.equal(col(read, 'Status'), 'lukket');
        assert.equal(read.key, 'endres');
        assert.equal(read.created, item.created);
      });

      it('replaces all columns on update: a column left out becomes empty', async () => {
        const { item } = await createSak('erstatt', { SkoleId: 'S1', Status: 'ny' });
        await store.update('saker', { id: item.id, version: item.version, columns: { SkoleId: 'S1' }, data: item.data });
        assert.equal(col((await store.get('saker', item.id))!, 'Status'), null);
      });

      it('lets exactly one of two updates from the same read win, and never overwrites silently', async () => {
        const { item } = await createSak('konflikt', { SkoleId: 'S1' });
        const write = (tekst: string) => store.update<Note>('saker', { id: item.id, version: item.version, columns: { SkoleId: 'S1' }, data: { tekst } });
        const results = await Promise.allSettled([write('A'), write('B')]);
        const won = results.filter((r): r is PromiseFulfilledResult<Item<Note>> => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        assert.equal(won.length, 1);
        assert.ok(lost[0]!.reason instanceof ConflictError, String(lost[0]!.reason));
        assert.deepEqual((await store.get<Note>('saker', item.id))!.data, won[0]!.value.data);
        await assert.rejects(write('C'), ConflictError);
        assert.deepEqual((await store.get<Note>('saker', item.id))!.data, won[0]!.value.data);
      });

      it('refuses an update of an item that does not exist with NotFoundError', async () => {
        const { item } = await createSak('finnes', { SkoleId: 'S1' });
        await assert.rejects(store.update('saker', { id: MISSING_ID, version: item.version, columns: {}, data: {} }), NotFoundError);
      });

      it('accepts data of exactly MAX_DATA_CHARS as JSON and refuses one more with ItemTooLargeError, storing nothing', async () => {
        const fits = 'x'.repeat(MAX_DATA_CHARS - 2); // JSON adds the two quotes
        const { item } = await store.create<string>('saker', { key: 'stor', columns: {}, data: fits });
        assert.equal((await store.get<string>('saker', item.id))!.data, fits);
        await assert.rejects(store.create('saker', { key: 'for-stor', columns: {}, data: fits + 'x' }), ItemTooLargeError);
        assert.equal(await store.getByKey('saker', 'for-stor'), undefined);
        await assert.rejects(store.update('saker', { id: item.id, version: item.version, columns: {}, data: fits + 'x' }), ItemTooLargeError);
        assert.equal((await store.get('saker', item.id))!.version, item.version);
      });

      it('keeps unicode exactly: æøå, emoji, combining marks, quotes and line breaks', async () => {
        const tekst = 'Æ Ø Å æ ø å «sitat» "dobbel" \\ 👩🏽‍🏫 🏳️‍🌈 e\u0301 \u200b tab\tlinje\r\nslutt';
        const { item } = await createSak('unicode', { SkoleId: 'Skolen på Ås 🏫' }, { tekst });
        assert.deepEqual((await store.get<Note>('saker', item.id))!.data, { tekst });
        const found = await query('saker', { where: [{ column: 'SkoleId', op: 'eq', value: 'Skolen på Ås 🏫' }] });
        assert.deepEqual(found.map((i) => i.id), [item.id]);
      });

      it('never deletes: the port offers no delete, and every item survives updates and conflicts', async () => {
        for (const method of ['delete', 'remove', 'deleteItem', 'destroy']) assert.equal((store as unknown as Record<string, unknown>)[method], undefined);
        const { item } = await createSak('varig', { SkoleId: 'S-varig' });
        const updated = await store.update('saker', { id: item.id, version: item.version, columns: { SkoleId: 'S-varig' }, data: { tekst: 'ny' } });
        await assert.rejects(store.update('saker', { id: item.id, version: item.version, columns: {}, data: {} }), ConflictError);
        const left = await query('saker', { where: [{ column: 'SkoleId', op: 'eq', value: 'S-varig' }] });
        assert.deepEqual(left.map((i) => [i.id, i.version]), [[updated.id, updated.version]]);
      });

      it('keeps every item, version and key after reopening', async function () {
        if (!sut?.reopen) this.skip();
        const made = await inChunks(5, (i) => createSak(`varig-${i}`, { SkoleId: 'S-gjen', Ventende: i }, { tekst: `nr ${i}` }));
        const again = await sut!.reopen!();
        for (const { item } of made) {
          const read = (await again.getByKey<Note>('saker', item.key!))!;
          assert.deepEqual([read.id, read.version, read.data, col(read, 'Ventende')], [item.id, item.version, item.data, col(item, 'Ventende')]);
        }
        await again.update('saker', { id: made[0]!.item.id, version: made[0]!.item.version, columns: {}, data: { tekst: 'etter omstart' } });
      });
    });

    describe('queries', () => {
      const where = (...conditions: Query['where']): Query['where'] => [{ column: 'SkoleId', op: 'eq', value: 'S-q' }, ...conditions];
      const ventende = (items: Item[]) => items.map((i) => col(i, PENDING_COLUMN));

      beforeEach(async () => {
        await inChunks(10, (i) =>
          createSak(`q-${i}`, { SkoleId: 'S-q', Status: i % 2 ? 'b' : 'a', Ventende: i, Opprettet: iso(T0 + i * 3_600_000) }),
        );
        await createSak('annen-skole', { SkoleId: 'S-annen', Status: 'a', Ventende: 3 });
      });

      it('finds by eq, and joins further conditions with AND', async () => {
        assert.equal((await query('saker', { where: where() })).length, 10);
        assert.deepEqual(ventende(await query('saker', { where: where({ column: 'Status', op: 'eq', value: 'b' }), orderBy: { column: PENDING_COLUMN } })), [1, 3, 5, 7, 9]);
        assert.deepEqual(ventende(await query('saker', { where: where({ column: 'Status', op: 'eq', value: 'b' }, { column: PENDING_COLUMN, op: 'lt', value: 5 }), orderBy: { column: PENDING_COLUMN } })), [1, 3]);
      });

      it('compares with ne, lt, le, gt and ge', async () => {
        const count = async (c: Query['where'][number]) => (await query('saker', { where: where(c) })).length;
        assert.equal(await count({ column: 'Status', op: 'ne', value: 'a' }), 5);
        assert.equal(await count({ column: PENDING_COLUMN, op: 'lt', value: 3 }), 3);
        assert.equal(await count({ column: PENDING_COLUMN, op: 'le', value: 3 }), 4);
        assert.equal(await count({ column: PENDING_COLUMN, op: 'gt', value: 7 }), 2);
        assert.equal(await count({ column: PENDING_COLUMN, op: 'ge', value: 7 }), 3);
      });

      it('compares dateTime columns as instants', async () => {
        const found = await query('saker', { where: where({ column: 'Opprettet', op: 'ge', value: iso(T0 + 5 * 3_600_000) }) });
        assert.deepEqual(ventende(found).sort(), [5, 6, 7, 8, 9]);
      });

      it('orders ascending and descending, by number and dateTime, and stops at the limit', async () => {
        assert.deepEqual(ventende(await query('saker', { where: where(), orderBy: { column: PENDING_COLUMN, direction: 'asc' } })), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert.deepEqual(ventende(await query('saker', { where: where(), orderBy: { column: 'Opprettet', direction: 'desc' } })), [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
        assert.deepEqual(ventende(await query('saker', { where: where(), orderBy: { column: PENDING_COLUMN, direction: 'desc' }, limit: 4 })), [9, 8, 7, 6]);
      });

      it('finds an item by its key (Nokkel)', async () => {
        const found = await query('saker', { where: [{ column: 'Nokkel', op: 'eq', value: 'q-4' }] });
        assert.deepEqual(ventende(found), [4]);
      });

      it('allows a column that is not indexed after the first condition', async () => {
        await inChunks(3, (i) =>
          store.create('revisjonslogg', { key: `logg-${i}`, columns: { ElementId: 'e-1', Handling: i === 1 ? 'lukket' : 'opprettet', Tidspunkt: iso(T0) }, data: {} }),
        );
        const found = await query('revisjonslogg', { where: [{ column: 'ElementId', op: 'eq', value: 'e-1' }, { column: 'Handling', op: 'eq', value: 'lukket' }] });
        assert.deepEqual(found.map((i) => i.key), ['logg-1']);
      });

      it('refuses a query without a first condition on an indexed column with InvalidQueryError', async () => {
        await assert.rejects(async () => query('revisjonslogg', { where: [{ column: 'Handling', op: 'eq', value: 'x' }] }), InvalidQueryError);
        await assert.rejects(async () => query('saker', { where: [] }), InvalidQueryError);
      });

      it('refuses unknown columns in conditions and ordering with InvalidQueryError', async () => {
        await assert.rejects(async () => query('saker', { where: [{ column: 'Finnes', op: 'eq', value: 'x' }] }), InvalidQueryError);
        await assert.rejects(async () => query('saker', { where: where({ column: 'Finnes', op: 'eq', value: 'x' }) }), InvalidQueryError);
        await assert.rejects(async () => query('saker', { where: where(), orderBy: { column: 'Finnes' } }), InvalidQueryError);
      });
    });

    describe('paging', () => {
      const COUNT = 650;

      it(`streams all of ${COUNT} items across pages: every one once, in order (ties included), up to a limit`, async () => {
        await inChunks(COUNT, (i) => createSak(`p-${i}`, { SkoleId: 'S-side', Status: i % 2 ? 'b' : 'a', Ventende: i }, { tekst: `${i}` }));
        const first = { column: 'SkoleId', op: 'eq' as const, value: 'S-side' };

        const everything = await query('saker', { where: [first] });
        assert.equal(new Set(everything.map((i) => i.id)).size, COUNT);

        const descending = await query('saker', { where: [first], orderBy: { column: PENDING_COLUMN, direction: 'desc' } });
        assert.deepEqual(descending.map((i) => col(i, PENDING_COLUMN)), Array.from({ length: COUNT }, (_, i) => COUNT - 1 - i));

        const byTies = await query('saker', { where: [first], orderBy: { column: 'Status' }, limit: 620 });
        assert.equal(new Set(byTies.map((i) => i.id)).size, 620);
        const statuses = byTies.map((i) => col(i, 'Status'));
        assert.deepEqual(statuses, [...statuses].sort());
        assert.equal(statuses.filter((s) => s === 'a').length, COUNT / 2);
      });
    });

    createManyContract(() => sut!);
    outboxContract(() => sut!);
    gamleSakerContract(() => sut!);
    bekreftelseContract(() => sut!);
    aggregatContract(() => sut!);
  });
}
