/**
 * A local Microsoft Graph endpoint for SharePoint lists: a real HTTPS server on 127.0.0.1 with a
 * random port, so the production client stack (msal-node, graph-client, Node's fetch/TLS) runs
 * unchanged against it. Not a mock: it keeps state, enforces SharePoint's rules and limits,
 * authenticates, and fails on request (faults) the way the real service fails.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { AuthServer, type AppRegistration } from './auth';
import { runBatch } from './batch';
import { ensureTestCert } from './cert';
import { Directory } from './directory';
import { AUTH_ROUTES, FaultController, RequestLog, type Fault } from './faults';
import { GraphHttpError, type StandInRequest, type StandInResponse, badRequest, errorResponse } from './http';
import { eTag, seedItems } from './items';
import { type FieldValue, type List, SharePointData, type Site } from './lists';
import { type Route, graphRoute, unknownRoute } from './routes';

export interface SiteInfo {
  id: string;
  hostname: string;
  path: string;
  webUrl: string;
}

export interface GraphStandInOptions {
  /** Seed for fault randomness. */
  seed?: number;
  tokenLifetimeSeconds?: number;
}

export interface GraphStandIn {
  /** https://127.0.0.1:PORT */
  readonly origin: string;
  /** origin + /v1.0: the adapter's graphBaseUrl. */
  readonly graphBaseUrl: string;
  /** The authority host (login.microsoftonline.com's role). */
  readonly authorityHost: string;
  /** App Service's managed identity endpoint (IDENTITY_ENDPOINT; its IDENTITY_HEADER is auth.identityHeader). */
  readonly identityEndpoint: string;
  /** The app registration it accepts (client secret; add certificates with auth.addCertificate). */
  readonly app: AppRegistration;
  /** The self-signed certificate to trust. */
  readonly certPath: string;
  /** A site that exists from the start. */
  readonly site: SiteInfo;
  readonly faults: FaultController;
  readonly requests: RequestLog;
  readonly auth: AuthServer;
  readonly data: SharePointData;
  /** Entra ID: users, groups, members and their delta queries. */
  readonly directory: Directory;
  createSite(path?: string): SiteInfo;
  /** Inserts n items straight into a list (no HTTP), for large benches. */
  seed(list: string, n: number, fieldsFn: (i: number) => Record<string, unknown>, siteId?: string): void;
  /** The list's items as stored, for assertions that must not go through the adapter. */
  items(list: string, siteId?: string): Array<{ id: string; eTag: string; fields: Record<string, FieldValue> }>;
  close(): Promise<void>;
}

const HOSTNAME = 'contoso.sharepoint.com';
const MANAGED_IDENTITY_PATH = '/msi/token';

function sleep(ms: number): Promise<void> {
  // unref: a slow answer still pending must not keep a finished test process alive.
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, r: StandInResponse): void {
  if (res.destroyed || res.writableEnded) return;
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  let payload: string | undefined;
  if (r.body !== undefined && r.status !== 204) {
    payload = JSON.stringify(r.body);
    headers['Content-Type'] = 'application/json; odata.metadata=minimal; charset=utf-8';
  }
  res.writeHead(r.status, headers);
  res.end(payload);
}

function run(route: Route, req: StandInRequest): StandInResponse {
  try {
    return route.run(req);
  } catch (err) {
    if (err instanceof GraphHttpError) return err.toResponse();
    throw err;
  }
}

function faultResponse(f: Fault): StandInResponse {
  const retryAfter = f.retryAfterSeconds !== undefined ? { 'Retry-After': String(f.retryAfterSeconds) } : undefined;
  const status = f.status as number;
  if (status === 429) return errorResponse(429, 'activityLimitReached', 'The request has been throttled', retryAfter);
  if (status === 503) return errorResponse(503, 'serviceNotAvailable', 'Service Unavailable', retryAfter);
  if (status === 504) return errorResponse(504, 'gatewayTimeout', 'Gateway Timeout', retryAfter);
  return errorResponse(status, 'generalException', 'Injected failure', retryAfter);
}

