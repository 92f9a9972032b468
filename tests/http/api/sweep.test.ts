/**
 * Starting a sweep from outside: POST /api/jobs/sweep with the shared secret, through the whole
 * app (restify, the sweep, the outbox, botbuilder to the connector stand-in). The reminder the
 * person gets is the case card with the reminder on top, and its buttons work. `npm run sweep` in
 * another process wakes the running app's delivery (POST /api/jobs/levering): its reminders go out
 * at once, though the app's outbox timer would not look for an hour.
 */
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO, DEMO_ORG_FIL } from '../../support/appKontekst';
import { BotHarness, cardText } from '../../support/botHarness';
import { sendVarsel } from '../../bot/hjelpere';

const HEMMELIG = 'en-lang-delt-hemmelighet-for-tester';

async function sweep(h: BotHarness, auth?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${h.url}/api/jobs/sweep`, { method: 'POST', headers: auth === undefined ? {} : { authorization: auth } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/jobs/sweep', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start({ miljo: { JOBS_SECRET: HEMMELIG } })));
  afterEach(async () => h.stopp());

  it('refuses a missing or wrong secret with 401 and sweeps nothing', async () => {
    await sendVarsel(h, DEMO.laerer);
    h.settTid('2026-11-24T09:30:00Z');
    for (const auth of [undefined, '', 'Bearer ', `Bearer ${HEMMELIG}x`, `Bearer ${HEMMELIG.slice(1)}`, HEMMELIG, `Basic ${HEMMELIG}`]) {
      const svar = await sweep(h, auth);
      assert.equal(svar.status, 401, String(auth));
    }
    assert.equal((await fetch(`${h.url}/api/jobs/levering`, { method: 'POST', headers: { authorization: `Bearer ${HEMMELIG}x` } })).status, 401);
    assert.equal((await h.app.store.query('paminnelser', { where: [{ column: 'Sveipdag', op: 'eq', value: '2026-11-24' }] })[Symbol.asyncIterator]().next()).done, true);
  });

  it('sends a reminder the receiver can act on, once however often it is called', async () => {
    await sendVarsel(h, DEMO.laerer); // Monday 23 November 2026, 10:00 in Oslo
    // Case cards only: this week's bekreftelse round (tests/app/paaminnelser/bekreftelser.test.ts) sends rektor its own.
    const sakCard = () => h.connector.cardsTo(DEMO.rektor).filter((k) => !!(k.refresh as { action?: { data?: { sakId?: string } } } | undefined)?.action?.data?.sakId);
    const forRektor = sakCard().length;
    h.settTid('2026-11-24T09:00:00Z'); // one working day later
    const svar = await sweep(h, `Bearer ${HEMMELIG}`);
    assert.deepEqual([svar.status, svar.body.fullfort, svar.body.sendt], [200, true, 1]);
    await h.leverAlt();
    assert.deepEqual((await sweep(h, `Bearer ${HEMMELIG}`)).body.sendt, 0);
    await h.leverAlt();
    assert.equal(sakCard().length, forRektor + 1, 'one reminder card');
    const card = sakCard().at(-1)!;
    assert.match(cardText(card), /Påminnelse: dette varselet er ikke tatt imot ennå/);
    const klikk = await h.bruker(DEMO.rektor).klikkKnapp(card, 'ta_imot');
    assert.equal(klikk.status, 200);
    assert.match(cardText(klikk.kort), /Mottatt/);
    assert.doesNotMatch(cardText(klikk.kort), /Påminnelse/, 'the answered card shows the case as it is now');
  });
});

describe('npm run sweep beside the running app', function () {
  // Starts Node with tsx in a child process: seconds on a busy machine.
  this.timeout(120_000);
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start({ miljo: { JOBS_SECRET: HEMMELIG } })));
  afterEach(async () => h.stopp());

  it('wakes the app\'s delivery, so the reminders it queued reach people without waiting for the outbox timer', async () => {
    await sendVarsel(h, DEMO.laerer); // Monday 23 November 2026, 10:00 in Oslo
    const paaminnelser = () => h.connector.cardsTo(DEMO.rektor).filter((k) => /Påminnelse: dette varselet er ikke tatt imot ennå/.test(cardText(k))).length;
    h.settTid('2026-11-24T09:00:00Z');
    const env = { PATH: process.env.PATH, DATA_DIR: h.dataDir, ORG_FILE: DEMO_ORG_FIL, LOG_LEVEL: 'silent', PUBLIC_URL: h.url, JOBS_SECRET: HEMMELIG };
    const cli = path.resolve(__dirname, '../../../src/sweepCli.ts');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--disable-warning=DEP0111', cli, '--naa', '2026-11-24T09:00:00Z'], { env });
    assert.equal((JSON.parse(stdout) as { sendt: number }).sendt, 1);
    assert.match(stderr, /Appen er vekket/);
    // No leverAlt(): only the wake (the harness's outbox timer ticks once an hour).
    await h.app.outbox.idle();
    assert.equal(paaminnelser(), 1);
  });
});

describe('POST /api/jobs/sweep without a configured secret', () => {
  it('refuses everyone', async () => {
    const h = await BotHarness.start();
    try {
      assert.equal((await sweep(h, 'Bearer ')).status, 401);
      assert.equal((await sweep(h, 'Bearer undefined')).status, 401);
    } finally {
      await h.stopp();
    }
  });
});
