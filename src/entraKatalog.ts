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

/** Graph's $batch holds at most 20 requests. */
const MAKS_BATCH = 20;

/** The Katalog the sync reads, over Graph (GRAPH_BASE_URL), with retries and a time-out per request. */
export function graphKatalog(opts: { graphBaseUrl?: string; auth: GraphAuthOptions; retry?: { maxRetries: number; delayMs: number }; timeoutMs?: number }): Katalog {
  const baseUrl = (opts.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const retry = opts.retry ?? { maxRetries: 3, delayMs: 3000 };
  const gateway = new Gateway(createGraphClient({ graphBaseUrl: baseUrl, auth: opts.auth, ...retry, timeoutMs: opts.timeoutMs ?? 60_000 }), retry);
  const side = async (url: string) => (await gateway.send<DeltaSide>({ method: 'GET', url })).body;
  const sider = async (urls: readonly string[]): Promise<DeltaSide[]> => {
    const ut: DeltaSide[] = [];
    for (let i = 0; i < urls.length; i += MAKS_BATCH) {
      const del = urls.slice(i, i + MAKS_BATCH);
      if (del.length === 1) {
        ut.push(await side(del[0]!));
        continue;
      }
      const requests = del.map((url, j) => ({ id: String(j), method: 'GET', url: url.slice(baseUrl.length) }));
      const { body } = await gateway.send<{ responses: { id: string; status: number; body?: DeltaSide }[] }>({ method: 'POST', url: `${baseUrl}/$batch`, body: { requests } });
      const svar = new Map(body.responses.map((r) => [r.id, r]));
      // A page the batch could not give (throttled, failed) is asked for on its own, where the Gateway's retries apply.
      for (const [j, url] of del.entries()) {
        const r = svar.get(String(j));
        ut.push(r && r.status === 200 && r.body ? r.body : await side(url));
      }
    }
    return ut;
  };
  return { baseUrl, side, sider };
}
