/**
 * The Entra ID side of the stand-in: the OpenID configuration msal-node reads for an authority
 * in `knownAuthorities`, a token endpoint for the client-credentials grant (client secret or a
 * certificate-signed client assertion, both verified), and bearer-token checks for Graph.
 */
import { createHash, createHmac, constants, randomBytes, randomUUID, timingSafeEqual, verify, X509Certificate } from 'node:crypto';
import type { StandInResponse } from './http';

const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

export interface AppRegistration {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

const b64url = (buf: Buffer | string): string => Buffer.from(buf).toString('base64url');

function tokenError(status: number, error: string, description: string): StandInResponse {
  return {
    status,
    body: { error, error_description: description, error_codes: [], timestamp: new Date().toISOString(), trace_id: randomUUID(), correlation_id: randomUUID() },
  };
}

export class AuthServer {
  private readonly signingKey = randomBytes(32);
  private readonly certificates: X509Certificate[] = [];
  /** Number of tokens issued (msal-node should cache: one per store instance). */
  tokensIssued = 0;

  constructor(
    private readonly origin: string,
    readonly app: AppRegistration,
    private readonly tokenLifetimeSeconds: number,
  ) {}

  /** Registers a certificate's public key as a credential of the app. */
  addCertificate(certPem: string): void {
    this.certificates.push(new X509Certificate(certPem));
  }

  tokenEndpoint(tenant: string): string {
    return `${this.origin}/${tenant}/oauth2/v2.0/token`;
  }

