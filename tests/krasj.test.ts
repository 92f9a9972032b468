/**
 * SIGKILL during a burst: the real app (src/main.ts in a child process, SQLite) receives a burst of
 * varsler from several people while its reminder sweep runs every half second over old, unreceived
 * cases, and is killed with SIGKILL at a seeded random moment — again and again. A form whose
 * answer never came is sent again after the restart, as Teams retries. At the end one more
 * instance drains what is left. Then:
 * - every varsel the app accepted (answered 200) is stored, each form once;
 * - every case's card reached rektor, every reminder due went out;
 * - a message went out twice only across a kill: sent by the killed process, then again after the
 *   restart (the one documented at-least-once window — README, «Running on several instances»);
 * - nothing is left in the outbox, and the audit chain holds.
 * The delivery path's design is not assumed: only what Teams (the connector stand-in) received.
 */
import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { submitVarsel } from '../src/app/submitVarsel';
import { PENDING_COLUMN } from '../src/store/schema';
import { sakIdFor } from '../src/store/sakRepo';
import { verifiserKjede } from '../src/store/auditChain';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore';
import { DEMO, DEMO_ORG_FIL, aktor, kontekstPaa, varselSkjema } from './support/appKontekst';
import { type Instans, naarStille, sendVarsel, startInstans } from './support/appProsess';
import { demoBrukere } from './support/botHarness';
import { type ConnectorStandIn, type Opptak, startConnector } from './support/connector';
import { suitensLoggvakt } from './support/loggvakt';
import { prng } from './support/prng';

const DREP = 4;
const PER_RUNDE = 6;
const GAMLE = 4;
const VARSLERE = [DEMO.laerer, DEMO.laerer2, DEMO.laerer3, DEMO.vaktmester];


/** The case a card is about (its refresh names it), if any. */
function sakIdI(o: Opptak): string | undefined {
  const id = (o.kort?.refresh as { action?: { data?: { sakId?: unknown } } } | undefined)?.action?.data?.sakId;
  return typeof id === 'string' ? id : undefined;
}

/** What makes two messages the same message: to whom, about which case, and what they say. */
function messageKey(o: Opptak): string {
  const sak = sakIdI(o) ?? '';
  const innhold = JSON.stringify([o.aktivitet?.text ?? '', o.kort ?? '']);
  return `${o.oid} ${sak} ${innhold}`;
}

