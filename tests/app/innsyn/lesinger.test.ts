/**
 * Every read of a case's content by anyone but the reporter is an audit entry — the case page, its
 * timeline, log and plan, the documentation PDF, the letter, the case list (one entry per read of
 * the list, naming its cases) and Mine oppgaver — on both stores. The entry is written after the
 * answer: a read answers while the chain cannot be written, its entry waits (logged, never
 * dropped) and arrives once the chain can be written. The pupil's innsyn export lists every read.
 */
import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lagDokumentasjon } from '../../../src/app/dokumenter/dokumentasjon';
import { lagForeldrebrev } from '../../../src/app/dokumenter/foreldrebrev';
import { mineOppgaver } from '../../../src/app/views/oppgaver';
import { venterPaaDeg } from '../../../src/app/views/venter';
import { getSakSide, listSaker } from '../../../src/app/views/saker';
import { lagInnsynsuttrekk } from '../../../src/app/innsyn/uttrekk';
import type { AppKontekst } from '../../../src/app/kontekst';
import { lesingerSkrevet, listedeSaker, loggListelesing } from '../../../src/app/lesLogg';
import { visPlan } from '../../../src/app/plan/visPlan';
import { visSak } from '../../../src/app/sakHandlinger';
import { visLogg } from '../../../src/app/sakslogg';
import { visTidslinje } from '../../../src/app/sakTidslinje';
import { LESING_TEKST } from '../../../src/i18n/betegnelser';
import { StoreUnavailableError, type Store } from '../../../src/store/port';
import { type Lenke, verifiserKjede } from '../../../src/store/auditChain';
import { getSak } from '../../../src/store/sakRepo';
import { openSqliteStore } from '../../../src/store/sqlite/SqliteStore';
import { DEMO, aktor, kontekstPaa } from '../../support/appKontekst';
import { startHarness, type Harness } from '../../support/graph/harness';
import { testLogger } from '../../support/loggvakt';
import { TILTAKSANSVARLIG, sakMedAktivPlan } from '../../support/saksgang';

const NAA = new Date('2026-11-23T09:00:00Z');

async function lenkerEtter(store: Store, nr: number): Promise<Lenke[]> {
  const ut: Lenke[] = [];
  for await (const i of store.query<Lenke>('revisjonslogg', { where: [{ column: 'Nr', op: 'gt', value: nr }], orderBy: { column: 'Nr' } })) ut.push(i.data);
  return ut;
}

async function sisteNr(store: Store): Promise<number> {
  await lesingerSkrevet(store);
  let nr = 0;
  for await (const i of store.query<Lenke>('revisjonslogg', { where: [{ column: 'Nr', op: 'ge', value: 1 }] })) nr = Math.max(nr, i.data.nr);
  return nr;
}

