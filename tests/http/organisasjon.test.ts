/**
 * The organisation's routes over real HTTP (the whole app, SQLite, the demo organisation): who may
 * do what (roles × routes), Norwegian problem bodies for every refusal and every broken rule, and
 * the Entra sync started from the admin page — against the Graph stand-in through the real
 * graph-client and msal-node — running once for a double click, and telling when and what changed.
 */
import { strict as assert } from 'node:assert';
import { StoreUnavailableError } from '../../src/store/port';
import { KatalogFeil } from '../../src/org/sync/katalog';
import { syncFeilGrunn } from '../../src/org/sync/syncRunner';
import { nb } from '../../src/i18n/nb';
import { BotHarness } from '../support/botHarness';
import { DEMO } from '../support/appKontekst';
import { startHarness, type Harness } from '../support/graph/harness';

type Svar = { status: number; body: Record<string, unknown> };

async function kall(h: BotHarness, metode: string, sti: string, oid: string, kropp?: unknown): Promise<Svar> {
  const res = await fetch(`${h.url}${sti}`, {
    method: metode,
    headers: { 'x-skolemiljo-person': oid, ...(kropp !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(kropp !== undefined ? { body: typeof kropp === 'string' ? kropp : JSON.stringify(kropp) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const ROLLER = {
  rektor: DEMO.rektor,
  inspektor: DEMO.inspektor,
  laerer: DEMO.laerer,
  annenRektor: DEMO.annenRektor,
  kommunalsjef: DEMO.kommunalsjef,
  administrator: DEMO.administrator,
  ukjent: DEMO.ukjent,
} as const;
type Rolle = keyof typeof ROLLER;

const liste = `/api/organisasjon/skoler/${DEMO.skole}/varslingsliste`;
/** Each route with a request that changes nothing if allowed twice, and who may make it. */
const ROUTES: { navn: string; metode: string; sti: string; kropp?: unknown; tillatt: Rolle[] }[] = [
  { navn: 'se oppsettet', metode: 'GET', sti: '/api/organisasjon', tillatt: ['administrator', 'kommunalsjef'] },
  { navn: 'opprette skole', metode: 'POST', sti: '/api/organisasjon/skoler', kropp: { id: 'matriseskolen', navn: 'Matriseskolen' }, tillatt: ['administrator'] },
  { navn: 'koble skolen', metode: 'PUT', sti: `/api/organisasjon/skoler/${DEMO.annenSkole}/kobling`, kropp: { kilde: 'team', gruppeId: '44444444-4444-4444-8444-444444444444' }, tillatt: ['administrator'] },
  { navn: 'navngi rektor', metode: 'PUT', sti: `/api/organisasjon/skoler/${DEMO.annenSkole}/rektor`, kropp: { rektor: { oid: DEMO.annenRektor, navn: 'Anne Kristiansen', stilling: 'rektor' } }, tillatt: ['administrator'] },
  { navn: 'kommunens folk', metode: 'PUT', sti: '/api/organisasjon/kommune', kropp: { kommunalsjefer: [{ oid: DEMO.kommunalsjef, navn: 'Ingrid Haugland', stilling: 'kommunalsjef oppvekst' }], saksbehandlere: [] }, tillatt: ['administrator'] },
  { navn: 'se varslingslisten', metode: 'GET', sti: liste, tillatt: ['rektor', 'administrator', 'kommunalsjef'] },
  { navn: 'skolens kontaktopplysninger', metode: 'PUT', sti: `/api/organisasjon/skoler/${DEMO.skole}/kontakt`, kropp: { telefon: '22 33 44 55', epost: 'post@bakkelokka.no' }, tillatt: ['rektor', 'administrator'] },
  { navn: 'kommunens kontaktopplysninger', metode: 'PUT', sti: '/api/organisasjon/kommune/kontakt', kropp: { telefon: '99 88 77 66' }, tillatt: ['administrator'] },
  { navn: 'endre varslingslisten', metode: 'PUT', sti: liste, kropp: { versjon: 1, ledelse: [DEMO.rektor, DEMO.inspektor], varselmottakere: [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer] }, tillatt: ['rektor'] },
  { navn: 'se synkroniseringen', metode: 'GET', sti: '/api/organisasjon/synk', tillatt: ['administrator'] },
  { navn: 'søke etter personer', metode: 'GET', sti: '/api/organisasjon/personer?sok=han', tillatt: ['administrator'] },
];

describe('tab API: the organisation (admin and rektor pages)', () => {
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  describe('roles × routes', () => {
    for (const r of ROUTES) {
      for (const rolle of Object.keys(ROLLER) as Rolle[]) {
        const forventet = r.tillatt.includes(rolle) ? 200 : 403;
        it(`${r.navn}: ${rolle} → ${forventet}`, async () => {
          const svar = await kall(h, r.metode, r.sti, ROLLER[rolle], r.kropp);
          assert.equal(svar.status, forventet, JSON.stringify(svar.body));
          if (forventet === 403) {
            assert.equal(svar.body.kode, rolle === 'ukjent' ? 'ukjent_person' : 'ikke_tillatt');
            assert.match(String(svar.body.title), /^(Bare|Du er ikke registrert)/, 'a Norwegian reason');
          }
        });
      }
    }
  });

  describe('what each sees, and refusals by the rules', () => {
    it('shows the administrator the schools’ setup with no case content, and rektor the list with who may change it', async () => {
      const oppsett = await kall(h, 'GET', '/api/organisasjon', DEMO.administrator);
      const skoler = oppsett.body.skoler as { id: string; rektor?: { navn: string }; klar: boolean }[];
      assert.deepEqual(skoler.map((s) => [s.id, s.rektor?.navn, s.klar]).sort(), [[DEMO.skole, 'Hanne Solberg', true], [DEMO.annenSkole, 'Anne Kristiansen', true], ['matriseskolen', undefined, false]].sort(), 'a school made without a rektor is not ready');
      assert.doesNotMatch(JSON.stringify(oppsett.body), /elevNavn|beskrivelse|saksnummer/);
      const somRektor = await kall(h, 'GET', liste, DEMO.rektor);
      assert.equal(somRektor.body.kanEndre, true);
      const somKommunalsjef = await kall(h, 'GET', liste, DEMO.kommunalsjef);
      assert.equal(somKommunalsjef.body.kanEndre, false);
    });

    it('refuses a list that breaks the rules with a Norwegian message per rule, and keeps the list', async () => {
      const for_ = await kall(h, 'GET', liste, DEMO.rektor);
      const versjon = for_.body.versjon as number;
      const utenRektor = await kall(h, 'PUT', liste, DEMO.rektor, { versjon, ledelse: [DEMO.inspektor], varselmottakere: [DEMO.rektor] });
      assert.equal(utenRektor.status, 400);
      assert.equal(utenRektor.body.kode, 'ugyldig');
      assert.equal(utenRektor.body.title, nb.org.endringBrudd);
      assert.match(String((utenRektor.body.felt as Record<string, string>).liste), /Bakkeløkka skole: .*rektor/);
      const fremmed = await kall(h, 'PUT', liste, DEMO.rektor, { versjon, ledelse: [DEMO.rektor], varselmottakere: [DEMO.rektor, DEMO.kommunalsjef] });
      assert.equal(fremmed.status, 400);
      assert.match(String((fremmed.body.felt as Record<string, string>).liste), /Ingrid Haugland|ansatte/);
      const oid = await kall(h, 'PUT', liste, DEMO.rektor, { versjon, ledelse: ['ikke-en-oid'], varselmottakere: [DEMO.rektor] });
      assert.equal(oid.status, 400);
      assert.equal((oid.body.felt as Record<string, string>).ledelse, nb.org.oidUgyldig);
      const ikkeJson = await kall(h, 'PUT', liste, DEMO.rektor, '{"versjon":');
      assert.equal(ikkeJson.status, 400);
      assert.match(String(ikkeJson.body.title), /JSON/);
      assert.deepEqual((await kall(h, 'GET', liste, DEMO.rektor)).body.versjon, versjon, 'nothing stored');
    });

    it('tells rektor when someone changed the list meanwhile (409), and a double click is one version', async () => {
      const for_ = await kall(h, 'GET', liste, DEMO.rektor);
      const versjon = for_.body.versjon as number;
      const ny = { versjon, ledelse: [DEMO.rektor, DEMO.inspektor], varselmottakere: [DEMO.rektor, DEMO.sosiallaerer] };
      const [a, b] = await Promise.all([kall(h, 'PUT', liste, DEMO.rektor, ny), kall(h, 'PUT', liste, DEMO.rektor, ny)]);
      assert.deepEqual([a.status, b.status], [200, 200]);
      assert.equal(a.body.versjon, versjon + 1);
      assert.equal(b.body.versjon, versjon + 1);
      const gammel = await kall(h, 'PUT', liste, DEMO.rektor, { ...ny, varselmottakere: [DEMO.rektor] });
      assert.equal(gammel.status, 409);
      assert.equal(gammel.body.title, nb.org.listeEndret);
    });

    it('finds people by name in the organisation when there is no Graph, and asks for two letters', async () => {
      const svar = await fetch(`${h.url}/api/organisasjon/personer?sok=${encodeURIComponent('hanne sol')}`, { headers: { 'x-skolemiljo-person': DEMO.administrator } });
      assert.equal(svar.status, 200);
      assert.deepEqual(await svar.json(), [{ oid: DEMO.rektor, navn: 'Hanne Solberg', stilling: 'rektor' }]);
      const etternavn = (await (await fetch(`${h.url}/api/organisasjon/personer?sok=moen`, { headers: { 'x-skolemiljo-person': DEMO.administrator } })).json()) as { navn: string }[];
      assert.deepEqual(etternavn.map((p) => p.navn), ['Knut Moen']);
      const card = await kall(h, 'GET', '/api/organisasjon/personer?sok=h', DEMO.administrator);
      assert.equal(card.status, 400);
      assert.equal((card.body.felt as Record<string, string>).sok, nb.org.sokForKort);
    });

    it('stores the name the organisation has for the object id, not the name the tab sends, and refuses an unknown id at the field', async () => {
      const sti = `/api/organisasjon/skoler/${DEMO.annenSkole}/rektor`;
      const falsk = await kall(h, 'PUT', sti, DEMO.administrator, { rektor: { oid: DEMO.laerer3, navn: 'Per Hansen', stilling: 'lærer' } });
      assert.equal(falsk.status, 200, JSON.stringify(falsk.body));
      assert.deepEqual(falsk.body.rektor, { oid: DEMO.laerer3, navn: 'Ahmed Ali' }, 'the directory’s name');
      const ukjent = '00000000-0000-4000-8000-000000000888';
      const r = await kall(h, 'PUT', sti, DEMO.administrator, { rektor: { oid: ukjent, navn: 'Finnes Ikke' } });
      assert.equal(r.status, 400);
      assert.equal((r.body.felt as Record<string, string>).rektor, nb.org.personUkjent(ukjent));
      const folk = await kall(h, 'PUT', '/api/organisasjon/kommune', DEMO.administrator, { kommunalsjefer: [{ oid: DEMO.kommunalsjef }], saksbehandlere: [{ oid: ukjent, navn: 'Finnes Ikke' }] });
      assert.equal(folk.status, 400);
      assert.equal((folk.body.felt as Record<string, string>).saksbehandlere, nb.org.personUkjent(ukjent));
      const oppsett = (await kall(h, 'GET', '/api/organisasjon', DEMO.administrator)).body as { kommune: { saksbehandlere: { oid: string }[] }; skoler: { id: string; rektor?: { oid: string } }[] };
      assert.equal(oppsett.skoler.find((s) => s.id === DEMO.annenSkole)?.rektor?.oid, DEMO.laerer3, 'the refused change wrote nothing');
      assert.ok(!oppsett.kommune.saksbehandlere.some((p) => p.oid === ukjent));
    });

    it('says in Norwegian that the sync is not set up when the app has no Graph access', async () => {
      const status = await kall(h, 'GET', '/api/organisasjon/synk', DEMO.administrator);
      assert.equal(status.body.oppsatt, false);
      const start = await kall(h, 'POST', '/api/organisasjon/synk', DEMO.administrator, { foresporsel: 'klikk-uten-graph' });
      assert.equal(start.status, 503);
      assert.equal(start.body.title, nb.org.synkIkkeOppsatt);
      const laerer = await kall(h, 'POST', '/api/organisasjon/synk', DEMO.laerer, { foresporsel: 'klikk-uten-graph' });
      assert.equal(laerer.status, 403);
    });
  });
});

describe('tab API: the Entra sync on demand (Graph stand-in)', function () {
  this.timeout(120_000);
  const GRUPPE = 'aaaaaaaa-0000-4000-8000-00000000a001';
  const ny = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  let g: Harness;
  let h: BotHarness;

  before(async () => {
    g = await startHarness();
    const d = g.standIn.directory;
    d.addGroup(GRUPPE, 'Bakkeløkka skole – ansatte');
    for (const n of [1, 2, 3]) {
      d.addUser({ id: ny(n), displayName: `Ny Ansatt ${n}`, jobTitle: 'lærer' });
      d.addMember(GRUPPE, ny(n));
    }
    const auth = g.secretAuth as { tenantId: string; clientId: string; clientSecret: string; authorityHost: string };
    h = await BotHarness.start({
      miljo: {
        GRAPH_TENANT_ID: auth.tenantId,
        GRAPH_CLIENT_ID: auth.clientId,
        GRAPH_CLIENT_SECRET: auth.clientSecret,
        GRAPH_AUTHORITY_HOST: auth.authorityHost,
        GRAPH_BASE_URL: g.standIn.graphBaseUrl,
        ORG_SYNC_INTERVAL_MIN: '1440',
      },
    });
    await h.app.synk!.kjor(); // the run the timer starts with the app
  });
  after(async () => {
    await h?.stopp();
    await g?.close();
  });

  const status = async () => (await kall(h, 'GET', '/api/organisasjon/synk', DEMO.administrator)).body as { oppsatt: boolean; kjorer: boolean; sist?: { tid: string; av: string; nye: number; endret: number; sluttet: number }; tilkobledeSkoler: number };
  async function ferdig() {
    for (let i = 0; i < 200; i++) {
      const s = await status();
      if (!s.kjorer) return s;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('synkroniseringen ble ikke ferdig');
  }
  /** Group delta pages read, on their own or inside the $batch of a run's first pages. */
  const gruppeKall = () => g.standIn.requests.count('GET groups/delta') + g.standIn.requests.batchedCount('GET groups/delta');

  it('shows when the timer last ran, then runs once for a double click and shows who started it and what changed', async () => {
    const forst = await status();
    assert.equal(forst.oppsatt, true);
    assert.equal(forst.sist?.av, nb.org.synkTidsplan);
    assert.equal(forst.tilkobledeSkoler, 0);

    assert.equal((await kall(h, 'PUT', `/api/organisasjon/skoler/${DEMO.skole}/kobling`, DEMO.administrator, { kilde: 'gruppe', gruppeId: GRUPPE })).status, 200);
    const for_ = gruppeKall();
    const klikk = { foresporsel: 'synk-klikk-0001' };
    const [a, b] = await Promise.all([kall(h, 'POST', '/api/organisasjon/synk', DEMO.administrator, klikk), kall(h, 'POST', '/api/organisasjon/synk', DEMO.administrator, klikk)]);
    assert.deepEqual([a.status, b.status], [200, 200]);
    const etter = await ferdig();
    assert.equal(gruppeKall() - for_, 1, 'one run read the group once');
    assert.equal(etter.sist?.av, 'Ola Berge');
    assert.equal(etter.sist?.nye, 3);
    assert.equal(etter.tilkobledeSkoler, 1);

    // The same click again (a retried request) after it finished: no second run.
    await kall(h, 'POST', '/api/organisasjon/synk', DEMO.administrator, klikk);
    await ferdig();
    assert.equal(gruppeKall() - for_, 1);

    // The new staff are there for rektor to put on the list.
    const ansatte = (await kall(h, 'GET', liste, DEMO.rektor)).body.ansatte as { oid: string }[];
    assert.ok(ansatte.some((p) => p.oid === ny(2)));
  });

  it('a new click after someone left shows the leaver in what changed', async () => {
    g.standIn.directory.removeMember(GRUPPE, ny(3));
    await kall(h, 'POST', '/api/organisasjon/synk', DEMO.administrator, { foresporsel: 'synk-klikk-0002' });
    const s = await ferdig();
    assert.deepEqual([s.sist?.nye, s.sist?.sluttet], [0, 1]);
    const ansatte = (await kall(h, 'GET', liste, DEMO.rektor)).body.ansatte as { oid: string }[];
    assert.ok(!ansatte.some((p) => p.oid === ny(3)), 'who left is no longer staff');
  });

  it('finds people by name in Entra ID through Graph, with the directory’s names, not the organisation’s', async () => {
    const sigrid = 'e0000000-0000-4000-8000-000000000001';
    g.standIn.directory.addUser({ id: sigrid, displayName: 'Sigrid Bakke', jobTitle: 'rektor' });
    g.standIn.directory.addUser({ id: 'e0000000-0000-4000-8000-000000000002', displayName: 'Sigurd Lie', jobTitle: 'lærer' });
    const sok = async (tekst: string) =>
      (await (await fetch(`${h.url}/api/organisasjon/personer?sok=${encodeURIComponent(tekst)}`, { headers: { 'x-skolemiljo-person': DEMO.administrator } })).json()) as { oid: string; navn: string; stilling: string }[];
    const for_ = g.standIn.requests.count('GET users');
    assert.deepEqual(await sok('sig bak'), [{ oid: sigrid, navn: 'Sigrid Bakke', stilling: 'rektor' }]);
    assert.deepEqual((await sok('sig')).map((p) => p.navn), ['Sigrid Bakke', 'Sigurd Lie']);
    g.standIn.directory.addUser({ id: 'e0000000-0000-4000-8000-000000000003', displayName: "Ola O'Neill", jobTitle: null });
    assert.deepEqual(await sok("o'neill"), [{ oid: 'e0000000-0000-4000-8000-000000000003', navn: "Ola O'Neill", stilling: '' }], 'a quote in the name is escaped in the filter');
    // The demo organisation's rektor is not in this directory: the directory is what is searched.
    assert.deepEqual(await sok('hanne'), []);
    assert.equal(g.standIn.requests.count('GET users') - for_, 4, 'one Graph request a search');
  });

  it('names rektor and kommunalsjefer with the names Entra ID has for their object ids (GET /users/{id}), and refuses an id Entra does not know', async () => {
    const sigrid = 'e0000000-0000-4000-8000-000000000011';
    const terje = 'e0000000-0000-4000-8000-000000000012';
    g.standIn.directory.addUser({ id: sigrid, displayName: 'Sigrid Fjeld', jobTitle: 'rektor' });
    g.standIn.directory.addUser({ id: terje, displayName: 'Terje Vik', jobTitle: 'kommunalsjef oppvekst' });
    const for_ = g.standIn.requests.count('GET user');
    const r = await kall(h, 'PUT', `/api/organisasjon/skoler/${DEMO.annenSkole}/rektor`, DEMO.administrator, { rektor: { oid: sigrid, navn: 'Hva Som Helst' } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body.rektor, { oid: sigrid, navn: 'Sigrid Fjeld' });
    const folk = await kall(h, 'PUT', '/api/organisasjon/kommune', DEMO.administrator, { kommunalsjefer: [{ oid: DEMO.kommunalsjef, navn: 'Ingrid Haugland' }, { oid: terje, navn: 'Feil Navn' }], saksbehandlere: [] });
    assert.equal(folk.status, 200, JSON.stringify(folk.body));
    const ks = (folk.body.kommunalsjefer as { oid: string; navn: string; stilling: string }[]).find((p) => p.oid === terje);
    assert.deepEqual(ks, { oid: terje, navn: 'Terje Vik', stilling: 'kommunalsjef oppvekst' });
    assert.equal(g.standIn.requests.count('GET user') - for_, 2, 'one lookup per newly named person; Ingrid, already stored, is not asked for');

    // Unknown to Entra (never there, or deleted): Graph answers 404, the field says so, nothing changes.
    g.standIn.directory.addUser({ id: 'e0000000-0000-4000-8000-000000000013', displayName: 'Slettet Person', jobTitle: null });
    g.standIn.directory.deleteUser('e0000000-0000-4000-8000-000000000013');
    for (const oid of ['e0000000-0000-4000-8000-000000000099', 'e0000000-0000-4000-8000-000000000013']) {
      const ukjent = await kall(h, 'PUT', `/api/organisasjon/skoler/${DEMO.annenSkole}/rektor`, DEMO.administrator, { rektor: { oid, navn: 'Finnes Ikke' } });
      assert.equal(ukjent.status, 400);
      assert.equal((ukjent.body.felt as Record<string, string>).rektor, nb.org.personUkjent(oid));
    }
    const oppsett = (await kall(h, 'GET', '/api/organisasjon', DEMO.administrator)).body as { skoler: { id: string; rektor?: { oid: string; navn: string } }[] };
    assert.deepEqual(oppsett.skoler.find((s) => s.id === DEMO.annenSkole)?.rektor, { oid: sigrid, navn: 'Sigrid Fjeld' });
  });

  it('says why a run failed in words an administrator can act on: permission missing, group not found', async () => {
    const tilfeller: [number, string][] = [
      [403, nb.org.synkFeil.tillatelse],
      [404, nb.org.synkFeil.ikke_funnet],
    ];
    for (const [i, [status, ord]] of tilfeller.entries()) {
      g.standIn.faults.next({ status, route: 'GET groups/delta' });
      await kall(h, 'POST', '/api/organisasjon/synk', DEMO.administrator, { foresporsel: `synk-feil-000${i}` });
      const s = (await ferdig()) as { sistFeilet?: string; feilGrunn?: string };
      assert.ok(s.sistFeilet, `${status}: the failure is shown`);
      assert.equal(s.feilGrunn, ord);
    }
    // Graph unavailable: no answer after the retries, throttled or 5xx.
    assert.equal(syncFeilGrunn(new StoreUnavailableError('Microsoft Graph svarte ikke')), 'utilgjengelig');
    assert.equal(syncFeilGrunn(new KatalogFeil(503, 'x')), 'utilgjengelig');
    assert.equal(syncFeilGrunn(new KatalogFeil(401, 'x')), 'tillatelse');
    assert.equal(syncFeilGrunn(new Error('x')), 'ukjent');
    // A run that works again clears it.
    await kall(h, 'POST', '/api/organisasjon/synk', DEMO.administrator, { foresporsel: 'synk-feil-ok01' });
    assert.equal(((await ferdig()) as { sistFeilet?: string }).sistFeilet, undefined);
  });
});
