/**
 * The audit log's hash chain on both stores: appends are numbered without gaps even when they
 * race (in one process, grouped; across processes, through the head's version), ten varsler
 * submitted and delivered at once by two processes lose and fork nothing, an entry chained twice
 * is stored once, a crash mid-append is completed, and the verifier names the first link that was
 * changed, removed or slipped in, or whose columns alone were edited. `npm run audit:verify` does the same.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { main as auditVerify } from '../../src/auditCli';
import { HODE_NOKKEL, leggTilAudit, lenkeHash, auditSkrevet, verifiserKjede, type Lenke, type AuditEntry } from '../../src/store/auditChain';
import type { Store } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import { lagDeliveryHandler } from '../../src/app/delivery';
import { submitVarsel } from '../../src/app/submitVarsel';
import { OutboxDispatcher, drain } from '../../src/outbox/dispatcher';
import { startHarness, type Harness } from '../support/graph/harness';
import { DEMO, DEMO_ORG_FIL, aktor, kontekstPaa, varselSkjema } from '../support/appKontekst';
import { OpptakendeNotifier } from '../support/opptakendeNotifier';

const post = (action: string): AuditEntry => ({ id: randomUUID(), at: '2026-11-23T09:00:00.000Z', actor: '00000000-0000-4000-8000-000000000101', action, list: 'saker', itemId: '7' });

async function lenke(store: Store, nr: number) {
  for await (const item of store.query<Lenke>('revisjonslogg', { where: [{ column: 'Nr', op: 'eq', value: nr }] })) return item;
  throw new Error(`ingen lenke ${nr}`);
}

/** A store, and how to open a second handle on the same data (another process's view of it). */
type LagStore = () => Promise<{ store: Store; annen: () => Promise<Store>; rydd: () => Promise<void> }>;

