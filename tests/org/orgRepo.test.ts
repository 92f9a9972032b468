/**
 * The organisation as data, on both stores (SQLite, and SharePoint through the Graph stand-in with
 * the real client stack): the file imports and exports unchanged, importing again keeps the list's
 * history, and who works at a school follows group membership.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseOrganisasjon } from '../../src/domain/organisasjonSkjema';
import { eksporter, importerOrganisasjon, lesOrganisasjon } from '../../src/org/importer';
import { endreAnsatt, getAnsatte, getSkole, saveSkole } from '../../src/org/orgRepo';
import type { Store } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import { DEMO, demoOrg } from '../support/appKontekst';
import { startHarness, type Harness } from '../support/graph/harness';

const T0 = new Date('2026-11-23T09:00:00Z');

function orgStoreKontrakt(navn: string, aapne: () => Promise<Store>) {
  describe(`the organisation in the store (${navn})`, function () {
    this.timeout(60_000);
    let store: Store;
    beforeEach(async () => (store = await aapne()));
    afterEach(async () => store.close());

    it('imports the organisation file and exports the same organisation', async () => {
      assert.equal(await lesOrganisasjon(store), undefined);
      await importerOrganisasjon(store, demoOrg(), T0);
      const lest = (await lesOrganisasjon(store))!;
      const igjen = parseOrganisasjon(JSON.parse(JSON.stringify(eksporter(lest))));
      assert.ok(igjen.ok);
      const sortert = (o: typeof igjen.org) => ({ ...o, skoler: o.skoler.map((s) => ({ ...s, ansatte: [...s.ansatte].sort((a, b) => a.oid.localeCompare(b.oid)) })) });
      assert.deepEqual(sortert(igjen.org), sortert(demoOrg()));
      assert.deepEqual(lest.skoler.map((s) => s.varslingslisteVersjon), [1, 1]);
    });

    it('importing a changed list makes a new version and keeps the old one with who and when', async () => {
      await importerOrganisasjon(store, demoOrg(), T0);
      const endret = demoOrg();
      endret.skoler[0]!.varselmottakere = [DEMO.rektor, DEMO.sosiallaerer];
      await importerOrganisasjon(store, endret, new Date('2026-11-24T09:00:00Z'));
      const skole = (await getSkole(store, DEMO.skole))!.data;
      assert.equal(skole.varslingsliste!.versjon, 2);
      assert.deepEqual(skole.varslingsliste!.varselmottakere, [DEMO.rektor, DEMO.sosiallaerer]);
      assert.deepEqual(
        skole.historikk.map((v) => [v.versjon, v.av, v.tid, v.varselmottakere.length]),
        [[1, 'import', T0.toISOString(), 3]],
      );
      assert.equal((await getSkole(store, DEMO.annenSkole))!.data.varslingsliste!.versjon, 1, 'an unchanged school keeps its version');
    });

    it('takes staff from the school’s group, and a leader who leaves the group loses the role there', async () => {
      await importerOrganisasjon(store, demoOrg(), T0);
      const gruppe = '11111111-1111-4111-8111-111111111111';
      const skole = (await getSkole(store, DEMO.skole))!;
      await saveSkole(store, { ...skole.data, kobling: { kilde: 'gruppe', gruppeId: gruppe } }, skole);
      const ny = 'abcdef00-0000-4000-8000-000000000001';
      await endreAnsatt(store, ny, () => ({ oid: ny, navn: 'Vera Vikar', stilling: 'vikar', grupper: [gruppe], skoler: [] }));
      // The inspektør was placed by the file; now only the group says where they work, and they left it.
      await endreAnsatt(store, DEMO.inspektor, (a) => ({ ...a!, skoler: [] }));
      const org = (await lesOrganisasjon(store))!;
      const bakkelokka = org.skoler.find((s) => s.id === DEMO.skole)!;
      assert.ok(bakkelokka.ansatte.some((p) => p.oid === ny && p.navn === 'Vera Vikar'));
      assert.ok(!bakkelokka.ansatte.some((p) => p.oid === DEMO.inspektor));
      assert.ok(!bakkelokka.ledelse.includes(DEMO.inspektor));
      assert.ok(!bakkelokka.varselmottakere.includes(DEMO.inspektor));
      assert.equal(bakkelokka.rektor, DEMO.rektor);
    });

    it('finds every person however their oids spread over the buckets', async () => {
      await importerOrganisasjon(store, demoOrg(), T0);
      for (const hex of '0123456789abcdef') {
        const oid = `${hex}0000000-0000-4000-8000-000000000042`;
        await endreAnsatt(store, oid, () => ({ oid, navn: `P ${hex}`, stilling: '', grupper: [], skoler: [] }));
      }
      // 18 staff and (issue 25) the demo's 3 pupils, and the 16 above.
      assert.equal((await getAnsatte(store)).length, 18 + 3 + 16);
    });
  });
}

describe('organisation store', () => {
  const mapper: string[] = [];
  after(() => mapper.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  orgStoreKontrakt('sqlite', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-org-'));
    mapper.push(dir);
    return openSqliteStore({ dataDir: dir });
  });

  let h: Harness;
  before(async () => (h = await startHarness()));
  after(async () => h?.close());
  orgStoreKontrakt('sharepoint', async () => (await h.warmStore()).store);
});
