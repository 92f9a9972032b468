/**
 * The createMany half of the store contract: several keyed creates in one call (on SharePoint a
 * $batch of up to 20), each with create's semantics, results in input order, safe to repeat.
 * Part of storeContract (contract.ts).
 */
import assert from 'node:assert/strict';
import { ItemTooLargeError, MAX_DATA_CHARS, StoreUnavailableError, type NewItem, type Store } from '../../src/store/port';
import { all, col } from './contract.helpers';
import type { StoreUnderTest } from './contract';

interface Note {
  tekst: string;
}

const sak = (key: string, tekst = key, skole = 'S-mange'): NewItem<Note> => ({ key, columns: { SkoleId: skole }, data: { tekst } });

async function stored(store: Store, skole = 'S-mange') {
  return all(store.query<Note>('saker', { where: [{ column: 'SkoleId', op: 'eq', value: skole }] }));
}

export function createManyContract(sut: () => StoreUnderTest): void {
  describe('createMany', () => {
    it('creates every new item, answering in input order with items as create returns them', async () => {
      const { store } = sut();
      const results = await store.createMany<Note>('saker', [sak('m-3'), sak('m-1'), sak('m-2')]);
      assert.deepEqual(results.map((r) => [r.item.key, r.created, r.item.data.tekst, col(r.item, 'SkoleId')]), [
        ['m-3', true, 'm-3', 'S-mange'],
        ['m-1', true, 'm-1', 'S-mange'],
        ['m-2', true, 'm-2', 'S-mange'],
      ]);
      for (const { item } of results) {
        const read = (await store.getByKey<Note>('saker', item.key!))!;
        assert.deepEqual([read.id, read.version, read.data], [item.id, item.version, item.data]);
      }
      assert.deepEqual(await store.createMany('saker', []), []);
    });

    it('leaves an existing key untouched and reports it created=false, creating the others', async () => {
      const { store } = sut();
      const { item: before } = await store.create<Note>('saker', sak('finnes', 'første'));
      const results = await store.createMany<Note>('saker', [sak('ny-1'), sak('finnes', 'andre', 'S-annen'), sak('ny-2')]);
      assert.deepEqual(results.map((r) => [r.item.key, r.created]), [['ny-1', true], ['finnes', false], ['ny-2', true]]);
      const existing = results[1]!.item;
      assert.deepEqual([existing.id, existing.version, existing.data, col(existing, 'SkoleId')], [before.id, before.version, { tekst: 'første' }, 'S-mange']);
      assert.equal((await stored(store)).length, 3);
    });

    it('stores one item for a key given twice in one call, the first', async () => {
      const { store } = sut();
      const results = await store.createMany<Note>('saker', [sak('to-ganger', 'første'), sak('en'), sak('to-ganger', 'andre')]);
      assert.deepEqual(results.map((r) => r.created), [true, true, false]);
      assert.equal(results[2]!.item.id, results[0]!.item.id);
      assert.deepEqual(results[2]!.item.data, { tekst: 'første' });
      assert.deepEqual((await stored(store)).map((i) => i.key).sort(), ['en', 'to-ganger']);
    });

    it('stores all of more than 20 items (more than one $batch), and a repeat of the call stores nothing more', async () => {
      const { store } = sut();
      const items = Array.from({ length: 45 }, (_, i) => sak(`stor-${i}`));
      const first = await store.createMany<Note>('saker', items);
      assert.deepEqual(first.map((r) => [r.item.key, r.created]), items.map((i) => [i.key, true]));
      assert.equal(new Set(first.map((r) => r.item.id)).size, 45);

      const again = await store.createMany<Note>('saker', items);
      assert.deepEqual(again.map((r) => r.created), Array(45).fill(false));
      assert.deepEqual(again.map((r) => r.item.id), first.map((r) => r.item.id));
      assert.equal((await stored(store)).length, 45);
    });

    it('refuses a call with an item without a key, or with a bad item, before writing any', async () => {
      const { store } = sut();
      const refused = async (items: NewItem[], check: (err: unknown) => boolean) => {
        await assert.rejects(store.createMany('saker', items), check);
        assert.equal((await stored(store)).length, 0);
      };
      const plainError = (err: unknown) => err instanceof Error && !(err instanceof StoreUnavailableError) && /key/.test(err.message);
      await refused([sak('med-nokkel'), { columns: { SkoleId: 'S-mange' }, data: {} }], plainError);
      await refused([sak('god'), { key: 'ukjent', columns: { SkoleId: 'S-mange', Ukjent: 'x' }, data: {} }], (err) => /Ukjent/.test(String(err)));
      await refused([sak('god'), { key: 'for-stor', columns: { SkoleId: 'S-mange' }, data: 'x'.repeat(MAX_DATA_CHARS) }], (err) => err instanceof ItemTooLargeError);
    });
  });
}
