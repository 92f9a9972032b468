/**
 * Pupils in the organisation (issue 25): the file places them and refuses a pupil who is also staff;
 * the Entra sync finds them in the school's pupil group (Graph stand-in), and a pupil is never staff —
 * not even when the school's Team (its staff group) holds the pupils too.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rollerFor, finnSkole } from '../../src/domain/roller';
import { parseOrganisasjon } from '../../src/domain/organisasjonSkjema';
import { eksporter } from '../../src/org/importer';
import { getSkole, saveSkole } from '../../src/org/orgRepo';
import { graphKatalog } from '../../src/entraKatalog';
import { synkroniser } from '../../src/org/sync/entraSync';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import type { Store } from '../../src/store/port';
import { DEMO, demoOrg, kontekstPaa } from '../support/appKontekst';
import { startHarness, type Harness } from '../support/graph/harness';

const ANSATTE = 'aaaaaaaa-0000-4000-8000-0000000000a1';
const ELEVER = 'aaaaaaaa-0000-4000-8000-0000000000e1';
const elevOid = (n: number) => `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('organisation: pupils (issue 25)', function () {
  this.timeout(60_000);

  it('the demo file places pupils with their class, kontaktlærer, trinn and the adults they may choose; they hold no staff role', () => {
    const org = demoOrg();
    const r = rollerFor(org, DEMO.elev);
    assert.deepEqual(r.elev, { skoleId: DEMO.skole, elev: { oid: DEMO.elev, navn: 'Ida Berg', klasse: '5A', kontaktlaerer: DEMO.laerer } });
    assert.equal(r.person, undefined);
    assert.deepEqual(r.skoler, []);
    assert.equal(finnSkole(org, DEMO.annenSkole)?.trinn, 'ungdomstrinn');
    assert.equal(rollerFor(org, DEMO.laerer).elev, undefined);
  });

  it('refuses a file where a pupil is also staff, or the kontaktlærer is not the school’s', () => {
    const fil = eksporter(demoOrg()) as { skoler: { elever?: { oid: string; navn: string; kontaktlaerer?: string }[] }[] };
    fil.skoler[0]!.elever!.push({ oid: DEMO.vaktmester, navn: 'Knut Moen' });
    fil.skoler[0]!.elever![0]!.kontaktlaerer = DEMO.annenRektor;
    const r = parseOrganisasjon(fil);
    assert.ok(!r.ok);
    assert.ok(r.feil.some((f) => f.startsWith('skoler[0].elever[2].oid: en elev kan ikke også være ansatt')), r.feil.join('\n'));
    assert.ok(r.feil.some((f) => f.startsWith('skoler[0].elever[0].kontaktlaerer: kontaktlæreren må være en av skolens ansatte')), r.feil.join('\n'));
  });

  describe('the Entra sync (Graph stand-in)', () => {
    let h: Harness;
    let dir: string;
    let store: Store;
    before(async () => (h = await startHarness()));
    after(async () => h?.close());
    beforeEach(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-elever-'));
      store = await openSqliteStore({ dataDir: dir });
    });
    afterEach(async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('a member of the school’s pupil group is a pupil there, never staff — also when the staff group (a Team) holds them', async () => {
      const ktx = await kontekstPaa(store);
      const d = h.standIn.directory;
      d.groups.clear();
      d.users.clear();
      d.addGroup(ANSATTE, 'Bakkeløkka skole (Team)');
      d.addGroup(ELEVER, 'Bakkeløkka skole – elever');
      d.addUser({ id: elevOid(1), displayName: 'Ola Elev', jobTitle: '' });
      d.addUser({ id: elevOid(2), displayName: 'Ny Ansatt', jobTitle: 'lærer' });
      d.addMember(ANSATTE, elevOid(1));
      d.addMember(ELEVER, elevOid(1));
      d.addMember(ANSATTE, elevOid(2));
      const s = (await getSkole(store, DEMO.skole))!;
      await saveSkole(store, { ...s.data, kobling: { kilde: 'team', gruppeId: ANSATTE }, elev: { grupper: [ELEVER], trinn: 'barnetrinn', kontakter: [] } }, s);
      const katalog = graphKatalog({ graphBaseUrl: h.standIn.graphBaseUrl, auth: h.auth, retry: { maxRetries: 3, delayMs: 5 }, timeoutMs: 10_000 });
      await synkroniser(store, katalog, new Date('2026-11-23T06:00:00Z'));
      await ktx.register.last();
      const elev = rollerFor(ktx.org, elevOid(1));
      assert.deepEqual(elev.elev, { skoleId: DEMO.skole, elev: { oid: elevOid(1), navn: 'Ola Elev' } });
      assert.deepEqual(elev.skoler, [], 'not staff, though in the Team');
      assert.ok(!finnSkole(ktx.org, DEMO.skole)!.ansatte.some((p) => p.oid === elevOid(1)));
      assert.ok(finnSkole(ktx.org, DEMO.skole)!.ansatte.some((p) => p.oid === elevOid(2)), 'staff in the Team still are');
      // Leaving the pupil group: no longer a pupil (and, being in the Team, staff — the school's Team is the school's to keep).
      d.removeMember(ELEVER, elevOid(1));
      await synkroniser(store, katalog, new Date('2026-11-24T06:00:00Z'));
      await ktx.register.last();
      assert.equal(rollerFor(ktx.org, elevOid(1)).elev, undefined);
    });
  });
});
