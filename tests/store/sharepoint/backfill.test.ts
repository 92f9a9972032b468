/**
 * Upgrading a SharePoint site (issue 20): cases stored before the `Utvalg` column existed lack it,
 * so Saker's and Oversikt's bounded reads do not find them. The backfill at start pages through
 * the whole list (a filter on the empty column would pass SharePoint's 5,000-item threshold),
 * writes only the column, 20 PATCHes to a $batch with the eTag read, and is idempotent and
 * resumable. Against the Graph stand-in, through the real SharePoint adapter; requests counted.
 */
import { strict as assert } from 'node:assert';
import { listSaker } from '../../../src/app/views/saker';
import type { AppKontekst } from '../../../src/app/kontekst';
import type { Store } from '../../../src/store/port';
import { fyllManglendeUtvalg } from '../../../src/store/sakRepo';
import { lesingerSkrevet } from '../../../src/app/lesLogg';
import { skolensSaker } from '../../../bench/sakerData';
import { DEMO, aktor, kontekstPaa } from '../../support/appKontekst';
import { startHarness, type Harness } from '../../support/graph/harness';
import { updateFields } from '../../support/graph/items';

/** 5,300 cases (past the view threshold): 60 open, the rest closed over 2023–2025. */
const ANTALL = 5300;
const APNE = 60;
const NAA = new Date('2026-11-23T09:00:00Z');
/** Stored by an older version: the open ones, and every 250th closed one. */
const gammel = (i: number) => i < APNE || i % 250 === 0;
const MANGLER = Array.from({ length: ANTALL }, (_, i) => i).filter(gammel).length;

describe('SharePoint: Utvalg filled in on cases stored before it existed (Graph stand-in)', function () {
  this.timeout(120_000);
  let h: Harness;
  let store: Store;
  let ktx: AppKontekst;
  let siteId: string;

  before(async () => {
    h = await startHarness();
    const varm = await h.warmStore();
    store = varm.store;
    siteId = varm.site.id;
    const sak = skolensSaker(ANTALL, APNE, 3);
    h.seed(varm.site.id, 'saker', ANTALL, (i) => {
      const ny = sak(i);
      if (!gammel(i)) return ny;
      const { Utvalg: _utvalg, ...kolonner } = ny.columns;
      return { ...ny, columns: kolonner };
    });
    ktx = await kontekstPaa(store, () => NAA);
  });
  after(async () => {
    await store?.close();
    await h?.close();
  });

  const r = () => h.standIn.requests;
  /** Saker's reads write their audit entries after the answer; counted requests start after them. */
  const stille = async () => {
    await lesingerSkrevet(store);
    for (let n = r().count(); ; n = r().count()) {
      await new Promise((res) => setTimeout(res, 200));
      if (r().count() === n) return;
    }
  };
  const apne = async () => {
    const s = await listSaker(ktx, aktor(DEMO.rektor));
    assert.ok(s.ok, JSON.stringify(!s.ok && s.feil));
    return s.verdi.treff;
  };
  const iAaret = async (skoleaar: string) => {
    const s = await listSaker(ktx, aktor(DEMO.rektor), { skoleår: skoleaar });
    assert.ok(s.ok, JSON.stringify(!s.ok && s.feil));
    return s.verdi.treff;
  };

  it('a stopped run leaves what it wrote; the next completes it, in pages of bounded requests; the cases then show in Saker', async () => {
    assert.equal(await apne(), 0, 'the old open cases are missing from Saker');
    const aarFor = await iAaret('2024-2025');

    // Graph refuses the third page (a permission lost mid-run): the run stops with what it wrote.
    h.standIn.faults.next([{ route: 'GET items' }, { route: 'GET items' }, { route: 'GET items', status: 403 }]);
    await assert.rejects(fyllManglendeUtvalg(store, { pageSize: 1000 }));
    const etterForste = await apne();
    assert.ok(etterForste > 0 && etterForste <= APNE, `the first pages' open cases are in (${etterForste})`);

    await stille();
    r().reset();
    const fylt = await fyllManglendeUtvalg(store, { pageSize: 1000 });
    const lest = r().count('GET items');
    const batcher = r().count('POST $batch');
    assert.equal(lest, Math.ceil(ANTALL / 1000), 'one read per page of 1,000');
    assert.ok(fylt > 0 && fylt < MANGLER, `only the rest is written (${fylt} of ${MANGLER})`);
    assert.equal(r().batchedCount('PATCH fields'), fylt, 'only the missing are written');
    assert.ok(batcher <= Math.ceil(fylt / 20) + lest, `≤ one $batch per 20 writes per page (${batcher})`);
    assert.equal(r().count(), lest + batcher, `nothing else: no item read or written on its own (${JSON.stringify(r().byRoute())})`);

    assert.equal(await apne(), APNE, 'every open case is in Saker');
    assert.ok((await iAaret('2024-2025')) > aarFor, 'and the closed ones in their school year');

    // Again: every case has it; the pages are read, nothing is written.
    await stille();
    r().reset();
    assert.equal(await fyllManglendeUtvalg(store, { pageSize: 1000 }), 0);
    assert.deepEqual([r().count('GET items'), r().count('POST $batch')], [Math.ceil(ANTALL / 1000), 0]);
  });

  it('skips a case written meanwhile (its eTag changed) instead of overwriting what the app wrote', async () => {
    const item = await store.getByKey<unknown>('saker', skolensSaker(ANTALL, APNE, 3)(5250).key!);
    assert.ok(item);
    // Back to the old shape (no Utvalg), as before the upgrade.
    await store.update('saker', { id: item.id, version: item.version, columns: { ...item.columns, Utvalg: null }, data: item.data });
    const liste = h.standIn.data.sites.get(siteId)!.lists.find((l) => l.name === 'Saker')!;
    const rapport = await store.backfill!(
      'saker',
      (k) => {
        if (k.Utvalg) return undefined;
        // The app writes the case between the backfill's read and its PATCH (a new eTag).
        updateFields(liste, item.id, { Utvalg: 'skrevet-av-appen' }, undefined);
        return { Utvalg: 'fra-utfyllingen' };
      },
      ['Utvalg'],
    );
    assert.deepEqual([rapport.written, rapport.skipped], [0, 1]);
    assert.equal((await store.get('saker', item.id))!.columns.Utvalg, 'skrevet-av-appen', 'what the app wrote stands');
  });
});