for (const storeName of ['sqlite', 'sharepoint'] as const) {
  describe(`reads of case content are audited (${storeName})`, function () {
    this.timeout(180_000);
    let ktx: AppKontekst;
    let h: Harness | undefined;
    let dir: string | undefined;

    before(async () => {
      let store: Store;
      if (storeName === 'sqlite') {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-lesinger-'));
        store = await openSqliteStore({ dataDir: dir });
      } else {
        h = await startHarness();
        store = (await h.warmStore()).store;
      }
      ktx = await kontekstPaa(store, () => NAA);
    });
    after(async () => {
      await ktx.store.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      await h?.close();
    });

    it('writes one entry per read (who, what, which case, when), none for the reporter, and the innsyn export lists them all', async () => {
      const sakId = await sakMedAktivPlan(ktx);
      const itemId = (await getSak(ktx.store, sakId))!.itemId;
      const fra = await sisteNr(ktx.store);
      const rektor = aktor(DEMO.rektor);

      assert.ok((await visSak(ktx, rektor, sakId)).ok);
      assert.ok((await getSakSide(ktx, rektor, sakId)).ok);
      assert.ok((await visTidslinje(ktx, rektor, sakId)).ok);
      assert.ok((await visLogg(ktx, rektor, sakId)).ok);
      assert.ok((await visPlan(ktx, rektor, sakId)).ok);
      assert.ok((await lagDokumentasjon(ktx, rektor, sakId)).ok);
      assert.ok((await lagForeldrebrev(ktx, rektor, sakId, {})).ok);
      const liste = await listSaker(ktx, rektor);
      assert.ok(liste.ok && liste.verdi.rader.some((r) => r.id === sakId));
      // The tiltak's owner reads the plan and their tasks; the reporter reads their own receipt.
      assert.ok((await visPlan(ktx, aktor(TILTAKSANSVARLIG), sakId)).ok);
      const oppgaver = await mineOppgaver(ktx, aktor(TILTAKSANSVARLIG));
      assert.ok(oppgaver.ok && oppgaver.verdi.some((o) => o.sakId === sakId));
      const venter = await venterPaaDeg(ktx, aktor(TILTAKSANSVARLIG));
      assert.ok(venter.ok && venter.verdi.oppgaver.some((o) => o.sak?.id === sakId));
      assert.ok((await visSak(ktx, aktor(DEMO.laerer), sakId)).ok);
      // Refused reads read nothing.
      assert.equal((await visPlan(ktx, aktor(DEMO.annenRektor), sakId)).ok, false);
      assert.equal((await lagDokumentasjon(ktx, aktor(DEMO.administrator), sakId)).ok, false);

      await lesingerSkrevet(ktx.store);
      const nye = await lenkerEtter(ktx.store, fra);
      const paaSaken = (l: Lenke) => (l.itemId === itemId ? 'saken' : l.detail?.split('=')[1]?.split(',').includes(sakId) ? 'i listen' : 'annet');
      assert.deepEqual(
        nye.map((l) => [l.actor, l.action, paaSaken(l)]),
        [
          [DEMO.rektor, 'sak_lest', 'saken'],
          [DEMO.rektor, 'sak_lest', 'saken'],
          [DEMO.rektor, 'tidslinje_lest', 'saken'],
          [DEMO.rektor, 'logg_lest', 'saken'],
          [DEMO.rektor, 'plan_lest', 'saken'],
          [DEMO.rektor, 'dokumentasjon_lest', 'saken'],
          [DEMO.rektor, 'brev_lest', 'saken'],
          [DEMO.rektor, 'saker_listet', 'i listen'],
          [TILTAKSANSVARLIG, 'plan_lest', 'saken'],
          [TILTAKSANSVARLIG, 'oppgaver_listet', 'i listen'],
          [TILTAKSANSVARLIG, 'venter_listet', 'i listen'],
        ],
      );
      assert.ok(nye.every((l) => l.at === NAA.toISOString() && l.list === 'saker'));
      assert.ok(!JSON.stringify(nye).includes('Kari'), 'ids and codes only');
      assert.ok((await verifiserKjede(ktx.store)).ok);

      const innsyn = await lagInnsynsuttrekk(ktx, rektor, { skoleId: DEMO.skole, elevNavn: 'Kari Nordmann', format: 'json' });
      assert.ok(innsyn.ok, JSON.stringify(innsyn));
      const sak = innsyn.verdi.uttrekk.saker.at(-1)!;
      const hva = (hvem: string) => sak.lesinger.filter((l) => l.hvem === hvem).map((l) => l.hva);
      const rektorsNavn = ktx.org.skoler.find((s) => s.id === DEMO.skole)!.ansatte.find((p) => p.oid === DEMO.rektor)!.navn;
      const vaktmester = ktx.org.skoler.find((s) => s.id === DEMO.skole)!.ansatte.find((p) => p.oid === TILTAKSANSVARLIG)!.navn;
      for (const kode of ['sak_lest', 'tidslinje_lest', 'logg_lest', 'plan_lest', 'dokumentasjon_lest', 'brev_lest', 'saker_listet']) {
        assert.ok(hva(rektorsNavn).includes(LESING_TEKST[kode]!), `${kode}: ${JSON.stringify(sak.lesinger)}`);
      }
      assert.deepEqual(hva(vaktmester), [LESING_TEKST.plan_lest, LESING_TEKST.oppgaver_listet, LESING_TEKST.venter_listet]);
    });

    it('writes a long list read as entries that fit the store, and a burst of them in batches, all in the chain', async () => {
      const fra = await sisteNr(ktx.store);
      const ider = Array.from({ length: 250 }, () => randomUUID());
      for (let i = 0; i < 5; i++) loggListelesing(ktx, DEMO.kommunalsjef, ider);
      assert.deepEqual(await lesingerSkrevet(ktx.store), []);
      const nye = await lenkerEtter(ktx.store, fra);
      assert.equal(nye.length, 15);
      assert.ok(nye.every((l) => l.action === 'saker_listet' && l.actor === DEMO.kommunalsjef && JSON.stringify(l).length < 5000));
      assert.deepEqual(new Set(nye.flatMap((l) => listedeSaker(l))), new Set(ider));
      assert.ok((await verifiserKjede(ktx.store)).ok);
    });

    if (storeName === 'sqlite') {
      it('answers the reader while the chain cannot be written; the entry waits, is logged, and is written once the chain can be', async () => {
        const sakId = await sakMedAktivPlan(ktx);
        const fra = await sisteNr(ktx.store);
        let blokkert = true;
        const linjer: string[] = [];
        // The same data, through a store whose chain writes fail while `blokkert`.
        const store = new Proxy(ktx.store, {
          get(maal, navn, mottaker) {
            const v = Reflect.get(maal, navn, mottaker) as unknown;
            if (typeof v !== 'function') return v;
            return (...args: unknown[]) => {
              if (blokkert && args[0] === 'revisjonslogg' && (navn === 'update' || navn === 'create' || navn === 'createMany')) {
                return Promise.reject(new StoreUnavailableError('revisjonsloggen svarer ikke (test)'));
              }
              return (v as (...a: unknown[]) => unknown).apply(maal, args);
            };
          },
        });
        const ktx2 = await kontekstPaa(store, () => NAA);
        Object.assign(ktx2, { log: testLogger('lesinger', (l) => void linjer.push(l)) });
        const svar = await visSak(ktx2, aktor(DEMO.rektor), sakId);
        assert.ok(svar.ok, 'the read is answered');
        const igjen = await lesingerSkrevet(store, 400);
        assert.equal(igjen.length, 1, 'still queued, not dropped');
        assert.ok(linjer.some((l) => l.includes('lesinger ikke skrevet ennå')), linjer.join('\n'));
        blokkert = false;
        assert.deepEqual(await lesingerSkrevet(store), []);
        const nye = await lenkerEtter(ktx.store, fra);
        assert.deepEqual(nye.map((l) => [l.actor, l.action]), [[DEMO.rektor, 'sak_lest']]);
        assert.ok((await verifiserKjede(ktx.store)).ok);
      });
    }
  });
}
