/**
 * What SharePoint tests and benches share: a stand-in this process trusts, store options for one
 * of its sites, a freshly provisioned site, and items seeded in the adapter's own field layout.
 */
import { openSharePointStore, type SharePointStoreOptions } from '../../../src/store/sharepoint/SharePointStore';
import { generatedKey, writeFields } from '../../../src/store/sharepoint/fields';
import { provision, provisionContext, type ProvisionContext } from '../../../src/store/sharepoint/provision';
import type { GraphAppAuthOptions } from '../../../src/store/sharepoint/graphClient';
import type { ColumnValue, Store } from '../../../src/store/port';
import { listDef, type ListName } from '../../../src/store/schema';
import { ensureClientCertificate } from './cert';
import { startGraphStandIn, type GraphStandIn, type GraphStandInOptions, type SiteInfo } from './server';
import { trustCertificate } from './tls';

export interface Harness {
  standIn: GraphStandIn;
  /** Certificate credentials (the preferred kind) registered with the stand-in. */
  auth: GraphAppAuthOptions;
  /** The same app with its client secret. */
  secretAuth: GraphAppAuthOptions;
  storeOptions(siteId: string, overrides?: Partial<SharePointStoreOptions>): SharePointStoreOptions;
  openStore(siteId: string, overrides?: Partial<SharePointStoreOptions>): Promise<Store>;
  provisioning(): ProvisionContext;
  /** A new site with every list provisioned (by the provisioning code, over HTTPS). */
  provisionedSite(): Promise<SiteInfo>;
  /** A provisioned site and a store on it whose list ids and token are already fetched; request counts start at 0. */
  warmStore(overrides?: Partial<SharePointStoreOptions>): Promise<{ site: SiteInfo; store: Store }>;
  /** Inserts items straight into a list in the adapter's layout (Title, Nokkel, Data, columns). */
  seed(siteId: string, list: ListName, n: number, make: (i: number) => { key?: string; columns: Record<string, ColumnValue>; data: unknown }): void;
  close(): Promise<void>;
}

export async function startHarness(options: GraphStandInOptions = {}): Promise<Harness> {
  const standIn = await startGraphStandIn(options);
  const untrust = trustCertificate(standIn.certPath);
  const cert = await ensureClientCertificate();
  standIn.auth.addCertificate(cert.certPem);
  const base = { tenantId: standIn.app.tenantId, clientId: standIn.app.clientId, authorityHost: standIn.authorityHost };
  const auth: GraphAppAuthOptions = { ...base, certificate: { thumbprint: cert.thumbprintSha256, privateKeyPem: cert.privateKeyPem } };
  const secretAuth: GraphAppAuthOptions = { ...base, clientSecret: standIn.app.clientSecret };
  // Tests keep delays tiny; production defaults are 3 retries, 3 s, 30 s timeout. The time-out stays at
  // 20 s: it is there to end a hung request, and a busy 2-core machine answered the stand-in's ordinary
  // requests after more than 5 s (tests that are about time-outs set their own).
  const storeOptions = (siteId: string, overrides: Partial<SharePointStoreOptions> = {}): SharePointStoreOptions => ({
    siteId,
    graphBaseUrl: standIn.graphBaseUrl,
    auth,
    retry: { maxRetries: 3, delayMs: 5 },
    timeoutMs: 20_000,
    ...overrides,
  });
  const provisioning = () => provisionContext({ graphBaseUrl: standIn.graphBaseUrl, auth, retry: { maxRetries: 3, delayMs: 5 } });
  const provisionedSite = async () => {
    const site = standIn.createSite();
    await provision(provisioning(), { site: site.id, apply: true, print: () => undefined });
    return site;
  };
  return {
    standIn,
    auth,
    secretAuth,
    storeOptions,
    openStore: (siteId, overrides) => openSharePointStore(storeOptions(siteId, overrides)),
    provisioning,
    provisionedSite,
    warmStore: async (overrides) => {
      const site = await provisionedSite();
      const store = await openSharePointStore(storeOptions(site.id, overrides));
      await store.ping();
      standIn.requests.reset();
      return { site, store };
    },
    seed: (siteId, list, n, make) => {
      const def = listDef(list);
      standIn.seed(
        def.name,
        n,
        (i) => {
          const item = make(i);
          return writeFields(def, item.columns, JSON.stringify(item.data), item.key ?? generatedKey());
        },
        siteId,
      );
    },
    close: async () => {
      await untrust();
      await standIn.close();
    },
  };
}