export async function startGraphStandIn(options: GraphStandInOptions = {}): Promise<GraphStandIn> {
  const { certPath, keyPath } = await ensureTestCert();
  const data = new SharePointData();
  const directory = new Directory();
  const routeFor = (method: string, path: string): Route | undefined => directory.route(method, path) ?? graphRoute(data, method, path);
  const faults = new FaultController(options.seed ?? 1);
  const requests = new RequestLog();
  const defaultSite = data.createSite(HOSTNAME, '/sites/skolemiljo', 'Skolemiljø');
  // Both known only once the server listens (the port is part of every URL it hands out).
  const bound: { origin: string; auth?: AuthServer } = { origin: '' };

  /** Runs one Graph request (top-level or inside $batch) after authentication. */
  const dispatch = async (req: StandInRequest, inBatch: boolean): Promise<StandInResponse> => {
    const route = routeFor(req.method, req.path) ?? unknownRoute(req.method, req.path);
    if (inBatch) {
      requests.record(route.label, true);
      const fault = faults.decide(route.label, true);
      if (fault?.status) return faultResponse(fault);
    }
    return run(route, req);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', bound.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const a = bound.auth as AuthServer;

    const oidc = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    const isGraph = url.pathname.startsWith('/v1.0/');
    const graphPath = url.pathname.slice('/v1.0'.length);
    const label = oidc && method === 'GET'
      ? 'GET openid-configuration'
      : token && method === 'POST'
        ? 'POST token'
        : isGraph && graphPath === '/$batch' && method === 'POST'
          ? 'POST $batch'
          : isGraph
            ? (routeFor(method, graphPath) ?? unknownRoute(method, graphPath)).label
            : `${method} unknown`;
    requests.record(label);

    if (url.pathname === MANAGED_IDENTITY_PATH && method === 'GET') {
      send(res, a.managedIdentityToken(url.searchParams, headers));
      return;
    }
    if (AUTH_ROUTES.has(label)) {
      if (faults.decideAuth(label)?.drop) {
        req.socket.destroy();
        return;
      }
      const tenant = ((oidc ?? token) as RegExpExecArray)[1] as string;
      send(res, label === 'POST token' ? a.token(tenant, new URLSearchParams(raw.toString('utf8'))) : a.openIdConfiguration(tenant));
      return;
    }
    if (!isGraph) {
      send(res, errorResponse(404, 'itemNotFound', 'Not found'));
      return;
    }

    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const fault = faults.decide(label);
    if (fault?.drop === 'before') {
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      send(res, faultResponse(fault));
      return;
    }

    const problem = a.checkBearer(headers.authorization);
    let response: StandInResponse;
    if (problem) {
      response = errorResponse(401, 'InvalidAuthenticationToken', problem, { 'WWW-Authenticate': 'Bearer realm="", error="invalid_token"' });
    } else {
      let body: unknown;
      try {
        body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        body = Symbol.for('invalid-json');
      }
      const sreq: StandInRequest = { method, path: graphPath, query: url.searchParams, headers, body, origin: bound.origin };
      if (typeof body === 'symbol') response = badRequest('Unable to read JSON request payload.').toResponse();
      else if (label === 'POST $batch') {
        try {
          response = await runBatch(sreq, (sub) => dispatch(sub, true));
        } catch (err) {
          if (!(err instanceof GraphHttpError)) throw err;
          response = err.toResponse();
        }
      } else response = await dispatch(sreq, false);
    }

    if (fault?.drop === 'after') {
      req.socket.destroy();
      return;
    }
    if (fault?.delayMs) await sleep(fault.delayMs);
    send(res, response);
  };

  const server = createServer({ cert: await readFile(certPath), key: await readFile(keyPath) }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, errorResponse(500, 'generalException', `Stand-in failure: ${(err as Error).message}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  bound.origin = origin;
  const app: AppRegistration = { tenantId: randomUUID(), clientId: randomUUID(), clientSecret: `secret-${randomUUID()}` };
  const auth = new AuthServer(origin, app, options.tokenLifetimeSeconds ?? 3599);
  bound.auth = auth;

  const siteInfo = (s: Site): SiteInfo => ({ id: s.id, hostname: s.hostname, path: s.path, webUrl: s.webUrl });
  const listOf = (name: string, siteId?: string): List => {
    const s = data.site(siteId ?? defaultSite.id);
    const l = data.findList(s, name);
    if (!l) throw new Error(`No list '${name}' on ${s.webUrl}`);
    return l;
  };
  let siteCounter = 0;

  return {
    origin,
    graphBaseUrl: `${origin}/v1.0`,
    authorityHost: origin,
    identityEndpoint: `${origin}${MANAGED_IDENTITY_PATH}`,
    app,
    certPath,
    site: siteInfo(defaultSite),
    faults,
    requests,
    auth,
    data,
    directory,
    createSite: (path?: string) => siteInfo(data.createSite(HOSTNAME, path ?? `/sites/test-${++siteCounter}`)),
    seed: (list, n, fieldsFn, siteId) => seedItems(listOf(list, siteId), n, fieldsFn),
    items: (list, siteId) =>
      [...listOf(list, siteId).items.values()].map((i) => ({ id: String(i.id), eTag: eTag(i), fields: Object.fromEntries(i.fields) })),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