  openIdConfiguration(tenant: string): StandInResponse {
    if (tenant !== this.app.tenantId) return tokenError(400, 'invalid_tenant', `AADSTS90002: Tenant '${tenant}' not found.`);
    const base = `${this.origin}/${tenant}`;
    return {
      status: 200,
      body: {
        token_endpoint: this.tokenEndpoint(tenant),
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${this.origin}/${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: `${base}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        tenant_region_scope: 'EU',
      },
    };
  }

  token(tenant: string, form: URLSearchParams): StandInResponse {
    if (tenant !== this.app.tenantId) return tokenError(400, 'invalid_tenant', `AADSTS90002: Tenant '${tenant}' not found.`);
    if (form.get('grant_type') !== 'client_credentials') return tokenError(400, 'unsupported_grant_type', 'AADSTS70003: Only client_credentials is supported here.');
    if (form.get('client_id') !== this.app.clientId) return tokenError(400, 'unauthorized_client', `AADSTS700016: Application '${form.get('client_id')}' was not found.`);
    const scope = form.get('scope') ?? '';
    if (!scope.split(' ').includes(`${GRAPH_AUDIENCE}/.default`)) {
      return tokenError(400, 'invalid_scope', 'AADSTS1002012: The client credentials flow needs a scope ending in /.default.');
    }
    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    if (secret !== null) {
      if (!safeEqual(secret, this.app.clientSecret)) return tokenError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    } else if (assertion !== null) {
      const problem = this.checkAssertion(assertion, this.tokenEndpoint(tenant));
      if (problem) return tokenError(401, 'invalid_client', `AADSTS700027: Client assertion failed signature validation. ${problem}`);
    } else {
      return tokenError(401, 'invalid_client', 'AADSTS7000218: The request body must contain client_assertion or client_secret.');
    }
    this.tokensIssued++;
    const now = Math.floor(Date.now() / 1000);
    const accessToken = this.sign({
      aud: GRAPH_AUDIENCE,
      iss: `https://sts.windows.net/${tenant}/`,
      iat: now,
      nbf: now,
      exp: now + this.tokenLifetimeSeconds,
      appid: this.app.clientId,
      tid: tenant,
      roles: ['Sites.Selected'],
    });
    return {
      status: 200,
      body: { token_type: 'Bearer', expires_in: this.tokenLifetimeSeconds, ext_expires_in: this.tokenLifetimeSeconds, access_token: accessToken },
    };
  }

  /** The secret App Service puts in IDENTITY_HEADER for the managed identity endpoint. */
  readonly identityHeader = randomUUID();
  /** The user-assigned managed identity's client id, and how many tokens it was given. */
  readonly managedIdentityClientId = randomUUID();
  managedIdentityTokensIssued = 0;

  /** App Service's managed identity endpoint (GET IDENTITY_ENDPOINT?api-version=2019-08-01&resource=…&client_id=…). */
  managedIdentityToken(query: URLSearchParams, headers: Record<string, string>): StandInResponse {
    if (headers['x-identity-header'] !== this.identityHeader) return { status: 401, body: { statusCode: 401, message: 'Unauthorized: X-IDENTITY-HEADER is missing or wrong.' } };
    if (query.get('api-version') !== '2019-08-01') return { status: 400, body: { statusCode: 400, message: 'Unsupported api-version.' } };
    if (query.get('resource') !== GRAPH_AUDIENCE) return { status: 400, body: { statusCode: 400, message: `Unsupported resource ${query.get('resource')}.` } };
    if (query.get('client_id') !== this.managedIdentityClientId) {
      return { status: 400, body: { statusCode: 400, message: 'Unable to load the proper Managed Identity.', correlationId: randomUUID() } };
    }
    this.managedIdentityTokensIssued++;
    const now = Math.floor(Date.now() / 1000);
    const accessToken = this.sign({ aud: GRAPH_AUDIENCE, iss: `https://sts.windows.net/${this.app.tenantId}/`, iat: now, nbf: now, exp: now + this.tokenLifetimeSeconds, appid: this.managedIdentityClientId, tid: this.app.tenantId, roles: ['Sites.Selected'] });
    return {
      status: 200,
      body: { access_token: accessToken, expires_on: String(now + this.tokenLifetimeSeconds), resource: GRAPH_AUDIENCE, token_type: 'Bearer', client_id: this.managedIdentityClientId },
    };
  }

  /** Returns why an Authorization header is not acceptable for Graph, or undefined when it is. */
  checkBearer(authorization: string | undefined): string | undefined {
    const m = /^Bearer (.+)$/i.exec(authorization ?? '');
    if (!m) return 'Access token is empty.';
    const [h, p, s] = (m[1] as string).split('.');
    if (!h || !p || !s) return 'IDX14100: JWT is not well formed.';
    const expected = createHmac('sha256', this.signingKey).update(`${h}.${p}`).digest();
    const given = Buffer.from(s, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Access token validation failure. Invalid signature.';
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as { aud?: string; exp?: number };
    if (payload.aud !== GRAPH_AUDIENCE) return 'Access token validation failure. Invalid audience.';
    if (!payload.exp || payload.exp * 1000 < Date.now()) return 'Lifetime validation failed, the token is expired.';
    return undefined;
  }

  private sign(payload: Record<string, unknown>): string {
    const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const body = b64url(JSON.stringify(payload));
    const sig = createHmac('sha256', this.signingKey).update(`${head}.${body}`).digest('base64url');
    return `${head}.${body}.${sig}`;
  }

  /** Verifies an RS256/PS256 client assertion against a registered certificate; returns a problem or undefined. */
  private checkAssertion(jwt: string, audience: string): string | undefined {
    const [h, p, s] = jwt.split('.');
    if (!h || !p || !s) return 'Malformed assertion.';
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, string>;
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    const cert = this.certificates.find(
      (c) => header['x5t#S256'] === b64url(createHash('sha256').update(c.raw).digest()) || header.x5t === b64url(createHash('sha1').update(c.raw).digest()),
    );
    if (!cert) return 'No certificate with that thumbprint is registered.';
    const data = Buffer.from(`${h}.${p}`);
    const sig = Buffer.from(s, 'base64url');
    const ok =
      header.alg === 'PS256'
        ? verify('sha256', data, { key: cert.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, sig)
        : header.alg === 'RS256'
          ? verify('sha256', data, cert.publicKey, sig)
          : false;
    if (!ok) return 'Invalid signature.';
    if (claims.aud !== audience) return `Audience must be ${audience}.`;
    if (claims.iss !== this.app.clientId || claims.sub !== this.app.clientId) return 'iss and sub must be the client id.';
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) return 'The assertion has expired.';
    return undefined;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
