/**
 * The Teams app package as an administrator gets it from `npm run package`: a zip whose manifest and
 * localization files Teams' official schemas accept (validated offline), filled from environment
 * values, with the bot's own command words.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { botTekster } from '../../src/i18n/cards';
import { TAB_ENTITY_ID, tabRoutes } from '../../src/http/tabLinks';
import { lagAppPakke, lesPakkeMiljo, PakkeFeil, skrivAppPakke, type PakkeMiljo } from '../../manifest/pakke';
import { validerLokalisering, validerManifest } from '../../manifest/skjema';
import { DEMO } from '../support/appKontekst';
import { BotHarness, knapper } from '../support/botHarness';

const ROT = path.resolve(__dirname, '..', '..');
const MILJO = {
  TEAMS_APP_ID: '0f1e2d3c-4b5a-4697-8877-665544332211',
  BOT_ID: '11111111-2222-4333-8444-555555555555',
  AAD_APP_CLIENT_ID: '99999999-8888-4777-8666-555555555555',
  APP_DOMAIN: 'skolemiljo-demo.azurewebsites.net',
  KOMMUNE_NAVN: 'Demo kommune',
  KOMMUNE_NETTSTED: 'https://www.demo.kommune.no',
  PERSONVERN_URL: 'https://www.demo.kommune.no/personvern',
  VILKAR_URL: 'https://www.demo.kommune.no/vilkar',
};

type Json = Record<string, unknown>;
const lesJson = (zip: AdmZip, navn: string): Json => {
  const fil = zip.getEntry(navn);
  assert.ok(fil, `${navn} mangler i zip-filen`);
  return JSON.parse(fil.getData().toString('utf8')) as Json;
};
const mal = (): Json => JSON.parse(fs.readFileSync(path.join(ROT, 'manifest', 'manifest.template.json'), 'utf8')) as Json;

describe('the Teams app package', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-pakke-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is a zip whose manifest and every localization file pass Teams\' official schemas with no error', async function () {
    this.timeout(120_000); // a bound for a hung run: compiling the schema takes seconds on a loaded machine
    const zipFil = path.join(dir, 'app.zip');
    await skrivAppPakke(lagAppPakke(lesPakkeMiljo(MILJO)), zipFil);
    const zip = new AdmZip(zipFil);
    const manifest = lesJson(zip, 'manifest.json');
    assert.deepEqual(await validerManifest(manifest), []);
    const info = manifest.localizationInfo as { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
    assert.equal(info.defaultLanguageTag, 'nb');
    assert.deepEqual(info.additionalLanguages.map((s) => s.languageTag).sort(), ['en', 'nn']);
    for (const { file } of info.additionalLanguages) {
      assert.deepEqual(validerLokalisering(String(manifest.$schema), lesJson(zip, file)), [], file);
    }
    // Files at the zip's root, the icons the manifest names among them.
    const icons = manifest.icons as { color: string; outline: string };
    assert.deepEqual(zip.getEntries().map((e) => e.entryName).sort(), ['en.json', 'manifest.json', 'nn.json', icons.color, icons.outline].sort());
  });

  it('is on a current manifest version whose schema the validator bundles (no network needed)', () => {
    const m = mal();
    assert.equal(m.$schema, `https://developer.microsoft.com/json-schemas/teams/v${String(m.manifestVersion)}/MicrosoftTeams.schema.json`);
    assert.ok(Number(String(m.manifestVersion).split('.')[1]) >= 25, `manifestVersion ${String(m.manifestVersion)}`);
    const bundlet = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', `v${String(m.manifestVersion)}`);
    assert.ok(fs.existsSync(path.join(bundlet, 'MicrosoftTeams.schema.json')));
    assert.ok(fs.existsSync(path.join(bundlet, 'MicrosoftTeams.Localization.schema.json')));
  });

  it('is filled from the environment: app id, bot id, domain, SSO resource and the municipality', () => {
    const { manifest } = lagAppPakke(lesPakkeMiljo(MILJO));
    const tekst = JSON.stringify(manifest);
    assert.doesNotMatch(tekst, /\$\{\{|\[\[/, 'no placeholder left');
    assert.equal(manifest.id, MILJO.TEAMS_APP_ID);
    assert.equal(manifest.version, (JSON.parse(fs.readFileSync(path.join(ROT, 'package.json'), 'utf8')) as { version: string }).version);
    const [bot] = manifest.bots as Json[];
    assert.equal(bot?.botId, MILJO.BOT_ID);
    assert.deepEqual(bot?.scopes, ['personal']);
    assert.deepEqual(manifest.validDomains, [MILJO.APP_DOMAIN]);
    assert.deepEqual(manifest.webApplicationInfo, { id: MILJO.AAD_APP_CLIENT_ID, resource: `api://${MILJO.APP_DOMAIN}/${MILJO.AAD_APP_CLIENT_ID}` });
    assert.equal((manifest.developer as Json).privacyUrl, MILJO.PERSONVERN_URL);
  });

  it('has a personal static tab for each of the tab\'s pages, on the app\'s domain', () => {
    const { manifest } = lagAppPakke(lesPakkeMiljo(MILJO));
    const tabs = manifest.staticTabs as { entityId: string; name: string; contentUrl: string; scopes: string[] }[];
    assert.deepEqual(
      tabs.map((f) => f.name),
      ['Venter på deg', 'Mine plikter', 'Meld fra', 'Mine varsler', 'Mine oppgaver', 'Saker', 'Bekreftelser', 'Oversikt', 'Revisjon', 'Skolerute', 'Årshjul'],
    );
    // The tab's hash routes (src/http/tabLinks.ts); the start page carries the entityId the cards' deep links name.
    const r = tabRoutes;
    assert.deepEqual(
      tabs.map((f) => f.contentUrl),
      [r.venter, r.plikter, r.meldFra, r.varsler, r.oppgaver, r.saker, r.bekreftelser, r.oversikt, r.revisjon, r.skolerute, r.aarshjul].map((sti) => `https://${MILJO.APP_DOMAIN}/#${sti}`),
    );
    assert.equal(tabs[0]!.entityId, TAB_ENTITY_ID);
    for (const f of tabs) assert.deepEqual(f.scopes, ['personal']);
    assert.equal(new Set(tabs.map((f) => f.entityId)).size, tabs.length, 'entityIds are unique');
  });

  it('translates every text of the manifest in nynorsk and English', () => {
    const { manifest, lokaliseringer } = lagAppPakke(lesPakkeMiljo(MILJO));
    const nokler = (fil: Json) => Object.keys(fil).filter((k) => k !== '$schema').sort();
    assert.deepEqual(nokler(lokaliseringer['nn.json']!), nokler(lokaliseringer['en.json']!));
    assert.ok(nokler(lokaliseringer['nn.json']!).includes('staticTabs[7].name'));
    assert.equal(lokaliseringer['nn.json']!['staticTabs[0].name'], 'Ventar på deg');
    assert.equal(lokaliseringer['nn.json']!['staticTabs[2].name'], 'Meld frå');
    assert.equal(lokaliseringer['en.json']!['name.short'], 'School environment');
    assert.notEqual(lokaliseringer['en.json']!['description.full'], (manifest.description as Json).full);
  });

  it('offers the commands «varsel» and «hjelp» in the bot\'s own words, and the bot answers each', async () => {
    const { manifest, lokaliseringer } = lagAppPakke(lesPakkeMiljo(MILJO));
    const [liste] = (manifest.bots as { commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[])[0]!.commandLists;
    assert.deepEqual(liste!.scopes, ['personal']);
    assert.deepEqual(liste!.commands, [
      { title: botTekster.kommandoer.varsel.ord, description: botTekster.kommandoer.varsel.beskrivelse },
      { title: botTekster.kommandoer.hjelp.ord, description: botTekster.kommandoer.hjelp.beskrivelse },
    ]);
    // The bot only understands bokmål words, so every language offers the same word to click.
    for (const fil of Object.values(lokaliseringer)) assert.equal(fil['bots[0].commandLists[0].commands[0].title'], botTekster.kommandoer.varsel.ord);

    // A click on a command sends its title as a message.
    const h = await BotHarness.start();
    try {
      const u = h.bruker(DEMO.vaktmester);
      const [skjema] = await u.skriv(liste!.commands[0]!.title);
      assert.ok((skjema?.kort?.body as Json[]).some((e) => e.id === 'skoleId'), 'varsel opens the form');
      const [hjelp] = await u.skriv(liste!.commands[1]!.title);
      assert.deepEqual(knapper(hjelp?.kort), ['vis_skjema'], 'hjelp shows what the bot does with a button to the form');
    } finally {
      await h.stopp();
    }
  });

  it('names every missing or wrong environment value in Norwegian and writes nothing', () => {
    const utenBot: Partial<typeof MILJO> = { ...MILJO, APP_DOMAIN: 'https://skolemiljo.example/app' };
    delete utenBot.BOT_ID;
    assert.throws(
      () => lesPakkeMiljo(utenBot),
      (e: unknown) => e instanceof PakkeFeil && e.feil.some((f) => f === 'BOT_ID: mangler'),
    );
    assert.throws(
      () => lesPakkeMiljo({ ...MILJO, APP_DOMAIN: 'https://skolemiljo.example/app', TEAMS_APP_ID: 'min-app' }),
      (e: unknown) =>
        e instanceof PakkeFeil &&
        e.feil.some((f) => /^APP_DOMAIN: må være et vertsnavn uten https:\/\//.test(f)) &&
        e.feil.some((f) => /^TEAMS_APP_ID: må være en GUID .*«min-app»/.test(f)),
    );
  });

  it('refuses a manifest Teams would reject, listing the schema errors, and writes no zip', async () => {
    const feilMal = mal();
    feilMal.accentColor = 'grønn';
    (feilMal.staticTabs as Json[])[0]!.entityId = 'x'.repeat(65);
    const zipFil = path.join(dir, 'app.zip');
    await assert.rejects(
      skrivAppPakke(lagAppPakke(lesPakkeMiljo(MILJO) as PakkeMiljo, feilMal), zipFil),
      (e: unknown) => e instanceof PakkeFeil && e.feil.some((f) => f.includes('/accentColor')) && e.feil.some((f) => f.includes('/staticTabs/0/entityId')),
    );
    assert.ok(!fs.existsSync(zipFil));
  });

  it('`npm run package` writes the zip from the shell\'s environment, or says what is missing', function () {
    this.timeout(240_000); // a bound for a hung run: two tsx processes on a loaded machine
    const kjor = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'manifest/pakk.ts'], { cwd: ROT, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
    const mangler = kjor({ ...MILJO, VILKAR_URL: '' });
    assert.equal(mangler.status, 1);
    assert.match(mangler.stderr, /Apppakken ble ikke laget:\n {2}VILKAR_URL: mangler/);
    const ok = kjor(MILJO);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /manifest\/build\/skolemiljo\.zip/);
    const manifest = lesJson(new AdmZip(path.join(ROT, 'manifest', 'build', 'skolemiljo.zip')), 'manifest.json');
    assert.equal(manifest.id, MILJO.TEAMS_APP_ID);
  });
});
