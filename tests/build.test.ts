/**
 * The production build as App Service runs it: `npm run build:server` output started with plain
 * `node dist/src/main.js`, in a folder holding no TypeScript at all, serves the health check, the bot
 * and the built tab.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startConnector, type ConnectorStandIn } from './support/connector';
import { demoBrukere, BOT_ID } from './support/botHarness';
import { DEMO } from './support/appKontekst';

const ROT = path.resolve(__dirname, '..');

function filerUnder(mappe: string): string[] {
  return fs.readdirSync(mappe, { withFileTypes: true, recursive: true }).filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name));
}

describe('the production build', function () {
  this.timeout(120_000);
  let app: string;
  let connector: ConnectorStandIn;

  before(async () => {
    // The deployed layout: package.json, node_modules, dist/ and tab/dist/, and no source.
    app = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-prod-'));
    const bygg = spawnSync(process.execPath, ['scripts/byggServer.mjs', '--outdir', path.join(app, 'dist')], { cwd: ROT, encoding: 'utf8' });
    assert.equal(bygg.status, 0, bygg.stderr);
    fs.copyFileSync(path.join(ROT, 'package.json'), path.join(app, 'package.json'));
    fs.symlinkSync(path.join(ROT, 'node_modules'), path.join(app, 'node_modules'), 'dir');
    fs.mkdirSync(path.join(app, 'tab', 'dist'), { recursive: true });
    fs.writeFileSync(path.join(app, 'tab', 'dist', 'index.html'), '<!doctype html><title>Skolemiljø-fanen</title>');
    connector = await startConnector(demoBrukere());
  });
  after(async () => {
    await connector?.lukk();
    fs.rmSync(app, { recursive: true, force: true });
  });

  it('holds only JavaScript (and source maps) in dist/', () => {
    const filer = filerUnder(path.join(app, 'dist'));
    assert.ok(filer.some((f) => f.endsWith(path.join('dist', 'src', 'main.js'))));
    assert.deepEqual(filer.filter((f) => !/\.js(\.map)?$/.test(f)), []);
  });

  it('starts with plain node, answers /healthz, serves the tab and answers the bot', async () => {
    const barn = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/src/main.js'], {
      cwd: app,
      env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: path.join(app, 'data'), ORG_FILE: path.join(ROT, 'config', 'demo-organisasjon.json') },
    });
    let ut = '';
    let feil = '';
    barn.stderr.on('data', (d: Buffer) => (feil += d.toString()));
    const avsluttet = new Promise<number | null>((r) => barn.on('exit', r));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        barn.stdout.on('data', (d: Buffer) => {
          ut += d.toString();
          const m = /lytter på (http:\/\/localhost:\d+)/.exec(ut);
          if (m && /organisasjon:/.test(ut)) resolve(m[1]!);
        });
        void avsluttet.then((kode) => reject(new Error(`stoppet med ${kode}: ${feil}`)));
      });
      const helse = await fetch(`${url}/healthz`);
      assert.equal(helse.status, 200);
      assert.deepEqual(await helse.json(), { status: 'ok', store: 'sqlite' });

      const tab = await fetch(`${url}/index.html`);
      assert.equal(tab.status, 200);
      assert.match(await tab.text(), /Skolemiljø-fanen/);

      const samtale = `a:personlig-${DEMO.vaktmester}`;
      connector.kjentSamtale(samtale, DEMO.vaktmester);
      const svar = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: 'm1',
          text: 'hjelp',
          channelId: 'msteams',
          serviceUrl: connector.url,
          from: { id: `29:${DEMO.vaktmester}`, aadObjectId: DEMO.vaktmester },
          recipient: { id: BOT_ID },
          conversation: { id: samtale, conversationType: 'personal', tenantId: DEMO.tenantId },
          channelData: { tenant: { id: DEMO.tenantId } },
        }),
      });
      assert.ok(svar.status < 300, `HTTP ${svar.status}`);
      const [card] = connector.cardsTo(DEMO.vaktmester);
      assert.match(JSON.stringify(card), /Mistanke er nok/);
    } finally {
      barn.kill('SIGTERM');
      assert.equal(await avsluttet, 0, feil);
    }
  });
});
