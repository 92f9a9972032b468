/**
 * Getting a Graph token when the authority drops a connection: msal-node reports only
 * «endpoints_resolution_error» (it swallows the network error of its OpenID configuration request),
 * which is what `npm run bench`'s Graph section met after seeding a large list — a keep-alive
 * socket the stand-in had closed meanwhile. The store tries again rather than reporting Graph
 * unavailable; a sign-in that keeps failing is still reported.
 */
import { strict as assert } from 'node:assert';
import { StoreUnavailableError } from '../../../src/store/port';
import { startHarness, type Harness } from '../../support/graph/harness';

describe('SharePoint store: a token despite a dropped connection to the authority', () => {
  let h: Harness;
  before(async () => (h = await startHarness()));
  after(async () => h.close());
  afterEach(() => h.standIn.faults.clear());

  it('gets its token when the OpenID configuration request or the token request is dropped once', async () => {
    const site = await h.provisionedSite();
    for (const route of ['GET openid-configuration', 'POST token']) {
      h.standIn.faults.next({ route, drop: 'before' });
      const store = await h.openStore(site.id);
      await store.ping();
      assert.equal(h.standIn.faults.pending, 0, `${route}: the dropped request happened`);
      await store.close();
    }
  });

  it('reports Graph unavailable when the authority cannot be reached on any try', async () => {
    const site = await h.provisionedSite();
    h.standIn.faults.next(Array.from({ length: 5 }, () => ({ route: 'GET openid-configuration', drop: 'before' as const })));
    const store = await h.openStore(site.id);
    await assert.rejects(store.ping(), (e: unknown) => e instanceof StoreUnavailableError && /endpoints_resolution_error/.test((e as Error).message));
    await store.close();
  });
});