describe('SIGKILL during a burst of varsler and reminder sweeps', function () {
  this.timeout(600_000);
  let dir: string;
  let connector: ConnectorStandIn;
  let env: Record<string, string>;
  const tilfeldig = prng(20261202);
  /** Forms answered 200 (accepted), and forms sent at all, by (oid, skjemaId). */
  const godtatt = new Map<string, string>();
  const sendt = new Map<string, string>();
  /**
   * The number (nr) of the connector's last call before each kill: calls numbered up to it are the
   * killed process's, those after it came later. A message sent at or before one and again after it
   * is the documented window.
   */
  const drap: number[] = [];
  const gamle: string[] = [];
  let siste: Instans | undefined;
  let godtattForDrap = 0;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-krasj-'));
    connector = await startConnector(demoBrukere());
    for (const oid of demoBrukere().map((b) => b.oid)) connector.kjentSamtale(`a:personlig-${oid}`, oid);
    // Old varsler nobody received: every sweep finds reminders due. About an employee (§12-5), so their
    // reminders run on the clock, not in working hours: the sweeps have work whatever hour the suite runs.
    const store = await openSqliteStore({ dataDir: dir });
    const ktx = await kontekstPaa(store, () => new Date('2026-03-09T10:00:00+01:00'));
    for (let i = 0; i < GAMLE; i++) {
      const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'ansatt' }), { skjemaId: `gammel-${i}`, kopi: { conversationId: `a:personlig-${DEMO.laerer}`, activityId: `k${i}` } });
      assert.ok(r.ok);
      gamle.push(r.verdi.id);
    }
    await store.close();
    env = {
      PORT: '0',
      LOG_LEVEL: 'info',
      DATA_DIR: dir,
      ORG_FILE: DEMO_ORG_FIL,
      BOT_SERVICE_URL: `${connector.url}/`,
      OUTBOX_INTERVAL_MS: '200',
      SWEEP_INTERVAL_MS: '500',
      // The same slot after each restart, as App Service restarts an instance: its old claims are taken over at once.
      INSTANCE_ID: 'krasj-0',
    };
  });
  after(async () => {
    if (siste && siste.barn.exitCode === null) siste.barn.kill('SIGKILL');
    await connector?.lukk();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const vakt = suitensLoggvakt();
  const start = () => startInstans(env, (l) => vakt.skann(l, 'krasj-barn'));

  it(`loses no accepted varsel and sends nothing twice except across a kill (${DREP} SIGKILLs)`, async () => {
    for (let runde = 0; runde < DREP; runde++) {
      const app = await start();
      // Forms whose answer never came (the process died under them) are sent again, as Teams retries.
      const igjen = [...sendt].filter(([k]) => !godtatt.has(k));
      const nye = Array.from({ length: PER_RUNDE }, (_, n) => {
        const oid = VARSLERE[(runde + n) % VARSLERE.length]!;
        return [`${oid} ${randomUUID()}`, oid] as const;
      });
      let forste: () => void = () => undefined;
      const noeGodtatt = new Promise<void>((r) => (forste = r));
      const forsok = [...igjen.map(([k, oid]) => [k, oid] as const), ...nye].map(async ([k, oid]) => {
        sendt.set(k, oid);
        try {
          await sendVarsel(app, connector, oid, k.split(' ')[1]!);
          godtatt.set(k, oid);
          godtattForDrap++;
          forste();
        } catch {
          // Killed mid-request: not accepted, sent again next round.
        }
      });
      // Killed while it works: after the burst is being answered, at a random moment of the next seconds.
      await Promise.race([noeGodtatt, new Promise((r) => setTimeout(r, 15_000))]);
      await new Promise((r) => setTimeout(r, Math.floor(tilfeldig() * 3000)));
      app.barn.kill('SIGKILL');
      assert.equal(await app.avsluttet, null, 'killed by the signal');
      // The mark after the process is gone (and its last request has reached the connector): what came before is the killed process's.
      await new Promise((r) => setTimeout(r, 300));
      drap.push(connector.opptak.at(-1)?.nr ?? 0);
      await Promise.all(forsok);
    }
    // The last forms not answered are sent once more, then one instance drains everything.
    siste = await start();
    for (const [k, oid] of sendt) if (!godtatt.has(k)) godtatt.set(k, (await sendVarsel(siste, connector, oid, k.split(' ')[1]!), oid));
    await naarStille(connector, 5000, 300_000);
    assert.equal(await siste.stopp(), 0);

    const store = await openSqliteStore({ dataDir: dir });
    try {
      // Every accepted varsel is stored, each form once (its key is the form's id).
      const saker: string[] = [];
      for await (const i of store.query<{ value: { id: string } }>('saker', { where: [{ column: 'SkoleId', op: 'eq', value: DEMO.skole }] })) saker.push(i.data.value.id);
      assert.equal(new Set(saker).size, saker.length);
      const forventet = [...godtatt].map(([k, oid]) => sakIdFor(oid, k.split(' ')[1]!));
      assert.deepEqual(new Set(saker), new Set([...gamle, ...forventet]), 'the stored cases are exactly the old ones and those accepted');
      assert.equal(godtatt.size, sendt.size, 'every form was accepted in the end');
      assert.ok(godtattForDrap > 0 && drap.some((d, i) => i > 0 && d > drap[i - 1]!), 'the kills hit an app at work (accepting and delivering)');

      // Every case's card reached rektor.
      const messages = connector.opptak.filter((o) => o.kall === 'melding' && o.status < 300);
      const tilRektor = new Set(messages.filter((o) => o.oid === DEMO.rektor).map(sakIdI));
      for (const sakId of saker) assert.ok(tilRektor.has(sakId), `rektor got the card for ${sakId}`);

      // A new case's card goes once to each receiver: twice only across a kill (first copy before it, the next after).
      const sett = new Map<string, number>();
      const utenforVinduet: string[] = [];
      let dobbelt = 0;
      for (const o of messages.filter((m) => !gamle.includes(sakIdI(m) ?? ''))) {
        const n = messageKey(o);
        const forrige = sett.get(n);
        if (forrige !== undefined) {
          dobbelt++;
          if (!drap.some((d) => forrige <= d && o.nr > d)) utenforVinduet.push(`${o.oid} nr ${forrige} og ${o.nr}: ${n.slice(0, 200)}`);
        }
        sett.set(n, o.nr);
      }
      assert.deepEqual(utenforVinduet, [], `sent twice without a kill between (kills at calls ${drap.join(', ')})`);
      // An old case's messages to a person: its card once, one per reminder the audit chain says went to them,
      // and at most one more per kill (several reminders due at once may carry the same card, so they are counted, not compared).
      const paaminnelserTil = new Map<string, number>();
      const where = [{ column: 'Nr', op: 'ge' as const, value: 1 }, { column: 'Handling', op: 'eq' as const, value: 'paminnelse' }];
      for await (const i of store.query<{ detail?: string }>('revisjonslogg', { where })) {
        const m = /sak=(\S+) til=(\S+)/.exec(i.data.detail ?? '');
        for (const oid of m && m[2] !== '-' ? m[2]!.split(',') : []) paaminnelserTil.set(`${oid} ${m![1]}`, (paaminnelserTil.get(`${oid} ${m![1]}`) ?? 0) + 1);
      }
      const perGammel = new Map<string, number>();
      for (const o of messages) {
        const sak = sakIdI(o);
        if (sak && gamle.includes(sak)) perGammel.set(`${o.oid} ${sak}`, (perGammel.get(`${o.oid} ${sak}`) ?? 0) + 1);
      }
      // The sweeps ran between the kills: the audit chain names reminders for the old cases, and each reached its receiver.
      assert.ok(paaminnelserTil.size > 0, 'the sweeps sent reminders for the old cases');
      for (const k of paaminnelserTil.keys()) assert.ok(perGammel.has(k), `the reminder reached ${k}`);
      const forMange = [...perGammel].filter(([k, antall]) => antall > 1 + (paaminnelserTil.get(k) ?? 0) + drap.length);
      assert.deepEqual(forMange, [], 'no more messages about an old case than its card, its reminders and the kills account for');

      // Nothing left to do, and the audit chain (written across every kill) holds.
      const ventende: string[] = [];
      for await (const i of store.query('saker', { where: [{ column: PENDING_COLUMN, op: 'gt', value: 0 }] })) ventende.push(i.id);
      assert.deepEqual(ventende, []);
      const kjede = await verifiserKjede(store);
      assert.ok(kjede.ok, JSON.stringify(kjede));
      process.stdout.write(`      ${sendt.size} skjema, ${saker.length} saker, ${messages.length} meldinger, ${godtattForDrap} godtatt før et drap, ${dobbelt} sendt to ganger over et drap, drap ved kall ${drap.join(', ')}\n`);
    } finally {
      await store.close();
    }
  });
});
