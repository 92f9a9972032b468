/**
 * In Azure the app reaches Graph as its managed identity: no secret or certificate. msal-node asks
 * App Service's identity endpoint (IDENTITY_ENDPOINT + IDENTITY_HEADER, here the stand-in's) for a
 * Graph token, and the SharePoint store works with it; a wrong identity is a clear start-up error.
 */
import { strict as assert } from 'node:assert';
import { openSharePointStore } from '../../../src/store/sharepoint/SharePointStore';
import { StoreUnavailableError } from '../../../src/store/port';
import { startHarness, type Harness } from '../../support/graph/harness';

describe('SharePoint store as the Azure managed identity', () => {
  let h: Harness;
  const forrige = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };

  before(async () => {
    h = await startHarness();
    // What App Service sets in every process of a web app with a managed identity.
    process.env.IDENTITY_ENDPOINT = h.standIn.identityEndpoint;
    process.env.IDENTITY_HEADER = h.standIn.auth.identityHeader;
  });
  after(async () => {
    for (const [navn, verdi] of [['IDENTITY_ENDPOINT', forrige.endpoint], ['IDENTITY_HEADER', forrige.header]] as const) {
      if (verdi === undefined) delete process.env[navn];
      else process.env[navn] = verdi;
    }
    await h.close();
  });

  it('stores and reads items with a token from the identity endpoint, asking for it once', async () => {
    const site = await h.provisionedSite();
    const appTokens = h.standIn.auth.tokensIssued;
    const store = await openSharePointStore(h.storeOptions(site.id, { auth: { managedIdentityClientId: h.standIn.auth.managedIdentityClientId } }));
    try {
      const laget = await store.create('samtaler', { key: 'mi-1', columns: { Oid: '00000000-0000-4000-8000-0000000000aa' }, data: { hvem: 'mi' } });
      const lest = await store.get('samtaler', laget.item.id);
      assert.deepEqual(lest?.data, { hvem: 'mi' });
      assert.equal(h.standIn.auth.managedIdentityTokensIssued, 1, 'msal caches the token');
      assert.equal(h.standIn.auth.tokensIssued, appTokens, 'no client-credentials token was asked for');
    } finally {
      await store.close();
    }
  });

  it('with an identity the endpoint does not know, is unavailable and says why', async () => {
    const site = await h.provisionedSite();
    const apnet = openSharePointStore(h.storeOptions(site.id, { auth: { managedIdentityClientId: '11111111-1111-4111-8111-111111111111' } }));
    await assert.rejects(
      apnet.then((s) => s.ping()),
      (e: unknown) => e instanceof StoreUnavailableError && /managed identity: .*Unable to load the proper Managed Identity/.test(e.message),
    );
  });
});