function kjedeTester(navn: string, lagStore: LagStore) {
  describe(`audit chain on ${navn}`, function () {
    this.timeout(60_000);
    let store: Store;
    let annen: () => Promise<Store>;
    let rydd: () => Promise<void>;
    beforeEach(async () => ({ store, annen, rydd } = await lagStore()));
    afterEach(async () => rydd());

    it('numbers appends racing from two processes 1…n without a gap or a fork', async () => {
      const andre = await annen();
      try {
        await Promise.all(Array.from({ length: 8 }, (_, i) => leggTilAudit(i % 2 ? andre : store, [post(`a${i}`), post(`b${i}`)])));
        const r = await verifiserKjede(store);
        assert.ok(r.ok, JSON.stringify(r));
        assert.equal(r.antall, 16);
      } finally {
        await andre.close();
      }
    });

    it('ten varsler submitted and delivered at once by two processes: every audit entry chained once, no fork', async () => {
      const andre = await annen();
      try {
        const prosesser: { ktx: Awaited<ReturnType<typeof kontekstPaa>>; notifier: OpptakendeNotifier; dispatcher: OutboxDispatcher }[] = [];
        for (const s of [store, andre]) {
          const ktx = await kontekstPaa(s);
          const notifier = new OpptakendeNotifier();
          prosesser.push({ ktx, notifier, dispatcher: new OutboxDispatcher({ store: s, handlers: { saker: lagDeliveryHandler(ktx, notifier) }, now: ktx.naa }) });
        }
        const sakIder = await Promise.all(
          Array.from({ length: 10 }, async (_, i) => {
            const { ktx } = prosesser[i % 2]!;
            const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'nei' }), { skjemaId: ktx.nyId(), kopi: { conversationId: 'c', activityId: `k${i}` } });
            assert.ok(r.ok);
            return r.verdi.id;
          }),
        );
        await Promise.all(prosesser.map((p) => drain(p.dispatcher)));
        const r = await verifiserKjede(store);
        assert.ok(r.ok, JSON.stringify(r));
        // Each varsel: its submit's entry and one «levert» per receiver (rektor, inspektør, sosiallærer).
        assert.equal(r.antall, 10 * 4);
        assert.equal(prosesser.reduce((n, p) => n + p.notifier.sendt.length, 0), 30);
        for (const sakId of sakIder) {
          const itemId = (await store.getByKey('saker', `sak:${sakId}`))!.id;
          const handlinger: string[] = [];
          for await (const i of store.query<Lenke>('revisjonslogg', { where: [{ column: 'ElementId', op: 'eq', value: itemId }] })) handlinger.push(i.data.action);
          assert.deepEqual(handlinger.sort(), ['levert', 'levert', 'levert', 'varsel_sendt'], sakId);
        }
      } finally {
        await andre.close();
      }
    });

    it('numbers racing appends 1…n without a gap or a fork, and the chain verifies', async () => {
      await Promise.all(Array.from({ length: 6 }, (_, i) => leggTilAudit(store, [post(`a${i}`), post(`b${i}`)])));
      const r = await verifiserKjede(store);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.antall, 12);
    });

    it('stores an entry chained twice (re-projected after a crash) once', async () => {
      const p = [post('ta_imot'), post('tildel')];
      await leggTilAudit(store, p);
      await leggTilAudit(store, p);
      const r = await verifiserKjede(store);
      assert.ok(r.ok && r.antall === 2, JSON.stringify(r));
    });

    it('completes an append that crashed after moving the head and before storing its entries', async () => {
      await leggTilAudit(store, [post('sendt')]);
      const taImot = post('ta_imot');
      const krasjende = new Proxy(store, {
        get(target, prop) {
          const v = Reflect.get(target, prop, target) as unknown;
          if (prop === 'createMany') {
            return async (list: string, items: { key?: string }[]) => {
              if (items.some((i) => i.key === taImot.id)) throw new Error('prosessen døde her');
              return (v as (...a: unknown[]) => unknown).call(target, list, items);
            };
          }
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
      await assert.rejects(leggTilAudit(krasjende, [taImot]));
      // The head holds the entries of the interrupted append: the chain still verifies.
      assert.ok((await verifiserKjede(store)).ok);
      await leggTilAudit(store, [post('tildel')]);
      const r = await verifiserKjede(store);
      assert.ok(r.ok && r.antall === 3, JSON.stringify(r));
      assert.equal((await lenke(store, 2)).data.action, 'ta_imot');
    });

    it('names the first link whose content was changed', async () => {
      await leggTilAudit(store, ['a', 'b', 'c', 'd'].map(post));
      const l = await lenke(store, 2);
      await store.update('revisjonslogg', { ...l, data: { ...l.data, actor: 'noen-andre' } });
      assert.deepEqual(await verifiserKjede(store), { ok: false, antall: 1, brudd: { nr: 2, grunn: 'innholdet er endret etter at det ble skrevet' } });
    });

    for (const [kolonne, verdi] of [['ElementId', '8'], ['Aktor', '00000000-0000-4000-8000-000000000999'], ['Handling', 'ingenting'], ['Tidspunkt', '2026-11-24T09:00:00.000Z']] as const) {
      it(`names the first link whose ${kolonne} column alone was edited (the hashed entry untouched)`, async () => {
        await leggTilAudit(store, ['a', 'b', 'c'].map(post));
        const l = await lenke(store, 2);
        await store.update('revisjonslogg', { ...l, columns: { ...l.columns, [kolonne]: verdi } });
        assert.deepEqual(await verifiserKjede(store), { ok: false, antall: 1, brudd: { nr: 2, grunn: `kolonnen ${kolonne} er endret etter at lenken ble skrevet` } });
      });
    }

    it('names a link slipped in with rewritten hashes after it, and one added after the head', async () => {
      await leggTilAudit(store, ['a', 'b'].map(post));
      const l = await lenke(store, 2);
      // Rewrite link 2 with a correct hash over new content: link 2 holds, but the head no longer matches.
      const falsk = { ...l.data, action: 'slettet_sak' };
      await store.update('revisjonslogg', { ...l, columns: { ...l.columns, Handling: falsk.action }, data: { ...falsk, hash: lenkeHash(falsk.forrige, 2, falsk) } });
      assert.deepEqual(await verifiserKjede(store), { ok: false, antall: 2, brudd: { nr: 2, grunn: 'kjedens hode stemmer ikke med siste lenke' } });

      await store.update('revisjonslogg', { ...(await lenke(store, 2)), columns: l.columns, data: l.data });
      assert.ok((await verifiserKjede(store)).ok);
      const ekstra = { ...post('ekstra'), nr: 3, forrige: l.data.hash, hash: 'x' };
      await store.create('revisjonslogg', { key: ekstra.id, columns: { Nr: 3, Liste: 'saker', ElementId: '7', Aktor: 'x', Handling: 'ekstra', Tidspunkt: ekstra.at }, data: ekstra });
      const r = await verifiserKjede(store);
      assert.equal(!r.ok && r.brudd.nr, 3);
    });

    it('keeps the head out of the log a case shows', async () => {
      await leggTilAudit(store, [post('a')]);
      assert.ok(await store.getByKey('revisjonslogg', HODE_NOKKEL));
      const om7: string[] = [];
      for await (const item of store.query<Lenke>('revisjonslogg', { where: [{ column: 'ElementId', op: 'eq', value: '7' }] })) om7.push(item.data.action);
      assert.deepEqual(om7, ['a']);
    });
  });
}

