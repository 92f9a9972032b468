/**
 * createMany over Graph $batch, SharePoint only (run from sharepoint.test.ts): one round trip for
 * up to 20 creates, sub-requests throttled inside the batch sent again (and only those), and a
 * failure that outlasts the retries (or asks for too long a wait) surfaced as StoreUnavailableError
 * that a repeat completes.
 */
import { HODE_NOKKEL } from '../../src/store/auditChain';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { OutboxDispatcher } from '../../src/outbox/dispatcher';
import { envelope, withPending } from '../../src/store/envelope';
import { StoreUnavailableError, type NewItem } from '../../src/store/port';
import type { Fault } from '../support/graph/faults';
import type { Harness } from '../support/graph/harness';
import type { SiteInfo } from '../support/graph/server';

const items = (n: number, prefix: string): NewItem<{ i: number }>[] => Array.from({ length: n }, (_, i) => ({ key: `${prefix}-${i}`, columns: { SkoleId: 'S-batch' }, data: { i } }));

export function createManyOverBatch(harness: () => Harness): void {
  describe('createMany over $batch', () => {
    let h: Harness;
    before(() => {
      h = harness();
    });

    const count = (route: string) => h.standIn.requests.count(route);
    const batched = () => h.standIn.requests.batchedCount('POST items');
    const storedKeys = (site: SiteInfo, list = 'Saker') => h.standIn.items(list, site.id).map((i) => String(i.fields.Nokkel)).sort();
    /** Faults for the POST sub-requests inside $batch, in the order the stand-in meets them ({} lets one through). */
    const inBatch = (faults: Fault[]) => h.standIn.faults.next(faults.map((f) => ({ route: 'POST items', inBatch: true, ...f })));

    it('projects 5 audit entries with one $batch request', async () => {
      const { site, store } = await h.warmStore();
      const audit = Array.from({ length: 5 }, (_, i) => ({ id: randomUUID(), at: '2025-03-03T08:00:00Z', actor: 'system' as const, action: `steg_${i}` }));
      const env = envelope({ tittel: 'Sak' }, [], audit);
      await store.create('saker', { key: 'revidert', columns: withPending({ SkoleId: 'S1' }, env), data: env });
      h.standIn.requests.reset();

      assert.equal((await new OutboxDispatcher({ store, handlers: {} }).runOnce()).projected, 5);
      // One $batch for the five entries; the one plain POST creates the audit chain's head item
      // (src/store/auditChain.ts), which exists from the first append on.
      assert.deepEqual([count('POST $batch'), count('POST items'), batched()], [1, 1, 5]);
      assert.deepEqual(storedKeys(site, 'Revisjonslogg').filter((k) => k !== HODE_NOKKEL), audit.map((a) => a.id).sort());
    });

    it('sends again only the sub-requests throttled inside the batch, after the largest Retry-After, storing each item once', async () => {
      const { site, store } = await h.warmStore();
      const eight = items(8, 'strupet');
      inBatch([{}, { status: 429, retryAfterSeconds: 0.3 }, {}, {}, { status: 503, retryAfterSeconds: 0.1 }, {}, { status: 504 }]);
      const started = Date.now();
      const results = await store.createMany('saker', eight);
      assert.ok(Date.now() - started >= 300, 'waited for the largest Retry-After');
      assert.deepEqual(results.map((r) => [r.item.key, r.created]), eight.map((i) => [i.key, true]));
      assert.deepEqual([count('POST $batch'), batched()], [2, 8 + 3]);
      assert.deepEqual(storedKeys(site), eight.map((i) => i.key).sort());
      assert.equal(h.standIn.faults.pending, 0);
    });

    it('reports a sub-request throttled past the retries as StoreUnavailableError; the same call again completes it without duplicates', async () => {
      const { site, store } = await h.warmStore({ retry: { maxRetries: 2, delayMs: 1 } });
      const five = items(5, 'opptatt');
      // The 3rd of 5 is answered 503 on the first try and on both retries.
      inBatch([{}, {}, { status: 503, retryAfterSeconds: 0 }, {}, {}, { status: 503, retryAfterSeconds: 0 }, { status: 503, retryAfterSeconds: 0 }]);
      await assert.rejects(store.createMany('saker', five), StoreUnavailableError);
      assert.equal(count('POST $batch'), 3, 'one try and two retries');
      assert.deepEqual(storedKeys(site), ['opptatt-0', 'opptatt-1', 'opptatt-3', 'opptatt-4']);

      const again = await store.createMany('saker', five);
      assert.deepEqual(again.map((r) => r.created), [false, false, true, false, false]);
      assert.deepEqual(storedKeys(site), five.map((i) => i.key).sort());
    });

    it('gives up with StoreUnavailableError instead of sleeping on a Retry-After over a minute; a repeat completes it', async () => {
      const { site, store } = await h.warmStore();
      inBatch([{}, { status: 429, retryAfterSeconds: 86_400 }, {}]);
      const started = Date.now();
      await assert.rejects(store.createMany('saker', items(3, 'lenge')), (err: unknown) => err instanceof StoreUnavailableError && /86400 s/.test(err.message));
      assert.ok(Date.now() - started < 5_000, 'did not sleep on the Retry-After');
      assert.deepEqual([count('POST $batch'), storedKeys(site)], [1, ['lenge-0', 'lenge-2']]);
      assert.deepEqual((await store.createMany('saker', items(3, 'lenge'))).map((r) => r.created), [false, true, false]);
    });

    it('reports a refused sub-request as create would (a plain Error), keeping what landed for a repeat', async () => {
      const { site, store } = await h.warmStore();
      inBatch([{}, { status: 400 }]);
      await assert.rejects(store.createMany('saker', items(3, 'avvist')), (err: unknown) => err instanceof Error && !(err instanceof StoreUnavailableError) && /400/.test(err.message));
      assert.deepEqual(storedKeys(site), ['avvist-0', 'avvist-2']);
      assert.deepEqual((await store.createMany('saker', items(3, 'avvist'))).map((r) => r.created), [false, true, false]);
    });

    it('leaves a throttled $batch request itself to the RetryHandler', async () => {
      const { site, store } = await h.warmStore();
      h.standIn.faults.next({ route: 'POST $batch', status: 429, retryAfterSeconds: 0 });
      assert.deepEqual((await store.createMany('saker', items(3, 'ytre'))).map((r) => r.created), [true, true, true]);
      assert.deepEqual([count('POST $batch'), batched()], [2, 3]);
      assert.equal(storedKeys(site).length, 3);
    });

    it('recognises its own items after the $batch answer was lost and the request repeated', async () => {
      const { site, store } = await h.warmStore();
      h.standIn.faults.next({ route: 'POST $batch', drop: 'after' });
      const results = await store.createMany('saker', items(3, 'tapt'));
      assert.deepEqual(results.map((r) => r.created), [true, true, true]);
      assert.deepEqual([count('POST $batch'), batched()], [2, 6]);
      assert.equal(storedKeys(site).length, 3);
    });
  });
}
