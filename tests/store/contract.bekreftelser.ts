/**
 * The bekreftelser half of the store contract: the yearly confirmation aggregate
 * (src/store/bekreftelseRepo.ts) on the adapter under test — one record per person, school, school
 * year and text version, found per school and year and per person and year. Part of storeContract.
 */
import assert from 'node:assert/strict';
import type { Bekreftelse } from '../../src/domain/bekreftelse';
import { bekreftelserVed, saveBekreftelse, mineBekreftelser } from '../../src/store/bekreftelseRepo';
import type { StoreUnderTest } from './contract';

const b = (oid: string, skoleId: string, skolear: string, tekstversjon: string, tid = '2026-09-01T08:00:00.000Z'): Bekreftelse => ({ oid, skoleId, skolear, tekstversjon, tid });

export function bekreftelseContract(sut: () => StoreUnderTest): void {
  describe('bekreftelser', () => {
    it('stores one record for the same person, school, year and version, keeping the first time', async () => {
      const { store } = sut();
      const forste = await saveBekreftelse(store, b('p1', 'S1', '2026-2027', 'v1'));
      const andre = await saveBekreftelse(store, b('p1', 'S1', '2026-2027', 'v1', '2026-09-02T08:00:00.000Z'));
      assert.equal(forste.ny, true);
      assert.equal(andre.ny, false);
      assert.equal(andre.bekreftelse.tid, '2026-09-01T08:00:00.000Z');
      assert.equal((await bekreftelserVed(store, 'S1', '2026-2027')).length, 1);
    });

    it('keeps a new text version, another school and another year apart, and finds them per school/year and per person/year', async () => {
      const { store } = sut();
      await saveBekreftelse(store, b('p1', 'S1', '2026-2027', 'v1'));
      await saveBekreftelse(store, b('p1', 'S1', '2026-2027', 'v2'));
      await saveBekreftelse(store, b('p1', 'S2', '2026-2027', 'v2'));
      await saveBekreftelse(store, b('p2', 'S1', '2026-2027', 'v2'));
      await saveBekreftelse(store, b('p1', 'S1', '2027-2028', 'v2'));
      const ved = (await bekreftelserVed(store, 'S1', '2026-2027')).map((x) => `${x.oid}/${x.tekstversjon}`).sort();
      assert.deepEqual(ved, ['p1/v1', 'p1/v2', 'p2/v2']);
      const mine = (await mineBekreftelser(store, 'p1', '2026-2027')).map((x) => `${x.skoleId}/${x.tekstversjon}`).sort();
      assert.deepEqual(mine, ['S1/v1', 'S1/v2', 'S2/v2']);
    });

    it('keeps the language the duties were read in, and reads a record from before languages without one (issue 24)', async () => {
      const { store } = sut();
      await saveBekreftelse(store, { ...b('p1', 'S1', '2026-2027', 'v1'), sprak: 'nn' });
      await saveBekreftelse(store, b('p2', 'S1', '2026-2027', 'v1'));
      const ved = await bekreftelserVed(store, 'S1', '2026-2027');
      assert.equal(ved.find((x) => x.oid === 'p1')?.sprak, 'nn');
      assert.equal(ved.find((x) => x.oid === 'p2')?.sprak, undefined);
      assert.equal((await mineBekreftelser(store, 'p1', '2026-2027'))[0]?.sprak, 'nn');
    });
  });
}
