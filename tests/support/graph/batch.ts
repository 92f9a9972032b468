/**
 * POST /v1.0/$batch: at most 20 requests, each answered with its own status; a request whose
 * `dependsOn` failed is answered 424 without running. Requests run in order (the real service
 * may run independent ones in any order; dependsOn is the only ordering a client may rely on).
 */
import { type StandInRequest, type StandInResponse, badRequest, errorResponse } from './http';

export const MAX_BATCH_REQUESTS = 20;

interface BatchPart {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export type Dispatch = (req: StandInRequest) => Promise<StandInResponse>;

function parseParts(body: unknown): BatchPart[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) throw badRequest('Invalid batch payload: requests must be a non-empty array.');
  if (requests.length > MAX_BATCH_REQUESTS) throw badRequest(`Invalid batch payload: the number of requests exceeds the maximum of ${MAX_BATCH_REQUESTS}.`);
  const seen = new Set<string>();
  return requests.map((r: unknown) => {
    const p = r as Partial<BatchPart>;
    if (typeof p.id !== 'string' || typeof p.method !== 'string' || typeof p.url !== 'string') {
      throw badRequest('Invalid batch payload: every request needs id, method and url.');
    }
    if (seen.has(p.id)) throw badRequest(`Invalid batch payload: duplicate request id '${p.id}'.`);
    for (const d of p.dependsOn ?? []) {
      if (!seen.has(d)) throw badRequest(`Invalid batch payload: request '${p.id}' depends on unknown request '${d}'.`);
    }
    seen.add(p.id);
    return p as BatchPart;
  });
}

export async function runBatch(outer: StandInRequest, dispatch: Dispatch): Promise<StandInResponse> {
  const parts = parseParts(outer.body);
  const statuses = new Map<string, number>();
  const responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: unknown }> = [];
  for (const part of parts) {
    const failed = (part.dependsOn ?? []).find((d) => {
      const s = statuses.get(d) ?? 0;
      return s < 200 || s > 299;
    });
    let res: StandInResponse;
    if (failed !== undefined) {
      res = errorResponse(424, 'failedDependency', `Request '${part.id}' depends on request '${failed}', which failed.`);
    } else {
      // The SDK sends URLs with the version ('/v1.0/sites/...'); the docs show them without.
      const url = new URL(part.url.replace(/^\/?(v1\.0|beta)(?=\/)/, ''), 'https://batch.invalid/');
      const headers = Object.fromEntries(Object.entries(part.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
      res = await dispatch({ method: part.method.toUpperCase(), path: url.pathname, query: url.searchParams, headers, body: part.body, origin: outer.origin });
    }
    statuses.set(part.id, res.status);
    responses.push({ id: part.id, status: res.status, headers: { 'Content-Type': 'application/json', ...(res.headers ?? {}) }, ...(res.body !== undefined ? { body: res.body } : {}) });
  }
  return { status: 200, body: { responses } };
}
