/**
 * Graph v1.0 routes for SharePoint sites, lists, columns and items. Each route has a label
 * ('POST items', 'PATCH fields', ...) used to count round trips and to aim faults.
 */
import { type StandInRequest, type StandInResponse, badRequest, notFound } from './http';
import { createItem, deleteItem, fieldsJson, getItem, itemJson, queryItems, updateFields } from './items';
import { type SharePointData, columnJson, listJson, siteJson } from './lists';

export interface Route {
  label: string;
  run: (req: StandInRequest) => StandInResponse;
}

const param = (q: URLSearchParams, name: string): string | undefined => q.get(`$${name}`) ?? q.get(name) ?? undefined;
const expands = (q: URLSearchParams, what: string): boolean => (param(q, 'expand') ?? '').split(',').some((e) => e.trim() === what || e.trim().startsWith(`${what}(`));

function nextLink(req: StandInRequest, skiptoken: string): string {
  const q = new URLSearchParams(req.query);
  q.delete('$skiptoken');
  q.delete('skiptoken');
  q.set('$skiptoken', skiptoken);
  const qs = [...q].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${req.origin}/v1.0${req.path}?${qs}`;
}

/** Finds the route for a Graph path below /v1.0; undefined when there is none. */
export function graphRoute(data: SharePointData, method: string, path: string): Route | undefined {
  // GET /sites/{hostname}:/{server-relative-path}[:] resolves a site URL to its id.
  const byPath = /^\/sites\/([^/:]+):(\/[^:]*):?$/.exec(path);
  if (byPath) {
    if (method !== 'GET') return undefined;
    const [, hostname, serverPath] = byPath as unknown as [string, string, string];
    return { label: 'GET site-by-path', run: () => ({ status: 200, body: siteJson(data.siteByPath(hostname, decodeURIComponent(serverPath))) }) };
  }
  const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (seg[0] !== 'sites' || seg.length < 2) return undefined;
  const site = () => data.site(seg[1] as string);
  const list = () => data.list(site(), seg[3] as string);
  const key = `${method} ${seg.slice(2).map((s, i) => (i % 2 === 1 ? '{}' : s)).join('/')}`;

  switch (key) {
    case 'GET ':
      return { label: 'GET site', run: () => ({ status: 200, body: siteJson(site()) }) };
    case 'GET lists':
      return {
        label: 'GET lists',
        run: (req) => {
          const s = site();
          return { status: 200, body: { value: s.lists.map((l) => listJson(s, l, expands(req.query, 'columns'))) } };
        },
      };
    case 'POST lists':
      return {
        label: 'POST lists',
        run: (req) => {
          const s = site();
          return { status: 201, body: listJson(s, data.createList(s, req.body), true) };
        },
      };
    case 'GET lists/{}':
      return { label: 'GET list', run: (req) => ({ status: 200, body: listJson(site(), list(), expands(req.query, 'columns')) }) };
    case 'GET lists/{}/columns':
      return { label: 'GET columns', run: () => ({ status: 200, body: { value: list().columns.map(columnJson) } }) };
    case 'POST lists/{}/columns':
      return { label: 'POST columns', run: (req) => ({ status: 201, body: columnJson(data.addColumn(list(), req.body)) }) };
    case 'PATCH lists/{}/columns/{}':
      return { label: 'PATCH column', run: (req) => ({ status: 200, body: columnJson(data.updateColumn(list(), seg[5] as string, req.body)) }) };
    case 'GET lists/{}/items':
      return {
        label: 'GET items',
        run: (req) => {
          const l = list();
          const page = queryItems(l, {
            filter: param(req.query, 'filter'),
            orderby: param(req.query, 'orderby'),
            top: param(req.query, 'top'),
            skiptoken: param(req.query, 'skiptoken'),
            honorNonIndexed: (req.headers.prefer ?? '').includes('HonorNonIndexedQueriesWarningMayFailRandomly'),
          });
          const withFields = expands(req.query, 'fields');
          const body: Record<string, unknown> = { value: page.items.map((i) => itemJson(site(), l, i, withFields)) };
          if (page.skiptoken) body['@odata.nextLink'] = nextLink(req, page.skiptoken);
          return { status: 200, body };
        },
      };
    case 'POST lists/{}/items':
      return {
        label: 'POST items',
        run: (req) => {
          const b = req.body as { fields?: unknown } | null;
          if (!b || typeof b !== 'object' || b.fields === undefined) throw badRequest("Property 'fields' is required");
          const l = list();
          return { status: 201, body: itemJson(site(), l, createItem(l, b.fields), true) };
        },
      };
    case 'GET lists/{}/items/{}':
      return { label: 'GET item', run: (req) => ({ status: 200, body: itemJson(site(), list(), getItem(list(), seg[5] as string), expands(req.query, 'fields')) }) };
    case 'GET lists/{}/items/{}/fields':
      return { label: 'GET fields', run: () => ({ status: 200, body: fieldsJson(getItem(list(), seg[5] as string)) }) };
    case 'PATCH lists/{}/items/{}/fields':
      return {
        label: 'PATCH fields',
        run: (req) => ({ status: 200, body: fieldsJson(updateFields(list(), seg[5] as string, req.body, req.headers['if-match'])) }),
      };
    case 'DELETE lists/{}/items/{}':
      return {
        label: 'DELETE item',
        run: (req) => {
          deleteItem(list(), seg[5] as string, req.headers['if-match']);
          return { status: 204 };
        },
      };
    default:
      return undefined;
  }
}

export const unknownRoute = (method: string, path: string): Route => ({
  label: `${method} unknown`,
  run: () => {
    throw notFound(`Resource not found for the segment '${path}'.`);
  },
});
