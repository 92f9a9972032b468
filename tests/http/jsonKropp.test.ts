/**
 * No request body can end the process or fill its memory: every encoding, valid or not, every size,
 * malformed JSON and a wrong content type get a 4xx with a Norwegian message, and the server goes on
 * serving. Run against the real app, with bot authentication off (local) and on (production), since
 * the body is read before the token is checked.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createApp, type App } from '../../src/compose';
import { lesKonfig } from '../../src/config';
import { MAKS_KROPP_BYTES } from '../../src/http/jsonKropp';
import { testLogger } from '../support/loggvakt';
import { DEMO, DEMO_ORG_FIL } from '../support/appKontekst';

interface Svar {
  status: number;
  kropp: string;
}

/** A raw POST, so that the test controls every byte and header (fetch would fix some of them). */
function post(url: string, body: Buffer, headers: Record<string, string>, ufullstendig = false): Promise<Svar> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/messages`, { method: 'POST', headers }, (res) => {
      let kropp = '';
      res.on('data', (d: Buffer) => (kropp += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, kropp }));
    });
    req.on('error', reject);
    if (ufullstendig) req.write(body);
    else req.end(body);
    if (ufullstendig) setImmediate(() => req.end());
  });
}

const aktivitet = Buffer.from(
  JSON.stringify({
    type: 'message',
    text: 'hei',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:x', aadObjectId: DEMO.laerer },
    recipient: { id: '28:bot' },
    conversation: { id: 'a:1', conversationType: 'personal', tenantId: DEMO.tenantId },
  }),
);
const json = { 'content-type': 'application/json' };
let bombe: Buffer | undefined;
/** 200 MiB of spaces, gzipped to about 200 KB; made once, it takes seconds. */
const gzipBombe = () => (bombe ??= zlib.gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 }));

for (const modus of ['uten autentisering (lokalt)', 'med autentisering (produksjon)'] as const) {
  describe(`http: request bodies that must not end the process, ${modus}`, function () {
    let app: App;
    let url: string;
    let dir: string;
    const medAuth = modus.startsWith('med');

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-kropp-'));
      const auth = medAuth
        ? { MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555', MICROSOFT_APP_PASSWORD: 'ikke-en-ekte-hemmelighet', MICROSOFT_APP_TENANT_ID: DEMO.tenantId }
        : {};
      const k = lesKonfig({ DATA_DIR: dir, ORG_FILE: DEMO_ORG_FIL, LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '3600000', ...auth });
      assert.ok(k.ok);
      app = await createApp(k.konfig, { log: testLogger('kropp') });
      url = await app.listen(0, '127.0.0.1');
    });
    afterEach(async () => {
      // After every bad request the same server still answers.
      const h = await fetch(`${url}/healthz`);
      assert.equal(h.status, 200);
    });
    after(async () => {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const forventet = (s: Svar, status: number, tekst: RegExp) => {
      assert.equal(s.status, status, s.kropp);
      assert.match(JSON.parse(s.kropp).title, tekst);
    };

    it('answers 400 to content-encoding gzip with a body that is not gzip', async () => {
      forventet(await post(url, Buffer.from('not gzip'), { ...json, 'content-encoding': 'gzip' }), 400, /ikke gyldig gzip/);
    });

    it('answers 400 to a truncated gzip', async () => {
      const hel = zlib.gzipSync(aktivitet);
      forventet(await post(url, hel.subarray(0, hel.length - 12), { ...json, 'content-encoding': 'gzip' }), 400, /ikke gyldig gzip/);
    });

    it('answers 400 to invalid deflate and invalid br', async () => {
      forventet(await post(url, Buffer.from('ikke deflate'), { ...json, 'content-encoding': 'deflate' }), 400, /ikke gyldig deflate/);
      forventet(await post(url, Buffer.from('ikke brotli'), { ...json, 'content-encoding': 'br' }), 400, /ikke gyldig br/);
    });

    it('answers 415 to an encoding it does not know', async () => {
      forventet(await post(url, aktivitet, { ...json, 'content-encoding': 'compress' }), 415, /Ukjent innholdskoding/);
      forventet(await post(url, aktivitet, { ...json, 'content-encoding': 'gzip, br' }), 415, /Ukjent innholdskoding/);
    });

    it('answers 413 to a gzip that expands beyond the limit, counting decoded bytes (a 200 MiB bomb)', async () => {
      const bombe = gzipBombe();
      assert.ok(bombe.length < MAKS_KROPP_BYTES, 'the bomb itself is under the limit');
      forventet(await post(url, bombe, { ...json, 'content-encoding': 'gzip' }), 413, /for stort/);
    });

    it('answers 413 to a plain body over the limit, with and without content-length', async () => {
      const stor = Buffer.alloc(MAKS_KROPP_BYTES + 1, 0x20);
      forventet(await post(url, stor, json), 413, /for stort/);
      forventet(await post(url, stor, { ...json, 'transfer-encoding': 'chunked' }, true), 413, /for stort/);
    });

    it('answers 400 to malformed JSON and to an empty body', async () => {
      forventet(await post(url, Buffer.from('{"type": "message",'), json), 400, /ikke gyldig JSON/);
      forventet(await post(url, Buffer.alloc(0), json), 400, /mangler/);
    });

    it('answers 415 to a wrong content type, and to none', async () => {
      forventet(await post(url, aktivitet, { 'content-type': 'text/plain' }), 415, /må være JSON/);
      forventet(await post(url, aktivitet, {}), 415, /må være JSON/);
    });

    it('accepts a valid gzip body like a plain one', async () => {
      const s = await post(url, zlib.gzipSync(aktivitet), { ...json, 'content-encoding': 'gzip' });
      // Local: the turn runs (its reply to the unreachable serviceUrl fails inside the turn, not the request).
      // Production: the body was read, then the missing token refused.
      assert.equal(s.status, medAuth ? 401 : 200, s.kropp);
    });
  });
}
