/**
 * Start-up as a person sees it: the real entry point in a child process. Bad configuration,
 * a missing data folder, a corrupt or locked database: each gives a clear message and loses
 * nothing. /healthz answers 200 only while the store answers.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const ROT = path.resolve(__dirname, '..');

interface Kjoring {
  kode: number | null;
  ut: string;
  feil: string;
}

/** Starts `npm start`'s command with the given environment; stops it once `ferdigNar` matches stdout (or it exits). */
function start(env: Record<string, string>, ferdigNar?: RegExp): Promise<Kjoring & { stopp: () => Promise<void> }> {
  const barn = spawn(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'src/main.ts'], {
    cwd: ROT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
  });
  let ut = '';
  let feil = '';
  const ferdig = new Promise<number | null>((r) => barn.on('exit', (kode) => r(kode)));
  const stopp = async () => {
    barn.kill('SIGTERM');
    await ferdig;
  };
  return new Promise((resolve) => {
    barn.stdout.on('data', (d: Buffer) => {
      ut += d.toString();
      if (ferdigNar?.test(ut)) resolve({ kode: null, ut, feil, stopp });
    });
    barn.stderr.on('data', (d: Buffer) => (feil += d.toString()));
    void ferdig.then((kode) => resolve({ kode, ut, feil, stopp }));
  });
}

describe('starting the app', function () {
  // Generous: each case starts Node with tsx, which takes seconds on a busy 2-core machine.
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-start-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts on the embedded store with the demo organisation, creates the data folder and answers /healthz', async () => {
    const data = path.join(dir, 'finnes-ikke-ennå', 'data');
    const k = await start({ PORT: '0', DATA_DIR: data }, /organisasjon:/);
    try {
      assert.match(k.ut, /lytter på http:\/\/localhost:(\d+)/);
      assert.match(k.ut, /lagring: +SQLite/);
      assert.match(k.ut, /Demo kommune \(2 skoler\)/);
      assert.match(k.ut, /autentisering av/);
      const port = /localhost:(\d+)/.exec(k.ut)![1];
      const svar = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(svar.status, 200);
      assert.deepEqual(await svar.json(), { status: 'ok', store: 'sqlite' });
      assert.ok(fs.existsSync(data));
    } finally {
      await k.stopp();
    }
  });

  it('keeps serving after the request that used to end it: content-encoding gzip with a body that is not gzip', async () => {
    const k = await start({ PORT: '0', DATA_DIR: path.join(dir, 'data') }, /organisasjon:/);
    try {
      const port = /localhost:(\d+)/.exec(k.ut)![1];
      const svar = await new Promise<number>((resolve, reject) => {
        const req = http.request(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end('not gzip');
      });
      assert.equal(svar, 400);
      assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
      assert.equal(k.kode, null, 'the process is still running');
    } finally {
      await k.stopp();
    }
  });

  it('stops with one line naming each wrong variable', async () => {
    const k = await start({ PORT: 'abc', STORE: 'mongo' });
    assert.equal(k.kode, 1);
    assert.match(k.feil, /Konfigurasjonsfeil/);
    assert.match(k.feil, /PORT: .*«abc»/);
    assert.match(k.feil, /STORE: .*«mongo»/);
    assert.doesNotMatch(k.feil, /at .*\.ts:\d+/, 'no stack trace');
  });

  it('names what SharePoint needs when STORE=sharepoint is incomplete, without echoing secrets', async () => {
    const k = await start({ STORE: 'sharepoint', GRAPH_CLIENT_SECRET: 'hemmelig-verdi' });
    assert.equal(k.kode, 1);
    assert.match(k.feil, /SHAREPOINT_SITE_ID: mangler/);
    assert.doesNotMatch(k.feil, /hemmelig-verdi/);
  });

  it('explains a broken organisation file', async () => {
    const fil = path.join(dir, 'org.json');
    fs.writeFileSync(fil, '{"tenantId": "x"');
    const k = await start({ ORG_FILE: fil, DATA_DIR: dir });
    assert.equal(k.kode, 1);
    assert.match(k.feil, /ORG_FILE: .*ikke gyldig JSON/);
  });

  it('refuses a corrupt database file with a clear message and leaves the file as it was', async () => {
    const fil = path.join(dir, 'skolemiljo.db');
    const innhold = Buffer.from('dette er ikke en database, men noens viktige data '.repeat(200));
    fs.writeFileSync(fil, innhold);
    const k = await start({ DATA_DIR: dir, PORT: '0' });
    assert.equal(k.kode, 1);
    assert.match(k.feil, /Appen startet ikke: .*skolemiljo\.db/);
    assert.deepEqual(fs.readFileSync(fil), innhold);
  });

  it('refuses a database locked by another process, and the data is intact afterwards', async () => {
    const forste = await start({ DATA_DIR: dir, PORT: '0' }, /organisasjon:/);
    await forste.stopp();
    const db = new Database(path.join(dir, 'skolemiljo.db'));
    db.pragma('busy_timeout = 0');
    db.exec('BEGIN EXCLUSIVE');
    try {
      const k = await start({ DATA_DIR: dir, PORT: '0' });
      assert.equal(k.kode, 1);
      assert.match(k.feil, /låst/);
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
    const igjen = await start({ DATA_DIR: dir, PORT: '0' }, /organisasjon:/);
    await igjen.stopp();
  });
});
