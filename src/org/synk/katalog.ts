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
}

export function graphKatalog(opts: { graphBaseUrl?: string; auth: GraphAuthOptions; retry?: { maxRetries: number; delayMs: number }; timeoutMs?: number }): Katalog {
  const baseUrl = (opts.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const retry = opts.retry ?? { maxRetries: 3, delayMs: 3000 };
  const gateway = new Gateway(createGraphClient({ graphBaseUrl: baseUrl, auth: opts.auth, ...retry, timeoutMs: opts.timeoutMs ?? 60_000 }), retry);
  return { baseUrl, side: async (url) => (await gateway.send<DeltaSide>({ method: 'GET', url })).body };
}

/** Follows one delta round to its end: every page's entries, and the deltaLink for the next round. */
export async function lesRunde(katalog: Katalog, url: string, hver: (entry: Record<string, unknown>) => void): Promise<string> {
  let neste: string | undefined = url;
  for (;;) {
    const side: DeltaSide = await katalog.side(neste);
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
