/**
 * Reading Entra ID through Microsoft Graph: the same client stack as the SharePoint store
 * (msal-node client credentials, graph-client with its RetryHandler, our Gateway for dropped
 * connections). Application permissions, least privilege: GroupMember.Read.All for
 * /groups/delta with members, User.Read.All for /users/delta (docs/organisasjon.md says why).
 */
import { Gateway } from '../../store/sharepoint/gateway';
import { DEFAULT_GRAPH_BASE_URL, createGraphClient, type GraphAuthOptions } from '../../store/sharepoint/graphClient';

/** One page of a delta round. */
export interface DeltaSide {
  value: Record<string, unknown>[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

export interface Katalog {
  /** Graph's base URL (…/v1.0): where a delta round starts. */
  readonly baseUrl: string;
  side(url: string): Promise<DeltaSide>;
  /** Several pages at once: the first pages of a sync's rounds, in one $batch request per 20. */
  sider(urls: readonly string[]): Promise<DeltaSide[]>;
}

/** Graph's $batch holds at most 20 requests. */
const MAKS_BATCH = 20;

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

/** Follows one delta round to its end (from its first page, when already read): every page's entries, and the deltaLink for the next round. */
export async function lesRunde(katalog: Katalog, url: string, hver: (entry: Record<string, unknown>) => void, forste?: DeltaSide): Promise<string> {
  let neste: string | undefined = url;
  for (let n = 0; ; n++) {
    const side: DeltaSide = n === 0 && forste ? forste : await katalog.side(neste);
    for (const entry of side.value) hver(entry);
    if (side['@odata.deltaLink']) return side['@odata.deltaLink'];
    neste = side['@odata.nextLink'];
    if (!neste) throw new Error('Microsoft Graph ended a delta round without a nextLink or deltaLink');
  }
}

/** `id eq 'a' or id eq 'b'`: the only filter a delta query takes, at most 50 ids. */
export function idFilter(ids: readonly string[]): string {
  return encodeURIComponent(ids.map((id) => `id eq '${id}'`).join(' or '));
}
