/**
 * The Entra sync (src/org/sync) as a municipality runs it: the SharePoint adapter as the store and
 * the stand-in's directory as Entra ID, through the real graph-client and msal-node, the stand-in at
 * 100 ms per request. Every Graph request is counted, both sides: the directory's delta pages and
 * the store's reads and writes (a $batch counts once). A first sync of 2,000 staff across 24 school
 * groups (the proportions of 15,000 staff in 180 groups), then a daily delta with 50 changes (joins,
 * leaves, renames), then a day with nothing changed. 15,000 staff is figured from the first run:
 * its requests and time grow with the staff (pages of members and users, $batch writes of 20).
 * Run alone: `node --import tsx bench/orgSync.bench.ts`.
 */
import { importerOrganisasjon } from '../src/org/importer';
import { getSkole, saveSkole } from '../src/org/orgRepo';
import { synkroniser } from '../src/org/sync/entraSync';
import { graphKatalog } from '../src/entraKatalog';
import type { Katalog } from '../src/org/sync/katalog';
import { MEMBERS_PAGE, USERS_PAGE } from '../tests/support/graph/directory';
import { startHarness } from '../tests/support/graph/harness';
import { runIfMain } from './runDirect';

const ANSATTE = 2_000;
const SKOLER = 24;
const FIGURERT = 15_000;
const ENDRINGER = 50;
const LATENS_MS = 100;
const hex = (n: number, len = 12) => n.toString(16).padStart(len, '0');
const gruppe = (s: number) => `9${hex(s, 7)}-0000-4000-8000-000000000000`;
const bruker = (n: number) => `${hex((n * 2654435761) % 0xffffffff, 8)}-1111-4000-8000-${hex(n)}`;

export async function runOrgSyncBench(): Promise<void> {
  const h = await startHarness();
  try {
    const site = await h.provisionedSite();
    const store = await h.openStore(site.id);
    const d = h.standIn.directory;
    const skoler = Array.from({ length: SKOLER }, (_, s) => ({ id: `skole-${s}`, navn: `Skole ${s}`, ansatte: [{ oid: bruker(s), navn: `Rektor ${s}`, stilling: 'rektor' }], rektor: bruker(s), ledelse: [bruker(s)], varselmottakere: [bruker(s)] }));
    await importerOrganisasjon(store, { tenantId: h.standIn.app.tenantId, kommune: { id: 'k', navn: 'Benchkommune', kommunalsjefer: [], administratorer: [], saksbehandlere: [] }, skoler }, new Date());
    for (let s = 0; s < SKOLER; s++) {
      d.addGroup(gruppe(s), `Skole ${s}`);
      const stored = (await getSkole(store, `skole-${s}`))!;
      await saveSkole(store, { ...stored.data, kobling: { kilde: 'gruppe', gruppeId: gruppe(s) } }, stored);
    }
    for (let n = 0; n < ANSATTE; n++) {
      d.addUser({ id: bruker(n), displayName: `Ansatt ${n}`, jobTitle: 'lærer' });
      d.addMember(gruppe(n % SKOLER), bruker(n));
    }
    const ekte = graphKatalog({ graphBaseUrl: h.standIn.graphBaseUrl, auth: h.auth, retry: { maxRetries: 3, delayMs: 5 } });
    // The directory's side counted where it is sent (a $batch of first pages is one request); the store's is the rest.
    let katalogKall = 0;
    const katalog: Katalog = {
      baseUrl: ekte.baseUrl,
      side: (url) => (katalogKall++, ekte.side(url)),
      sider: (urls) => ((katalogKall += urls.length === 1 ? 1 : Math.ceil(urls.length / 20)), ekte.sider(urls)),
      les: (url) => (katalogKall++, ekte.les(url)),
    };
    const r = h.standIn.requests;
    const maal = async () => {
      r.reset();
      katalogKall = 0;
      const t = Date.now();
      const res = await synkroniser(store, katalog, new Date());
      return { res, ms: Date.now() - t, alle: r.count(), katalog: katalogKall };
    };
    await store.ping();
    h.standIn.faults.set({ latencyMs: LATENS_MS });
    const forste = await maal();

    // A day: 20 join (new accounts), 20 leave their school's group, 10 are renamed.
    for (let i = 0; i < 20; i++) {
      d.addUser({ id: bruker(ANSATTE + i), displayName: `Ny ${i}`, jobTitle: 'vikar' });
      d.addMember(gruppe(i % SKOLER), bruker(ANSATTE + i));
      d.removeMember(gruppe((100 + i) % SKOLER), bruker(100 + i));
    }
    for (let i = 0; i < ENDRINGER - 40; i++) d.updateUser(bruker(500 + i), { displayName: `Omdøpt ${i}` });
    const daglig = await maal();
    const uendret = await maal();
    h.standIn.faults.set({});
    await store.close();

    const f = FIGURERT / ANSATTE;
    const linje = (m: typeof forste) => `${m.alle} requests (the directory ${m.katalog}, the store ${m.alle - m.katalog}), ${(m.ms / 1000).toFixed(1)} s`;
    console.log(`\nEntra sync on SharePoint, stand-in at ${LATENS_MS} ms per request, every Graph request counted, both sides (stand-in pages: ${USERS_PAGE} users, ${MEMBERS_PAGE} member entries)`);
    console.log(`  first sync, ${ANSATTE.toLocaleString('en')} staff in ${SKOLER} groups: ${linje(forste)}; ${forste.res.nye} people stored (target ≤ 60 s)`);
    console.log(`  first sync, ${FIGURERT.toLocaleString('en')} staff figured from it (×${f.toFixed(1)}): ≈${Math.round(forste.alle * f).toLocaleString('en')} requests, ≈${((forste.ms * f) / 60_000).toFixed(1)} min`);
    console.log(`  daily delta, ${ENDRINGER} changes: ${linje(daglig)}; ${daglig.res.nye} new, ${daglig.res.endret} changed`);
    console.log(`  daily delta, nothing changed: ${linje(uendret)} (target ≤ 3 requests)`);
  } finally {
    await h.close();
  }
}

runIfMain(module, runOrgSyncBench);
