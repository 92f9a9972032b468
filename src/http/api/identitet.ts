/**
 * Who is asking the tab API. Two ways, never both:
 * - In Teams (a Microsoft app id is configured): the tab's SSO token from teams-js
 *   `authentication.getAuthToken()`, a Bearer token checked here with jose — signature against the
 *   tenant's published keys (fetched once, cached, re-fetched when Entra rotates them), issuer,
 *   audience (the app's `api://…/<client id>` or the client id), tenant allow-list, expiry, and the
 *   `access_as_user` scope. The person is the token's `oid` in its `tid`.
 * - Locally (no Microsoft app id: the app listens on this machine only): the person picked in the
 *   tab's person picker, sent as the header `X-Skolemiljo-Person: <oid>`. In Teams configuration
 *   that header is refused outright, so it can never stand in for a token.
 * What the person may do is decided by the use cases from the organisation, not here.
 */
import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Aktor } from '../../app/kontekst';

export const LOKAL_PERSON_HEADER = 'x-skolemiljo-person';
export const SSO_SCOPE = 'access_as_user';

export interface SsoKonfig {
  /** Accepted audiences: the Application ID URI (api://…/<client id>) and the client id. */
  audiences: string[];
  /** Tenants whose people may use the app (lower case). */
  tenantIds: string[];
  /** e.g. https://login.microsoftonline.com; the v2 issuer is `${authorityHost}/${tid}/v2.0`. */
  authorityHost: string;
  /** Where the signing keys are published; default `${authorityHost}/${tenantIds[0]}/discovery/v2.0/keys`. */
  jwksUrl?: string;
  /** Least time between two key fetches (jose's cooldown; a token with an unknown key asks again after it). */
  cooldownMs?: number;
}

export type AvvisGrunn =
  | 'ikke_valgt'
  | 'mangler_token'
  | 'ugyldig_token'
  | 'feil_algoritme'
  | 'feil_signatur'
  | 'utlopt'
  | 'ikke_gyldig_enda'
  | 'feil_utsteder'
  | 'feil_mottaker'
  | 'feil_tenant'
  | 'mangler_scope'
  | 'mangler_oid'
  | 'lokal_identitet_avvist'
  | 'nokler_utilgjengelig';

export type Identifisering = { ok: true; aktor: Aktor } | { ok: false; grunn: AvvisGrunn };

export type Identifiserer = (req: IncomingMessage) => Promise<Identifisering>;

const OID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const nei = (grunn: AvvisGrunn): Identifisering => ({ ok: false, grunn });

/** Local development: the person picker's choice, in the organisation's tenant. */
export function lokalIdentifiserer(tenantId: string): Identifiserer {
  return async (req) => {
    const oid = String(req.headers[LOKAL_PERSON_HEADER] ?? '').trim().toLowerCase();
    if (!OID.test(oid)) return nei('ikke_valgt');
    return { ok: true, aktor: { oid, tenantId: tenantId.toLowerCase() } };
  };
}

export function ssoIdentifiserer(k: SsoKonfig): Identifiserer {
  const tenants = new Set(k.tenantIds.map((t) => t.toLowerCase()));
  const host = k.authorityHost.replace(/\/+$/, '');
  const jwksUrl = new URL(k.jwksUrl ?? `${host}/${k.tenantIds[0]}/discovery/v2.0/keys`);
  const nokler: JWTVerifyGetKey = createRemoteJWKSet(jwksUrl, { cooldownDuration: k.cooldownMs ?? 30_000, timeoutDuration: 5_000 });

  return async (req) => {
    // A local identity in Teams configuration is an attempt to skip the token: refused, not ignored.
    if (req.headers[LOKAL_PERSON_HEADER] !== undefined) return nei('lokal_identitet_avvist');
    const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(String(req.headers.authorization ?? '').trim());
    if (!m) return nei(req.headers.authorization ? 'ugyldig_token' : 'mangler_token');
    const token = m[1]!;
    let tid: string;
    try {
      // Read unverified only to pick the tenant's issuer; nothing is trusted before jwtVerify below.
      tid = String(decodeJwt(token).tid ?? '').toLowerCase();
    } catch {
      return nei('ugyldig_token');
    }
    if (!tenants.has(tid)) return nei('feil_tenant');
    try {
      const { payload } = await jwtVerify(token, nokler, {
        algorithms: ['RS256'],
        audience: k.audiences,
        // v2 tokens (accessTokenAcceptedVersion 2) and v1 tokens name the issuer differently.
        issuer: [`${host}/${tid}/v2.0`, `https://sts.windows.net/${tid}/`],
        requiredClaims: ['exp', 'iat'],
        clockTolerance: 60,
      });
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(SSO_SCOPE)) return nei('mangler_scope');
      const oid = typeof payload.oid === 'string' ? payload.oid.toLowerCase() : '';
      if (!OID.test(oid)) return nei('mangler_oid');
      // The name only names a reporter the organisation does not know (Aktor.navn); it decides nothing.
      const navn = typeof payload.name === 'string' ? payload.name.trim() : '';
      return { ok: true, aktor: { oid, tenantId: tid, ...(navn ? { navn } : {}) } };
    } catch (e) {
      return nei(grunnFor(e));
    }
  };
}

function grunnFor(e: unknown): AvvisGrunn {
  if (e instanceof errors.JWTExpired) return 'utlopt';
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'iss') return 'feil_utsteder';
    if (e.claim === 'aud') return 'feil_mottaker';
    if (e.claim === 'nbf') return 'ikke_gyldig_enda';
    return 'ugyldig_token';
  }
  if (e instanceof errors.JOSEAlgNotAllowed) return 'feil_algoritme';
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWKSMultipleMatchingKeys) return 'feil_signatur';
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid || e instanceof errors.JOSENotSupported) {
    return e instanceof errors.JOSENotSupported ? 'feil_algoritme' : 'nokler_utilgjengelig';
  }
  // jose throws its generic JOSEError (no subclass) only when fetching the keys failed: the key
  // server answered other than 200 (a 5xx), or not with JSON. Entra is down, not the token wrong.
  if (e instanceof errors.JOSEError && e.code === errors.JOSEError.code) return 'nokler_utilgjengelig';
  if (e instanceof errors.JOSEError) return 'ugyldig_token';
  // A network failure fetching the keys (connection refused, DNS): not the token's fault.
  return 'nokler_utilgjengelig';
}
