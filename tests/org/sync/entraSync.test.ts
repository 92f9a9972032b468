/**
 * The Entra sync against the Graph stand-in's directory (users, groups, members, /groups/delta and
 * /users/delta with nextLink/deltaLink, members@delta and @removed), through the real graph-client
 * and msal-node. Staff appear at the school whose group they join and lose their place when they
 * leave; the delta links live in the store, so a restart continues where the last sync stopped.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { visSak } from '../../../src/app/sakHandlinger';
import { finnSkole, rollerFor } from '../../../src/domain/roller';
import { endreAnsatt, getSkole, getSync, saveSkole } from '../../../src/org/orgRepo';
import { graphKatalog } from '../../../src/entraKatalog';
import { synkroniser } from '../../../src/org/sync/entraSync';
import { openSqliteStore } from '../../../src/store/sqlite/SqliteStore';
import type { Store } from '../../../src/store/port';
import { DEMO, aktor, kontekstPaa, varselSkjema } from '../../support/appKontekst';
import { startHarness, type Harness } from '../../support/graph/harness';
import { MEMBERS_PAGE } from '../../support/graph/directory';

const GRUPPE_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const GRUPPE_B = 'bbbbbbbb-0000-4000-8000-000000000002';
const bruker = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('organisation: sync from Entra ID (Graph stand-in)', function () {
  this.timeout(120_000);
  let h: Harness;
  let dir: string;
  let store: Store;
  before(async () => (h = await startHarness()));
  after(async () => h?.close());
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-synk-'));
    store = await openSqliteStore({ dataDir: dir });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const katalog = () => graphKatalog({ graphBaseUrl: h.standIn.graphBaseUrl, auth: h.auth, retry: { maxRetries: 3, delayMs: 5 }, timeoutMs: 10_000 });
  /** Delta pages read: on their own, or inside a $batch. */
  const deltaKall = () => h.standIn.requests.count(/^GET (groups|users)\/delta$/) + h.standIn.requests.batchedCount('GET groups/delta') + h.standIn.requests.batchedCount('GET users/delta');

  /** The demo organisation with its two schools connected to fresh groups in a fresh directory. */
  async function oppsett() {
    const ktx = await kontekstPaa(store);
    const d = h.standIn.directory;
    d.groups.clear();
    d.users.clear();
    d.addGroup(GRUPPE_A, 'Bakkeløkka skole – ansatte');
    d.addGroup(GRUPPE_B, 'Fjordsiden ungdomsskole');
    for (const [skoleId, gruppeId] of [[DEMO.skole, GRUPPE_A], [DEMO.annenSkole, GRUPPE_B]] as const) {
      const s = (await getSkole(store, skoleId))!;
      await saveSkole(store, { ...s.data, kobling: { kilde: skoleId === DEMO.skole ? 'gruppe' : 'team', gruppeId } }, s);
    }
    return { ktx, d };
  }

  it('staff who join a school’s group appear there with their Entra name; a person in two groups works at both', async () => {
    const { ktx, d } = await oppsett();
    d.addUser({ id: bruker(1), displayName: 'Vera Vikar', jobTitle: 'vikar' });
    d.addUser({ id: bruker(2), displayName: 'Bo Begge', jobTitle: 'assistent' });
    d.addUser({ id: bruker(3), displayName: 'Ulla Utenfor', jobTitle: 'Bygg og eiendom' });
    d.addMember(GRUPPE_A, bruker(1));
    d.addMember(GRUPPE_A, bruker(2));
    d.addMember(GRUPPE_B, bruker(2));

    const r = await synkroniser(store, katalog(), new Date());
    assert.deepEqual(r, { nye: 2, endret: 0, sluttet: 0, grupperLestHelt: 2 });
    const org = await ktx.register.last();
    assert.ok(finnSkole(org, DEMO.skole)!.ansatte.some((p) => p.oid === bruker(1) && p.navn === 'Vera Vikar' && p.stilling === 'vikar'));
    assert.deepEqual(rollerFor(org, bruker(2)).skoler.map((s) => s.skoleId).sort(), [DEMO.skole, DEMO.annenSkole]);
    assert.equal(rollerFor(org, bruker(3)).skoler.length, 0, 'someone in no school group is at no school');
    assert.ok((await getSync(store))!.data.brukere, 'the delta links are kept in the store');
  });

  it('a daily sync reads only the changes, continues after a restart, and someone who leaves keeps access to nothing there', async () => {
    const { ktx, d } = await oppsett();
    d.addUser({ id: bruker(1), displayName: 'Vera Vikar', jobTitle: 'vikar' });
    d.addUser({ id: bruker(4), displayName: 'Ivar Inspektør', jobTitle: 'inspektør' });
    // In the tenant already, in no school's group yet.
    d.addUser({ id: bruker(5), displayName: 'Nils Ny', jobTitle: 'assistent' });
    d.addMember(GRUPPE_A, bruker(1));
    d.addMember(GRUPPE_A, bruker(4));
    await synkroniser(store, katalog(), new Date());
    // Rektor puts the new inspektør in the ledelse and among the varselmottakere.
    await endreAnsatt(store, DEMO.rektor, (a) => a);
    const s = (await getSkole(store, DEMO.skole))!;
    const v1 = s.data.varslingsliste!;
    await saveSkole(store, { ...s.data, varslingsliste: { ...v1, versjon: 2, ledelse: [...v1.ledelse, bruker(4)], varselmottakere: [...v1.varselmottakere, bruker(4)] }, historikk: [v1] }, s);
    await ktx.register.last();
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: 'for-avgang' });
    assert.ok(sendt.ok);
    assert.ok((await visSak(ktx, aktor(bruker(4)), sendt.verdi.id)).ok, 'as varselmottaker the inspektør sees the case');

    // A day passes: the inspektør leaves the school's group, Vera gets married, a new assistant joins.
    d.removeMember(GRUPPE_A, bruker(4));
    d.updateUser(bruker(1), { displayName: 'Vera Vikar Berg' });
    d.addMember(GRUPPE_A, bruker(5));
    h.standIn.requests.reset();
    // A new process: only the store remembers where the last sync stopped.
    const r = await synkroniser(store, katalog(), new Date());
    assert.deepEqual(r, { nye: 1, endret: 2, sluttet: 1, grupperLestHelt: 0 }, 'the inspektør left (one of the two changed)');
    assert.equal(deltaKall(), 3, 'one page of group changes, one of user changes, one for the new person’s name');

    const org = await ktx.register.last();
    const skole = finnSkole(org, DEMO.skole)!;
    assert.ok(!skole.ansatte.some((p) => p.oid === bruker(4)));
    assert.ok(!skole.ledelse.includes(bruker(4)) && !skole.varselmottakere.includes(bruker(4)));
    assert.equal((await visSak(ktx, aktor(bruker(4)), sendt.verdi.id)).ok, false, 'who left sees nothing there');
    assert.ok(skole.ansatte.some((p) => p.oid === bruker(1) && p.navn === 'Vera Vikar Berg'));
    assert.ok(skole.ansatte.some((p) => p.oid === bruker(5) && p.navn === 'Nils Ny'));

    h.standIn.requests.reset();
    assert.deepEqual(await synkroniser(store, katalog(), new Date()), { nye: 0, endret: 0, sluttet: 0, grupperLestHelt: 0 });
    assert.equal(deltaKall(), 2, 'nothing changed: one request per chain of groups and one for users');
  });

  it('a deleted account leaves every school', async () => {
    const { ktx, d } = await oppsett();
    d.addUser({ id: bruker(2), displayName: 'Bo Begge', jobTitle: 'assistent' });
    d.addMember(GRUPPE_A, bruker(2));
    d.addMember(GRUPPE_B, bruker(2));
    await synkroniser(store, katalog(), new Date());
    d.deleteUser(bruker(2));
    await synkroniser(store, katalog(), new Date());
    assert.equal(rollerFor(await ktx.register.last(), bruker(2)).skoler.length, 0);
  });

  it('reads thousands of members over many pages, and a group connected later in a chain of its own', async () => {
    const { ktx, d } = await oppsett();
    const antall = 1200;
    for (let i = 0; i < antall; i++) {
      d.addUser({ id: bruker(1000 + i), displayName: `Ansatt ${i}`, jobTitle: 'lærer' });
      d.addMember(i % 2 ? GRUPPE_A : GRUPPE_B, bruker(1000 + i));
    }
    h.standIn.requests.reset();
    const k = katalog();
    await synkroniser(store, k, new Date());
    assert.ok(h.standIn.requests.count('GET groups/delta') + h.standIn.requests.batchedCount('GET groups/delta') >= antall / MEMBERS_PAGE, 'the membership came over many pages');
    const org = await ktx.register.last();
    assert.equal(finnSkole(org, DEMO.skole)!.ansatte.filter((p) => p.navn.startsWith('Ansatt ')).length, antall / 2);

    const GRUPPE_C = 'cccccccc-0000-4000-8000-000000000003';
    d.addGroup(GRUPPE_C, 'Ny skole');
    d.addMember(GRUPPE_C, bruker(1000));
    const s = (await getSkole(store, DEMO.annenSkole))!;
    await saveSkole(store, { ...s.data, kobling: { kilde: 'gruppe', gruppeId: GRUPPE_C } }, s);
    const r = await synkroniser(store, k, new Date());
    assert.equal(r.grupperLestHelt, 1, 'only the newly connected group is read in full');
    const etter = await ktx.register.last();
    assert.deepEqual(finnSkole(etter, DEMO.annenSkole)!.ansatte.filter((p) => p.navn.startsWith('Ansatt ')).map((p) => p.oid), [bruker(1000)]);
  });

  it('on SharePoint, counting both sides: a first sync writes new staff 20 to a $batch, and a day with nothing changed costs 3 requests in all', async () => {
    const site = await h.provisionedSite();
    const sp = await h.openStore(site.id);
    const sqlite = store;
    try {
      store = sp;
      const { ktx, d } = await oppsett();
      const antall = 120;
      for (let i = 0; i < antall; i++) {
        d.addUser({ id: bruker(3000 + i), displayName: `Ansatt ${i}`, jobTitle: 'lærer' });
        d.addMember(i % 2 ? GRUPPE_A : GRUPPE_B, bruker(3000 + i));
      }
      h.standIn.requests.reset();
      assert.equal((await synkroniser(sp, katalog(), new Date())).nye, antall);
      assert.equal(h.standIn.requests.count('POST items'), 1, 'only the sync state is created on its own');
      assert.equal(h.standIn.requests.batchedCount('POST items'), antall, 'everyone created inside a $batch');
      assert.ok(h.standIn.requests.count('GET items') <= 16 + 1, 'the stored staff read bucket by bucket, not person by person');
      const org = await ktx.register.last();
      assert.equal(finnSkole(org, DEMO.skole)!.ansatte.filter((p) => p.navn.startsWith('Ansatt ')).length, antall / 2);

      h.standIn.requests.reset();
      assert.deepEqual(await synkroniser(sp, katalog(), new Date()), { nye: 0, endret: 0, sluttet: 0, grupperLestHelt: 0 });
      const r = h.standIn.requests;
      assert.deepEqual([r.count(), r.count('GET items'), r.count('POST $batch'), r.count('PATCH fields')], [3, 1, 1, 1], 'schools and state read, every delta round in one $batch, state written');
    } finally {
      store = sqlite;
      await sp.close();
    }
  });
});
