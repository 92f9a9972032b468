/**
 * Graph requests of the Entra sync (src/org/synk) against the stand-in's directory, through the
 * real graph-client and msal-node: a first sync of 15,000 staff across 180 school groups, then a
 * daily delta with 50 changes (joins, leaves, renames). The store is SQLite (its writes are not
 * Graph requests; on SharePoint each changed person is one more write).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importerOrganisasjon } from '../src/org/importer';
import { hentSkole, lagreSkole } from '../src/org/orgRepo';
import { synkroniser } from '../src/org/synk/entraSynk';
import { graphKatalog } from '../src/entraKatalog';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore';
import { MEMBERS_PAGE, USERS_PAGE } from '../tests/support/graph/directory';
import { startHarness } from '../tests/support/graph/harness';
import { runIfMain } from './runDirect';

const ANSATTE = 15_000;
const SKOLER = 180;
const ENDRINGER = 50;
const hex = (n: number, len = 12) => n.toString(16).padStart(len, '0');
const gruppe = (s: number) => `9${hex(s, 7)}-0000-4000-8000-000000000000`;
const bruker = (n: number) => `${hex(n * 2654435761 % 0xffffffff, 8)}-1111-4000-8000-${hex(n)}`;

export async function runOrgSyncBench(): Promise<void> {
  const h = await startHarness();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-synkbench-'));
  const store = await openSqliteStore({ dataDir: dir });
  try {
    const d = h.standIn.directory;
    const skoler = Array.from({ length: SKOLER }, (_, s) => ({ id: `skole-${s}`, navn: `Skole ${s}`, ansatte: [{ oid: bruker(s), navn: `Rektor ${s}`, stilling: 'rektor' }], rektor: bruker(s), ledelse: [bruker(s)], varselmottakere: [bruker(s)] }));
    await importerOrganisasjon(store, { tenantId: h.standIn.app.tenantId, kommune: { id: 'k', navn: 'Benchkommune', kommunalsjefer: [], administratorer: [], saksbehandlere: [] }, skoler }, new Date());
    for (let s = 0; s < SKOLER; s++) {
      d.addGroup(gruppe(s), `Skole ${s}`);
      const lagret = (await hentSkole(store, `skole-${s}`))!;
      await lagreSkole(store, { ...lagret.data, kobling: { kilde: 'gruppe', gruppeId: gruppe(s) } }, lagret);
    }
    for (let n = 0; n < ANSATTE; n++) {
      d.addUser({ id: bruker(n), displayName: `Ansatt ${n}`, jobTitle: 'lærer' });
      d.addMember(gruppe(n % SKOLER), bruker(n));
    }
    const katalog = graphKatalog({ graphBaseUrl: h.standIn.graphBaseUrl, auth: h.auth, retry: { maxRetries: 3, delayMs: 5 } });
    const teller = () => ({ grupper: h.standIn.requests.count('GET groups/delta'), brukere: h.standIn.requests.count('GET users/delta') });

    h.standIn.requests.reset();
    let t = Date.now();
    const forste = await synkroniser(store, katalog, new Date());
    const a = teller();
    const forsteMs = Date.now() - t;

    // A day: 20 join (new accounts), 20 leave their school's group, 10 are renamed.
    for (let i = 0; i < 20; i++) {
      d.addUser({ id: bruker(ANSATTE + i), displayName: `Ny ${i}`, jobTitle: 'vikar' });
      d.addMember(gruppe(i), bruker(ANSATTE + i));
      d.removeMember(gruppe((100 + i) % SKOLER), bruker(100 + i));
    }
    for (let i = 0; i < ENDRINGER - 40; i++) d.updateUser(bruker(500 + i), { displayName: `Omdøpt ${i}` });
    h.standIn.requests.reset();
    t = Date.now();
    const daglig = await synkroniser(store, katalog, new Date());
    const b = teller();

    h.standIn.requests.reset();
    await synkroniser(store, katalog, new Date());
    const c = teller();

    console.log(`\nEntra sync: Graph requests (stand-in pages: ${USERS_PAGE} users, ${MEMBERS_PAGE} member entries)`);
    console.log(`  first sync, ${ANSATTE.toLocaleString('en')} staff in ${SKOLER} groups: ${a.grupper + a.brukere} requests (groups/delta ${a.grupper} in ${Math.ceil(SKOLER / 50)} chains, users/delta ${a.brukere}); ${forste.nye} people stored, ${(forsteMs / 1000).toFixed(1)} s`);
    console.log(`  daily delta, ${ENDRINGER} changes: ${b.grupper + b.brukere} requests (groups/delta ${b.grupper}, users/delta ${b.brukere}); ${daglig.nye} new, ${daglig.endret} changed, ${((Date.now() - t) / 1000).toFixed(1)} s`);
    console.log(`  daily delta, nothing changed: ${c.grupper + c.brukere} requests`);
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
    await h.close();
  }
}

runIfMain(module, runOrgSyncBench);