kjedeTester('SQLite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-kjede-'));
  const store = await openSqliteStore({ dataDir: dir });
  return { store, annen: () => openSqliteStore({ dataDir: dir }), rydd: async () => (await store.close(), fs.rmSync(dir, { recursive: true, force: true })) };
});

describe('audit chain on SharePoint (Graph stand-in)', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => (h = await startHarness()));
  after(async () => h?.close());
  kjedeTester('SharePoint', async () => {
    const site = await h.provisionedSite();
    const store = await h.openStore(site.id);
    return { store, annen: () => h.openStore(site.id), rydd: () => store.close() };
  });
});

describe('npm run audit:verify', () => {
  it('says the chain holds, and after tampering names the first broken link with exit code 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-kjede-cli-'));
    try {
      const store = await openSqliteStore({ dataDir: dir });
      await leggTilAudit(store, ['a', 'b', 'c'].map(post));
      await auditSkrevet(store);
      await store.close();
      const env = { DATA_DIR: dir, ORG_FILE: DEMO_ORG_FIL };
      const ut: string[] = [];
      assert.equal(await auditVerify(env, (l) => ut.push(l)), 0);
      assert.match(ut.join('\n'), /Revisjonsloggen er hel: 3 poster/);

      // Someone with the database file deletes entry 2.
      const db = new Database(path.join(dir, 'skolemiljo.db'));
      db.prepare('DELETE FROM "Revisjonslogg" WHERE "Nr" = 2').run();
      db.close();
      ut.length = 0;
      assert.equal(await auditVerify(env, (l) => ut.push(l)), 1);
      assert.match(ut.join('\n'), /BRUTT ved post nr\. 2: lenken mangler/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a link whose ElementId column alone was edited (which would hide a read from the innsyn export)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-kjede-cli-'));
    try {
      const store = await openSqliteStore({ dataDir: dir });
      await leggTilAudit(store, ['a', 'sak_lest', 'c'].map(post));
      await store.close();
      const db = new Database(path.join(dir, 'skolemiljo.db'));
      db.prepare('UPDATE "Revisjonslogg" SET "ElementId" = \'999\' WHERE "Nr" = 2').run();
      db.close();
      const ut: string[] = [];
      assert.equal(await auditVerify({ DATA_DIR: dir, ORG_FILE: DEMO_ORG_FIL }, (l) => ut.push(l)), 1);
      assert.match(ut.join('\n'), /BRUTT ved post nr\. 2: kolonnen ElementId er endret etter at lenken ble skrevet/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
