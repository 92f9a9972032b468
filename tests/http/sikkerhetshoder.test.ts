/**
 * Every answer of the server carries the security headers — the tab's page and assets, the API
 * (answers, refusals, PDFs), the bot endpoint, the health check, a 404 — and the built tab serves
 * only its page and assets, never the build's own files (.vite/manifest.json, .kilder.json).
 * The tab running under its policy in Chromium is tests/tab/csp.test.ts.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { API_CSP, TAB_CSP, TEAMS_VERTER, isTabFile } from '../../src/http/sikkerhetshoder';
import { nb } from '../../src/i18n/nb';
import { byggMappe, sørgForByggetFane } from '../../tab/bygg';
import { DEMO } from '../support/appKontekst';
import { BotHarness } from '../support/botHarness';
import { sakMedAktivPlan } from '../support/saksgang';

describe('security headers on every answer; only the tab’s page and assets are served', function () {
  this.timeout(180_000);
  let h: BotHarness;
  let sakId: string;
  before(async () => {
    await sørgForByggetFane();
    h = await BotHarness.start();
    sakId = await sakMedAktivPlan(h.ktx);
  });
  after(async () => h?.stopp());

  const person = (oid: string) => ({ 'x-skolemiljo-person': oid });

  function harHodene(svar: Response, csp: string, hva: string): void {
    assert.equal(svar.headers.get('content-security-policy'), csp, `${hva}: CSP`);
    assert.equal(svar.headers.get('x-content-type-options'), 'nosniff', `${hva}: nosniff`);
    assert.equal(svar.headers.get('referrer-policy'), 'no-referrer', `${hva}: referrer`);
  }

  it('gives the tab a CSP that only Teams’ and Microsoft 365’s hosts may frame, and scripts from its own origin only', () => {
    const direktiver = new Map(TAB_CSP.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    assert.deepEqual(direktiver.get('script-src'), ["'self'"]);
    assert.deepEqual(direktiver.get('object-src'), ["'none'"]);
    assert.deepEqual(direktiver.get('frame-ancestors'), ["'self'", ...TEAMS_VERTER]);
    for (const vert of ['https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft']) assert.ok(TEAMS_VERTER.includes(vert as never), vert);
    assert.match(API_CSP, /frame-ancestors 'none'/);
  });

  it('serves the page and its assets with the tab’s headers', async () => {
    const side = await fetch(`${h.url}/`);
    assert.equal(side.status, 200);
    harHodene(side, TAB_CSP, '/');
    const html = await side.text();
    const skript = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(skript, html);
    const js = await fetch(`${h.url}/${skript}`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    harHodene(js, TAB_CSP, skript);
    harHodene(await fetch(`${h.url}/index.html`), TAB_CSP, '/index.html');
  });

  it('does not serve the build’s own files (its manifest, its list of sources), however the path is spelled', async () => {
    assert.ok(fs.existsSync(path.join(byggMappe, '.vite', 'manifest.json')), 'the build writes its manifest');
    for (const sti of ['/.vite/manifest.json', '/.kilder.json', '/%2evite/manifest.json', '/assets/../.vite/manifest.json', '/.vite/', '/assets/.skjult', '/finnes-ikke.html']) {
      const svar = await fetch(`${h.url}${sti}`);
      assert.equal(svar.status, 404, sti);
      const tekst = await svar.text();
      assert.ok(!tekst.includes('"file"') && !tekst.includes('/work/') && !tekst.includes('src/'), `${sti}: ${tekst.slice(0, 80)}`);
      harHodene(svar, TAB_CSP, sti);
    }
    assert.equal(isTabFile('/assets/index-abc.js'), true);
    assert.equal(isTabFile('/assets/%2e%2e%2f.kilder.json'), false);
    assert.equal(await (await fetch(`${h.url}/.kilder.json`)).text(), nb.api.ikkeFunnet);
  });

  it('puts the API’s policy on its answers, refusals and downloads, and the headers on the bot endpoint and health check', async () => {
    const svar: [string, Response][] = [
      ['GET /api/meg', await fetch(`${h.url}/api/meg`, { headers: person(DEMO.rektor) })],
      ['GET /api/meg uten person', await fetch(`${h.url}/api/meg`)],
      ['GET /api/saker/x (404)', await fetch(`${h.url}/api/saker/finnes-ikke`, { headers: person(DEMO.rektor) })],
      ['GET dokumentasjon.pdf', await fetch(`${h.url}/api/saker/${sakId}/dokumentasjon.pdf`, { headers: person(DEMO.rektor) })],
      ['POST /api/varsler ugyldig', await fetch(`${h.url}/api/varsler`, { method: 'POST', headers: { ...person(DEMO.laerer), 'content-type': 'application/json' }, body: '{' })],
      ['POST /api/messages ugyldig', await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })],
      ['GET /api/finnes-ikke', await fetch(`${h.url}/api/finnes-ikke`)],
    ];
    const statuser = svar.map(([hva, s]) => [hva, s.status]);
    assert.deepEqual(statuser.map(([, s]) => s), [200, 401, 404, 200, 400, 400, 404], JSON.stringify(statuser));
    for (const [hva, s] of svar) harHodene(s, API_CSP, hva);
    harHodene(await fetch(`${h.url}/healthz`), TAB_CSP, '/healthz');
  });
});
