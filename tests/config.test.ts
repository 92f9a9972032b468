/** Configuration: validated once, each problem named; and no bot endpoint without authentication where others can reach it. */
import { strict as assert } from 'node:assert';
import { lesKonfig, lytteadresse } from '../src/config';

const SHAREPOINT = { STORE: 'sharepoint', SHAREPOINT_SITE_ID: 'x,y,z', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' };
const BOT = { MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: 'tenant' };

const feilFor = (env: Record<string, string>) => {
  const k = lesKonfig(env);
  return k.ok ? [] : k.feil;
};

describe('configuration', () => {
  it('runs locally with nothing set: embedded store, auth off, listening on this machine only', () => {
    const k = lesKonfig({});
    assert.ok(k.ok);
    assert.equal(k.konfig.STORE, 'sqlite');
    assert.equal(lytteadresse(k.konfig), '127.0.0.1');
  });

  it('listens on every interface once bot authentication is on', () => {
    const k = lesKonfig(BOT);
    assert.ok(k.ok);
    assert.equal(lytteadresse(k.konfig), '0.0.0.0');
  });

  it('refuses to listen beyond this machine without bot authentication', () => {
    assert.deepEqual(feilFor({ HOST: '0.0.0.0' }), [
      'HOST: uten MICROSOFT_APP_ID (bot-autentisering av) lytter appen bare på 127.0.0.1, ::1 eller localhost (fikk «0.0.0.0»)',
    ]);
    assert.deepEqual(feilFor({ HOST: '::1' }), []);
  });

  it('refuses the production store without bot authentication', () => {
    assert.deepEqual(feilFor(SHAREPOINT), ['MICROSOFT_APP_ID: mangler: påkrevd når STORE=sharepoint, ellers tar bot-endepunktet imot hvem som helst']);
    assert.deepEqual(feilFor({ ...SHAREPOINT, ...BOT }), []);
  });

  it('runs on Azure with managed identities only: no Graph app registration, no secret, no bot password', () => {
    const k = lesKonfig({
      STORE: 'sharepoint',
      SHAREPOINT_SITE_ID: 'x,y,z',
      GRAPH_MANAGED_IDENTITY_CLIENT_ID: 'mi-client',
      MICROSOFT_APP_ID: 'mi-client',
      MICROSOFT_APP_TYPE: 'UserAssignedMSI',
      MICROSOFT_APP_TENANT_ID: 'tenant',
    });
    assert.ok(k.ok, k.ok ? '' : k.feil.join('\n'));
    assert.deepEqual(feilFor({ STORE: 'sharepoint', SHAREPOINT_SITE_ID: 'x,y,z', ...BOT }), [
      'GRAPH_TENANT_ID: mangler (påkrevd når STORE=sharepoint uten GRAPH_MANAGED_IDENTITY_CLIENT_ID)',
      'GRAPH_CLIENT_ID: mangler (påkrevd når STORE=sharepoint uten GRAPH_MANAGED_IDENTITY_CLIENT_ID)',
      'GRAPH_CERT_KEY_FILE: mangler: sett GRAPH_CERT_THUMBPRINT og GRAPH_CERT_KEY_FILE (anbefalt) eller GRAPH_CLIENT_SECRET',
    ]);
  });

  it('names every wrong variable, and never echoes a secret', () => {
    const feil = feilFor({ PORT: '70000', MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: '', LOG_LEVEL: 'høy' });
    assert.equal(feil.length, 2);
    assert.match(feil[0]!, /^PORT: .*«70000»/);
    assert.match(feil[1]!, /^LOG_LEVEL: .*«høy»/);
    const hemmelig = feilFor({ ...SHAREPOINT, GRAPH_CLIENT_SECRET: 'topphemmelig', GRAPH_BASE_URL: 'http://ikke-https' });
    assert.ok(hemmelig.every((l) => !l.includes('topphemmelig')));
  });
});
