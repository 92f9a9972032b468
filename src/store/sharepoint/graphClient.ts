/**
 * The Graph client stack: msal-node (client credentials, its own token cache) behind
 * graph-client's AuthenticationHandler, the SDK's RetryHandler configured for 429/503/504 with
 * Retry-After, and one small middleware of ours that gives every attempt its own timeout and
 * counts attempts (so a write that may have landed on an earlier attempt is known as such).
 */
import { ConfidentialClientApplication, ManagedIdentityApplication, type NodeAuthOptions } from '@azure/msal-node';
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
  type Context,
  type Middleware,
  type MiddlewareOptions,
  type ShouldRetry,
} from '@microsoft/microsoft-graph-client';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
/** A managed identity asks for a resource, not a scope. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';

/**
 * How the app signs in to Graph: as its own app registration (certificate or secret), or as the
 * Azure managed identity it runs under (no credential at all; App Service, Functions, VMs).
 */
export type GraphAuthOptions = GraphAppAuthOptions | GraphManagedIdentityOptions;

export interface GraphManagedIdentityOptions {
  /** Client id of the user-assigned managed identity (the one with Sites.Selected). */
  managedIdentityClientId: string;
}

export interface GraphAppAuthOptions {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  /** Preferred over a secret. Thumbprint in hex: SHA-256 (64 digits) or, for old setups, SHA-1 (40). */
  certificate?: { thumbprint: string; privateKeyPem: string };
  authorityHost?: string;
}

export interface GraphClientOptions {
  graphBaseUrl: string;
  auth: GraphAuthOptions;
  maxRetries: number;
  delayMs: number;
  timeoutMs: number;
}

/** An msal-node failure, recognisable after graph-client wraps it in a GraphError (its code is this name). */
export class TokenAcquisitionError extends Error {
  override readonly name = 'TokenAcquisitionError';
}

function credential(auth: GraphAppAuthOptions): Pick<NodeAuthOptions, 'clientSecret' | 'clientCertificate'> {
  if (auth.certificate) {
    const hex = auth.certificate.thumbprint.replace(/[^0-9a-f]/gi, '');
    const privateKey = auth.certificate.privateKeyPem;
    return { clientCertificate: hex.length === 64 ? { thumbprintSha256: hex, privateKey } : { thumbprint: hex, privateKey } };
  }
  if (auth.clientSecret) return { clientSecret: auth.clientSecret };
  throw new Error('SharePoint store: give auth.certificate (preferred) or auth.clientSecret');
}

/**
 * An AuthenticationProvider over msal-node: the managed identity's token endpoint (IDENTITY_ENDPOINT
 * on App Service, read by msal), or the client-credentials flow. msal caches the token until near expiry.
 */
export function msalAuthProvider(auth: GraphAuthOptions): AuthenticationProvider {
  if ('managedIdentityClientId' in auth) return managedIdentityProvider(auth);
  return clientCredentialsProvider(auth);
}

/**
 * msal's failures where the authority was not reached at all: a dropped connection (a keep-alive
 * socket the server had closed), a timeout. msal swallows the network error of its OpenID
 * configuration request and reports only that the endpoints could not be resolved. Getting a token
 * is idempotent, so these are tried again before the store reports Graph unavailable.
 */
const TRANSIENT_TOKEN_ERRORS = new Set(['endpoints_resolution_error', 'network_error', 'no_network_connectivity']);
const TOKEN_ATTEMPTS = 3;

async function withTokenRetries(acquire: () => Promise<string>): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await acquire();
    } catch (err) {
      const code = (err as { errorCode?: unknown }).errorCode;
      if (attempt >= TOKEN_ATTEMPTS || typeof code !== 'string' || !TRANSIENT_TOKEN_ERRORS.has(code)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** (attempt - 1)));
    }
  }
}

function managedIdentityProvider(auth: GraphManagedIdentityOptions): AuthenticationProvider {
  const app = new ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId: auth.managedIdentityClientId } });
  return {
    getAccessToken: async () => {
      try {
        return await withTokenRetries(async () => {
          const result = await app.acquireToken({ resource: GRAPH_RESOURCE });
          if (!result?.accessToken) throw new Error('no access token in the answer');
          return result.accessToken;
        });
      } catch (err) {
        throw new TokenAcquisitionError(`Could not get a token for Microsoft Graph as the managed identity: ${(err as Error).message}`, { cause: err });
      }
    },
  };
}

function clientCredentialsProvider(auth: GraphAppAuthOptions): AuthenticationProvider {
  const authorityHost = (auth.authorityHost ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, '');
  const host = new URL(authorityHost).host;
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: auth.clientId,
      authority: `${authorityHost}/${auth.tenantId}`,
      // For any other host msal would ask login.microsoftonline.com whether it is a valid
      // authority; listing it makes msal read its OpenID configuration directly.
      ...(host === new URL(DEFAULT_AUTHORITY_HOST).host ? {} : { knownAuthorities: [host] }),
      ...credential(auth),
    },
  });
  return {
    getAccessToken: async () => {
      try {
        return await withTokenRetries(async () => {
          const result = await app.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
          if (!result?.accessToken) throw new Error('no access token in the answer');
          return result.accessToken;
        });
      } catch (err) {
        throw new TokenAcquisitionError(`Could not get a token for Microsoft Graph: ${(err as Error).message}`, { cause: err });
      }
    },
  };
}

/** Per-request option: how many attempts the request took (set by AttemptHandler). */
export class AttemptCounter implements MiddlewareOptions {
  attempts = 0;
}

/** After the RetryHandler, so it runs once per attempt: a fresh timeout for each, and a count. */
class AttemptHandler implements Middleware {
  private next?: Middleware;

  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    const counter = context.middlewareControl?.getMiddlewareOptions(AttemptCounter) as AttemptCounter | undefined;
    if (counter) counter.attempts++;
    context.options = { ...context.options, signal: AbortSignal.timeout(this.timeoutMs) };
    await (this.next as Middleware).execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * Graph (and SharePoint) send Retry-After with every throttling 429. A 429 without it is the list
 * view threshold ("exceeds the list view threshold"): waiting does not help, so fail at once.
 */
const shouldRetry: ShouldRetry = (_delay, _attempt, _request, _options, response) => !(response.status === 429 && !response.headers.has('Retry-After'));

export function createGraphClient(opts: GraphClientOptions): Client {
  const host = new URL(opts.graphBaseUrl).hostname;
  return Client.initWithMiddleware({
    middleware: [
      new AuthenticationHandler(msalAuthProvider(opts.auth)),
      // RetryHandlerOptions takes seconds.
      new RetryHandler(new RetryHandlerOptions(opts.delayMs / 1000, opts.maxRetries, shouldRetry)),
      new RedirectHandler(new RedirectHandlerOptions()),
      new TelemetryHandler(),
      new AttemptHandler(opts.timeoutMs),
      new HTTPMessageHandler(),
    ],
    // graph-client attaches the token only to Graph's own hosts and these.
    customHosts: host === 'graph.microsoft.com' ? undefined : new Set([host]),
  });
}
