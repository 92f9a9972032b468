/**
 * Reading Entra ID through Microsoft Graph: the same client stack as the SharePoint store
 * (msal-node client credentials, graph-client with its RetryHandler, our Gateway for dropped
 * connections), built here at the composition root so that src/org does not import the
 * SharePoint adapter. Application permissions, least privilege: GroupMember.Read.All for
 * /groups/delta with members, User.Read.All for /users/delta (docs/organisasjon.md says why).
 */
import { Gateway, GraphFailure } from './store/sharepoint/gateway';
import { DEFAULT_GRAPH_BASE_URL, createGraphClient, type GraphAuthOptions } from './store/sharepoint/graphClient';
import { KatalogFeil, type DeltaSide, type Katalog } from './org/sync/katalog';
import type { Katalogperson, Personkatalog } from './app/org/personsok';

/** Graph's $batch holds at most 20 requests. */
const MAKS_BATCH = 20;

/** The Katalog the sync reads, over Graph (GRAPH_BASE_URL), with retries and a time-out per request. */
export function graphKatalog(opts: { graphBaseUrl?: string; auth: GraphAuthOptions; retry?: { maxRetries: number; delayMs: number }; timeoutMs?: number }): Katalog {
  const baseUrl = (opts.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const retry = opts.retry ?? { maxRetries: 3, delayMs: 3000 };
  const gateway = new Gateway(createGraphClient({ graphBaseUrl: baseUrl, auth: opts.auth, ...retry, timeoutMs: opts.timeoutMs ?? 60_000 }), retry);
  // Graph's refusals reach the sync as KatalogFeil, which it turns into words an administrator can act on.
  const send = <T>(req: Parameters<Gateway['send']>[0]) =>
    gateway.send<T>(req).catch((e: unknown) => {
      throw e instanceof GraphFailure ? new KatalogFeil(e.status, e.message) : e;
    });
  const side = async (url: string) => (await send<DeltaSide>({ method: 'GET', url })).body;
  const sider = async (urls: readonly string[]): Promise<DeltaSide[]> => {
    const ut: DeltaSide[] = [];
    for (let i = 0; i < urls.length; i += MAKS_BATCH) {
      const del = urls.slice(i, i + MAKS_BATCH);
      if (del.length === 1) {
        ut.push(await side(del[0]!));
        continue;
      }
      const requests = del.map((url, j) => ({ id: String(j), method: 'GET', url: url.slice(baseUrl.length) }));
      const { body } = await send<{ responses: { id: string; status: number; body?: DeltaSide }[] }>({ method: 'POST', url: `${baseUrl}/$batch`, body: { requests } });
      const svar = new Map(body.responses.map((r) => [r.id, r]));
      for (const [j, url] of del.entries()) {
        const r = svar.get(String(j));
        if (r && r.status === 200 && r.body) ut.push(r.body);
        // A refusal (no permission, no such group) is Graph's answer, as it would be on its own.
        else if (r && r.status >= 400 && r.status < 500 && r.status !== 429) throw new KatalogFeil(r.status, `Graph svarte ${r.status} i en $batch`);
        // A page the batch could not give (throttled, failed) is asked for on its own, where the Gateway's retries apply.
        else ut.push(await side(url));
      }
    }
    return ut;
  };
  const les = async (url: string) => {
    try {
      return (await send<Record<string, unknown>>({ method: 'GET', url })).body;
    } catch (e) {
      if (e instanceof KatalogFeil && e.status === 404) return undefined;
      throw e;
    }
  };
  return { baseUrl, side, sider, les };
}

/**
 * People search in Entra ID through the same Katalog as the sync:
 * `GET /users?$filter=startswith(displayName,'…') or startswith(givenName,'…') or startswith(surname,'…')`,
 * which Graph supports without advanced query headers. Needs User.Read.All (the sync's permission).
 */
/** A string literal in an OData filter: single quotes doubled. */
const odataTekst = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function graphPersonkatalog(katalog: Katalog): Personkatalog {
  return {
    async sok(tekst, maks) {
      // The first word narrows at Graph; every word must then match the start of a part of the name.
      const ord = tekst.split(/\s+/).filter(Boolean);
      const forste = odataTekst(ord[0] ?? '');
      const filter = ['displayName', 'givenName', 'surname'].map((f) => `startswith(${f},${forste})`).join(' or ');
      const url = `${katalog.baseUrl}/users?$filter=${encodeURIComponent(filter)}&$select=id,displayName,jobTitle&$top=${maks * 3}`;
      const side = await katalog.side(url);
      const treff = (navn: string) => ord.every((o) => navn.toLocaleLowerCase('nb').split(/\s+/).some((d) => d.startsWith(o.toLocaleLowerCase('nb'))));
      return side.value
        .map((u): Katalogperson => ({ oid: String(u.id), navn: String(u.displayName ?? ''), stilling: typeof u.jobTitle === 'string' ? u.jobTitle : '' }))
        .filter((p) => p.navn && treff(p.navn))
        .sort((a, b) => a.navn.localeCompare(b.navn, 'nb'))
        .slice(0, maks);
    },
    // GET /users/{id}: the directory's own name for the object id (404: no such user).
    async get(oid) {
      const u = await katalog.les(`${katalog.baseUrl}/users/${encodeURIComponent(oid)}?$select=id,displayName,jobTitle`);
      return u && typeof u.displayName === 'string' && u.displayName ? { oid: String(u.id), navn: u.displayName, stilling: typeof u.jobTitle === 'string' ? u.jobTitle : '' } : undefined;
    },
  };
}
