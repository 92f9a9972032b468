/**
 * Reading Entra ID through Microsoft Graph: the same client stack as the SharePoint store
 * (msal-node client credentials, graph-client with its RetryHandler, our Gateway for dropped
 * connections), built here at the composition root so that src/org does not import the
 * SharePoint adapter. Application permissions, least privilege: GroupMember.Read.All for
 * /groups/delta with members, User.Read.All for /users/delta (docs/organisasjon.md says why).
 */
import { Gateway } from './store/sharepoint/gateway';
import { DEFAULT_GRAPH_BASE_URL, createGraphClient, type GraphAuthOptions } from './store/sharepoint/graphClient';
import type { DeltaSide, Katalog } from './org/synk/katalog';

/** The Katalog the sync reads, over Graph (GRAPH_BASE_URL), with retries and a time-out per request. */
export function graphKatalog(opts: { graphBaseUrl?: string; auth: GraphAuthOptions; retry?: { maxRetries: number; delayMs: number }; timeoutMs?: number }): Katalog {
  const baseUrl = (opts.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const retry = opts.retry ?? { maxRetries: 3, delayMs: 3000 };
  const gateway = new Gateway(createGraphClient({ graphBaseUrl: baseUrl, auth: opts.auth, ...retry, timeoutMs: opts.timeoutMs ?? 60_000 }), retry);
  return { baseUrl, side: async (url) => (await gateway.send<DeltaSide>({ method: 'GET', url })).body };
}

