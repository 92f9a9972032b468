/**
 * Exactly once with two real processes: two `npm run sweep` processes (src/sweepCli.ts) sweep one
 * SQLite file at the same moment, then a third runs later as after a restart. Each reminder is
 * claimed once, by the store's unique key, whoever wins.
 */
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { submitVarsel } from '../src/app/submitVarsel';
import type { Envelope } from '../src/store/envelope';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore';
import { DEMO, DEMO_ORG_FIL, aktor, demoOrg, kontekstPaa, varselSkjema } from './support/appKontekst';

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../src/sweepCli.ts');
const VARSLER = 12;
const ANSATTE = [...new Set(demoOrg().skoler.flatMap((s) => s.ansatte.map((p) => p.oid)))];
const REKTORER = demoOrg().skoler.filter((s) => s.rektor);

describe('npm run sweep in two processes on one SQLite file', function () {
  // Generous: each case starts Node with tsx, which takes seconds on a busy 2-core machine.
  this.timeout(120_000);
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-sveip-'));
    const store = await openSqliteStore({ dataDir: dir });
    const ktx = await kontekstPaa(store, () => new Date('2026-03-09T10:00:00+01:00'));
    for (let i = 0; i < VARSLER; i++) {
      const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: `skjema-${i}`, kopi: { conversationId: 'c', activityId: 'k' } });
      assert.ok(r.ok);
    }
    await store.close();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sweep = async (naa: string) => {
    const env = { PATH: process.env.PATH, DATA_DIR: dir, ORG_FILE: DEMO_ORG_FIL, LOG_LEVEL: 'silent' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--disable-warning=DEP0111', CLI, '--naa', naa], { env });
    return JSON.parse(stdout) as { sendt: number; alleredeSendt: number; bekreftelser: { sendt: number; alleredeSendt: number } };
  };

  it('claims each reminder once between them, and not again after a restart', async () => {
    const [a, b] = await Promise.all([sweep('2026-03-10T10:00:00+01:00'), sweep('2026-03-10T10:00:00+01:00')]);
    assert.equal(a.sendt + b.sendt, VARSLER);
    assert.equal(a.alleredeSendt + b.alleredeSendt, VARSLER);
    // This week's bekreftelse round: one card to each of the staff, one summary to each school's rektor.
    assert.equal(a.bekreftelser.sendt + b.bekreftelser.sendt, ANSATTE.length + REKTORER.length);
    const senere = await sweep('2026-03-10T13:00:00+01:00');
    assert.deepEqual([senere.sendt, senere.alleredeSendt, senere.bekreftelser.sendt], [0, VARSLER, 0]);

    const store = await openSqliteStore({ dataDir: dir });
    try {
      const mottakere: string[] = [];
      const plikter: string[] = [];
      for await (const p of store.query<Envelope<unknown>>('paminnelser', { where: [{ column: 'Sveipdag', op: 'eq', value: '2026-03-10' }] })) {
        mottakere.push(...p.data.outbox.filter((e) => e.kind === 'paminnelse').map((e) => e.to));
        plikter.push(...p.data.outbox.filter((e) => e.kind === 'plikter').map((e) => e.to));
      }
      assert.equal(mottakere.length, VARSLER * 3, 'one card to each of the three receivers per varsel');
      assert.deepEqual(plikter.sort(), [...ANSATTE].sort(), 'one bekreftelse card to each of the staff');
    } finally {
      await store.close();
    }
  });

  it('refuses a given time when a Microsoft app id is configured', async () => {
    const env = { PATH: process.env.PATH, DATA_DIR: dir, ORG_FILE: DEMO_ORG_FIL, LOG_LEVEL: 'silent', MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: DEMO.tenantId };
    await assert.rejects(run(process.execPath, ['--import', 'tsx', CLI, '--naa', '2026-03-10T10:00:00+01:00'], { env }), (e: { stderr: string; code: number }) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /--naa brukes bare i tester og lokal prøving/);
      return true;
    });
  });
});
