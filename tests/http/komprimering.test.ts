/**
 * What Teams clients load, as sent: the built tab and the API answers compressed as the client
 * asks (brotli, else gzip, else none), hashed assets cached for a year as immutable, the page
 * itself revalidated every time. Raw HTTP (node:http), so the bytes are the ones on the wire.
 */
import { strict as assert } from 'node:assert';
import http from 'node:http';
import zlib from 'node:zlib';
import { sørgForByggetFane } from '../../tab/bygg';
import { velgKoding } from '../../src/http/komprimering';
import { BotHarness } from '../support/botHarness';
import { DEMO } from '../support/appKontekst';

interface Raatt {
  status: number;
  headers: http.IncomingHttpHeaders;
  kropp: Buffer;
}

function getRaw(url: string, headers: Record<string, string> = {}): Promise<Raatt> {
  return new Promise((ok, feil) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const deler: Buffer[] = [];
        res.on('data', (d: Buffer) => deler.push(d));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, kropp: Buffer.concat(deler) }));
      })
      .on('error', feil);
  });
}

const pakkUt = (r: Raatt): string =>
  (r.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(r.kropp) : r.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(r.kropp) : r.kropp).toString('utf8');

describe('the tab and its API as sent: compression and caching', function () {
  this.timeout(120_000);
  let h: BotHarness;
  let skript = '';
  before(async () => {
    await sørgForByggetFane();
    h = await BotHarness.start();
    const side = await getRaw(`${h.url}/`);
    skript = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(side.kropp.toString('utf8'))?.[1] ?? '';
    assert.ok(skript, 'the page names its script');
  });
  after(async () => h?.stopp());

  it('chooses brotli or gzip by what the client accepts and prefers', () => {
    assert.equal(velgKoding('gzip, deflate, br'), 'br');
    assert.equal(velgKoding('gzip, deflate'), 'gzip');
    assert.equal(velgKoding('br;q=0.5, gzip;q=1'), 'gzip');
    assert.equal(velgKoding('br;q=0, gzip'), 'gzip');
    assert.equal(velgKoding('*'), 'br');
    assert.equal(velgKoding('identity'), undefined);
    assert.equal(velgKoding(undefined), undefined);
  });

  it('sends the tab’s JavaScript brotli-compressed to a client that asks for br, gzip to one that asks for gzip, plain otherwise', async () => {
    const br = await getRaw(`${h.url}/${skript}`, { 'accept-encoding': 'gzip, deflate, br' });
    const gz = await getRaw(`${h.url}/${skript}`, { 'accept-encoding': 'gzip' });
    const raa = await getRaw(`${h.url}/${skript}`);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(raa.headers['content-encoding'], undefined);
    assert.equal(pakkUt(br), raa.kropp.toString('utf8'));
    assert.equal(pakkUt(gz), raa.kropp.toString('utf8'));
    assert.equal(Number(br.headers['content-length']), br.kropp.length);
    assert.ok(br.kropp.length < gz.kropp.length && gz.kropp.length < raa.kropp.length / 3, `${br.kropp.length} < ${gz.kropp.length} < ${raa.kropp.length}/3`);
    assert.match(String(br.headers.vary), /Accept-Encoding/);
    assert.match(String(br.headers['content-type']), /^text\/javascript/);
  });

  it('caches hashed assets as immutable for a year, and revalidates the page itself on every load', async () => {
    const asset = await getRaw(`${h.url}/${skript}`, { 'accept-encoding': 'br' });
    assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
    for (const sti of ['/', '/index.html']) {
      const side = await getRaw(`${h.url}${sti}`, { 'accept-encoding': 'br' });
      assert.equal(side.status, 200);
      assert.equal(side.headers['cache-control'], 'no-cache');
      assert.match(pakkUt(side), /<div id="rot">/);
      const etag = String(side.headers.etag);
      const igjen = await getRaw(`${h.url}${sti}`, { 'if-none-match': etag });
      assert.equal(igjen.status, 304);
      assert.equal(igjen.kropp.length, 0);
    }
  });

  it('serves nothing outside the build, nor its hidden files', async () => {
    for (const sti of ['/.vite/manifest.json', '/.kilder.json', '/..%2Fpackage.json', '/assets/../../package.json', '/finnes-ikke.js', '/%E0%A4%A']) {
      const svar = await getRaw(`${h.url}${sti}`);
      assert.equal(svar.status, 404, sti);
    }
  });

  it('compresses the API’s JSON answers too, and leaves small ones as they are', async () => {
    const stor = await getRaw(`${h.url}/api/lokal/personer`, { 'accept-encoding': 'br, gzip' });
    assert.equal(stor.status, 200);
    assert.equal(stor.headers['content-encoding'], 'br');
    const personer = JSON.parse(pakkUt(stor)) as { oid: string }[];
    assert.ok(personer.some((p) => p.oid === DEMO.rektor));
    const gz = await getRaw(`${h.url}/api/lokal/personer`, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(pakkUt(gz)), personer);
    const liten = await getRaw(`${h.url}/api/oppsett`, { 'accept-encoding': 'br, gzip' });
    assert.equal(liten.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(liten.kropp.toString('utf8')), { modus: 'lokal' });
    // A refusal is a problem answer, compressed or not, never a broken body.
    const nei = await getRaw(`${h.url}/api/meg`, { 'accept-encoding': 'br' });
    assert.equal(nei.status, 401);
    assert.match(JSON.parse(pakkUt(nei)).title as string, /Velg/);
  });
});
