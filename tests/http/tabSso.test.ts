/**
 * The tab API in Teams configuration (a Microsoft app id is set): only a valid Teams SSO token
 * identifies a person. Tokens are signed here with local keys served by a local JWKS endpoint —
 * the real jose verification in the path — and every way a token can be wrong is refused. The
 * person picker's identity is refused too.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { createApp, type App } from '../../src/compose';
import { lesKonfig } from '../../src/config';
import { nb } from '../../src/i18n/nb';
import { testLogger } from '../support/loggvakt';
import { DEMO, DEMO_ORG_FIL } from '../support/appKontekst';

const KLIENT_ID = '11111111-2222-4333-8444-555555555555';
const APP_ID_URI = `api://skolemiljo.example.no/${KLIENT_ID}`;

interface Nokkel {
  kid: string;
  privat: KeyLike;
  jwk: JWK;
}

async function lagNokkel(kid: string): Promise<Nokkel> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { kid, privat: privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

describe('tab API: Teams SSO identity (production configuration)', () => {
  let app: App;
  let url: string;
  let dir: string;
  let entra: http.Server;
  let utsteder: string;
  let publiserte: Nokkel[];
  let nokkel: Nokkel;
  let keyFetches = 0;
  /** When set, the key server answers this status instead of the keys (Entra having trouble). */
  let nokkelFeil: number | undefined;

  before(async () => {
    nokkel = await lagNokkel('k1');
    publiserte = [nokkel];
    entra = http.createServer((req, res) => {
      if (req.url === `/${DEMO.tenantId}/discovery/v2.0/keys`) {
        keyFetches++;
        if (nokkelFeil) {
          res.writeHead(nokkelFeil, { 'content-type': 'text/plain' });
          res.end('Service Unavailable');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: publiserte.map((n) => n.jwk) }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => entra.listen(0, '127.0.0.1', r));
    const host = `http://127.0.0.1:${(entra.address() as AddressInfo).port}`;
    utsteder = `${host}/${DEMO.tenantId}/v2.0`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-sso-'));
    const k = lesKonfig({
      DATA_DIR: dir,
      ORG_FILE: DEMO_ORG_FIL,
      MICROSOFT_APP_ID: KLIENT_ID,
      MICROSOFT_APP_PASSWORD: 'ikke-en-ekte-hemmelighet',
      MICROSOFT_APP_TENANT_ID: DEMO.tenantId,
      TAB_APP_ID_URI: APP_ID_URI,
      LOG_LEVEL: 'silent',
    });
    assert.ok(k.ok, !k.ok ? k.feil.join('\n') : '');
    app = await createApp(k.konfig, { log: testLogger('faneSso'), entra: { authorityHost: host, cooldownMs: 0 } });
    url = await app.listen(0, '127.0.0.1');
  });
  after(async () => {
    await app.close();
    await new Promise((r) => entra.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  interface TokenValg {
    claims?: Record<string, unknown>;
    utsteder?: string;
    mottaker?: string;
    utloper?: number | string;
    gyldigFra?: number | string;
    nokkel?: Nokkel;
    alg?: string;
  }

  async function token(v: TokenValg = {}): Promise<string> {
    const n = v.nokkel ?? nokkel;
    let jwt = new SignJWT({ tid: DEMO.tenantId, oid: DEMO.laerer, scp: 'access_as_user', ver: '2.0', ...v.claims })
      .setProtectedHeader({ alg: v.alg ?? 'RS256', kid: n.kid, typ: 'JWT' })
      .setIssuer(v.utsteder ?? utsteder)
      .setAudience(v.mottaker ?? APP_ID_URI)
      .setIssuedAt()
      .setExpirationTime(v.utloper ?? '1h');
    if (v.gyldigFra !== undefined) jwt = jwt.setNotBefore(v.gyldigFra);
    return jwt.sign(n.privat);
  }

  const meg = (headers: Record<string, string>) => fetch(`${url}/api/meg`, { headers });
  const medToken = async (t: string) => meg({ authorization: `Bearer ${t}` });

  it('tells the tab to use Teams SSO, and offers no person picker', async () => {
    assert.deepEqual(await (await fetch(`${url}/api/oppsett`)).json(), { modus: 'teams' });
    assert.equal((await fetch(`${url}/api/lokal/personer`)).status, 404);
  });

  it('accepts a valid token and answers as the person in it (oid → roles)', async () => {
    const svar = await medToken(await token({ claims: { oid: DEMO.rektor.toUpperCase() } }));
    assert.equal(svar.status, 200);
    const body = (await svar.json()) as { oid: string; skoler: { id: string; rektor: boolean }[] };
    assert.equal(body.oid, DEMO.rektor);
    assert.deepEqual(body.skoler.map((s) => [s.id, s.rektor]), [[DEMO.skole, true]]);
  });

  it('accepts the audience as the bare client id too (v2 tokens)', async () => {
    assert.equal((await medToken(await token({ mottaker: KLIENT_ID }))).status, 200);
  });

  it('refuses the person picker’s header, even naming rektor', async () => {
    const svar = await meg({ 'x-skolemiljo-person': DEMO.rektor });
    assert.equal(svar.status, 401);
    const p = (await svar.json()) as { kode: string; title: string };
    assert.equal(p.kode, 'ikke_innlogget');
    assert.match(p.title, /Teams/);
    // Not even beside a valid token.
    const begge = await meg({ 'x-skolemiljo-person': DEMO.rektor, authorization: `Bearer ${await token()}` });
    assert.equal(begge.status, 401);
  });

  const avvisninger: [string, keyof typeof nb.api.innlogging, () => Promise<Record<string, string>>][] = [
    ['no token', 'mangler_token', async () => ({})],
    ['a token that is not a JWT', 'ugyldig_token', async () => ({ authorization: 'Bearer abc' })],
    ['another scheme than Bearer', 'ugyldig_token', async () => ({ authorization: `Basic ${await token()}` })],
    ['a signature by a key the tenant never published', 'feil_signatur', async () => ({ authorization: `Bearer ${await token({ nokkel: await lagNokkel('k1') })}` })],
    ['a key id the tenant does not publish', 'feil_signatur', async () => ({ authorization: `Bearer ${await token({ nokkel: await lagNokkel('ukjent') })}` })],
    ['a tampered payload', 'feil_signatur', async () => {
      const [h, , s] = (await token()).split('.');
      const p = Buffer.from(JSON.stringify({ tid: DEMO.tenantId, oid: DEMO.rektor, scp: 'access_as_user', iss: utsteder, aud: APP_ID_URI, exp: 9999999999, iat: 1 })).toString('base64url');
      return { authorization: `Bearer ${h}.${p}.${s}` };
    }],
    ['alg none', 'feil_algoritme', async () => {
      const h = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const p = Buffer.from(JSON.stringify({ tid: DEMO.tenantId, oid: DEMO.rektor, scp: 'access_as_user', iss: utsteder, aud: APP_ID_URI, exp: 9999999999, iat: 1 })).toString('base64url');
      return { authorization: `Bearer ${h}.${p}.` };
    }],
    ['an expired token', 'utlopt', async () => ({ authorization: `Bearer ${await token({ utloper: Math.floor(Date.now() / 1000) - 600 })}` })],
    ['a token not valid yet', 'ikke_gyldig_enda', async () => ({ authorization: `Bearer ${await token({ gyldigFra: Math.floor(Date.now() / 1000) + 600 })}` })],
    ['another issuer', 'feil_utsteder', async () => ({ authorization: `Bearer ${await token({ utsteder: 'https://login.example.com/x/v2.0' })}` })],
    ['another app’s audience', 'feil_mottaker', async () => ({ authorization: `Bearer ${await token({ mottaker: 'api://annen.example.no/99999999-2222-4333-8444-555555555555' })}` })],
    ['a tenant not on the allow-list', 'feil_tenant', async () => {
      const annen = '99999999-0000-4000-8000-000000000000';
      return { authorization: `Bearer ${await token({ claims: { tid: annen }, utsteder: utsteder.replace(DEMO.tenantId, annen) })}` };
    }],
    ['a token without the access_as_user scope', 'mangler_scope', async () => ({ authorization: `Bearer ${await token({ claims: { scp: 'User.Read' } })}` })],
    ['an app-only token (no scope, no user)', 'mangler_scope', async () => ({ authorization: `Bearer ${await token({ claims: { scp: undefined, roles: ['x'] } })}` })],
    ['a token without an object id', 'mangler_oid', async () => ({ authorization: `Bearer ${await token({ claims: { oid: undefined } })}` })],
  ];
  for (const [hva, grunn, hoder] of avvisninger) {
    it(`refuses ${hva} with 401 and says why (${grunn})`, async () => {
      const svar = await meg(await hoder());
      assert.equal(svar.status, 401);
      assert.match(svar.headers.get('content-type') ?? '', /application\/problem\+json/);
      const p = (await svar.json()) as { kode: string; title: string };
      assert.equal(p.kode, 'ikke_innlogget');
      assert.equal(p.title, nb.api.innlogging[grunn]);
    });
  }

  it('answers a valid token for someone in no school with the token’s name and no roles (they may still report); their cases stay closed (403)', async () => {
    const t = await token({ claims: { oid: DEMO.ukjent, name: 'Vera Vikar' } });
    const svar = await medToken(t);
    assert.equal(svar.status, 200);
    const body = (await svar.json()) as { navn: string; skoler: unknown[]; kommunalsjef: boolean };
    assert.deepEqual([body.navn, body.skoler, body.kommunalsjef], ['Vera Vikar', [], false]);
    const saker = await fetch(`${url}/api/saker`, { headers: { authorization: `Bearer ${t}` } });
    assert.equal(saker.status, 403);
    assert.equal(((await saker.json()) as { kode: string }).kode, 'ukjent_person');
  });

  it('answers 503 «try again shortly», not «log in again», while the key server answers 5xx; a valid token then works once it answers again', async () => {
    const ny = await lagNokkel('k5xx');
    publiserte = [nokkel, ny];
    for (const status of [500, 502, 503]) {
      nokkelFeil = status;
      const svar = await medToken(await token({ nokkel: ny }));
      assert.equal(svar.status, 503, `key server ${status}`);
      const p = (await svar.json()) as { title: string };
      assert.equal(p.title, nb.api.innlogging.nokler_utilgjengelig);
    }
    nokkelFeil = undefined;
    assert.equal((await medToken(await token({ nokkel: ny }))).status, 200);
  });

  it('follows a key rotation: a token signed with a newly published key is accepted, keys are cached between requests', async () => {
    const keyFetchesBefore = keyFetches;
    await medToken(await token());
    await medToken(await token());
    assert.equal(keyFetches, keyFetchesBefore, 'known keys are not fetched again');
    const ny = await lagNokkel('k2');
    publiserte = [nokkel, ny];
    assert.equal((await medToken(await token({ nokkel: ny }))).status, 200);
    assert.equal(keyFetches, keyFetchesBefore + 1);
  });
});
