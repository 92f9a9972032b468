import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** An import source that reaches a layer it must not, and why: a regex on the import source. */
const opp = (regex, hva) => ({ regex, message: `${hva}: importer bare nedover (docs/arkitektur.md).` });
const OPP = {
  i18n: opp('(^|/)i18n/', 'tekstkatalogen (src/i18n) ligger over domenet'),
  store: opp('(^|/)store/', 'src/store ligger over'),
  adaptere: opp('(^|/)store/(sqlite|sharepoint)/', 'lagringsadapterne velges bare i komposisjonsroten'),
  // The records of a case; the bot's own conversation references (samtaleRepo) are not among them.
  saksposter: opp('(^|/)store/(sakRepo|planRepo|loggRepo|paminnelseRepo|bekreftelseRepo|revisjonskjede)$', 'driverne leser saker gjennom bruksområdene (src/app)'),
  org: opp('(^|/)org/', 'src/org ligger over'),
  outbox: opp('(^|/)outbox/', 'src/outbox ligger over'),
  dokument: opp('(^|/)dokument/', 'src/dokument brukes av bruksområdene'),
  app: opp('(^|/)app/', 'src/app ligger over'),
  http: opp('(^|/)http/', 'src/http er en driver'),
  api: opp('(^|/)http/api/', 'fanens API er en annen driver'),
  jobs: opp('(^|/)jobs/', 'src/jobs er en driver'),
  bot: opp('(^|/)bot(/|$)|^botbuilder', 'botbuilder og bot/ holdes i bot/'),
  rot: opp('(^|/)(compose|main|config|appRot|commandStore|organisasjonsfil|entraKatalog|\\w+Cli)$', 'komposisjonsroten og inngangene ligger øverst'),
  // The tab reaches the server only through tab/src/kontrakt.ts; the text catalog is shared (src/i18n/README.md).
  tjener: opp('(^|/)(src|bot)/(?!i18n/)', 'fanen når tjeneren bare gjennom tab/src/kontrakt.ts'),
  nodeIFanen: opp('^(node:.*|fs|path|better-sqlite3|pino|restify|@azure/.*|@microsoft/microsoft-graph-client)$', 'fanen kjører i nettleseren'),
};
const INGEN_IO = [
  { regex: '^(node:.*|fs|http|https|better-sqlite3|pino|pdfkit|restify|@microsoft/.*|@azure/.*)$', message: 'Ingen I/O her.' },
  opp('(^|/)logging$', 'logging er infrastruktur'),
];

/** Imports run downwards only. One list per layer, lowest first: what the layer must not import. */
const LAG = [
  { navn: 'domenet', filer: ['src/domain/**', 'src/protocol/**'], forbudt: [...INGEN_IO, OPP.i18n, OPP.store, OPP.org, OPP.outbox, OPP.dokument, OPP.app, OPP.http, OPP.jobs, OPP.bot, OPP.rot] },
  { navn: 'tekstkatalogen', filer: ['src/i18n/**'], forbudt: [...INGEN_IO, OPP.store, OPP.org, OPP.outbox, OPP.dokument, OPP.app, OPP.http, OPP.jobs, OPP.bot, OPP.rot] },
  { navn: 'lagringen', filer: ['src/store/**'], forbudt: [OPP.i18n, OPP.org, OPP.outbox, OPP.dokument, OPP.app, OPP.http, OPP.jobs, OPP.bot, OPP.rot] },
  { navn: 'dokumentene (PDF)', filer: ['src/dokument/**'], forbudt: [OPP.i18n, OPP.store, OPP.org, OPP.outbox, OPP.app, OPP.http, OPP.jobs, OPP.bot, OPP.rot] },
  { navn: 'organisasjonen', filer: ['src/org/**'], forbudt: [OPP.adaptere, OPP.outbox, OPP.dokument, OPP.app, OPP.http, OPP.jobs, OPP.bot, OPP.rot] },
  { navn: 'utboksen', filer: ['src/outbox/**'], forbudt: [OPP.adaptere, OPP.org, OPP.dokument, OPP.app, OPP.http, OPP.jobs, OPP.bot, OPP.rot] },
  { navn: 'bruksområdene (src/app)', filer: ['src/app/**'], forbudt: [OPP.adaptere, OPP.http, OPP.jobs, OPP.bot, OPP.rot] },
  { navn: 'HTTP-driveren', filer: ['src/http/**'], forbudt: [OPP.adaptere, OPP.saksposter, OPP.jobs, OPP.bot, OPP.rot] },
  { navn: 'jobbene', filer: ['src/jobs/**'], forbudt: [OPP.adaptere, OPP.saksposter, OPP.http, OPP.bot, OPP.rot] },
  // The bot mounts its route on the server src/http owns, so it may use src/http's helpers, not the tab's API.
  { navn: 'boten', filer: ['bot/**'], forbudt: [OPP.adaptere, OPP.saksposter, OPP.api, OPP.jobs, OPP.rot] },
  { navn: 'fanen', filer: ['tab/src/**'], forbudt: [OPP.tjener, OPP.nodeIFanen] },
  { navn: 'komposisjonsroten', filer: ['src/*.ts'], forbudt: [opp('^botbuilder', 'botbuilder holdes i bot/')] },
];

/**
 * Imports that cross a fence, each with why: the tab's one door to the server (kontrakt.ts) by design;
 * the others until the later sweep of issue 22 (refusals as codes, the tab's API modules).
 * tests/lag.test.ts fails when one is no longer used, so the list cannot go stale.
 */
export const UNNTAK = [
  {
    filer: ['tab/src/kontrakt.ts'],
    tillat: 'src/http/api/(contract|routes|revisjonKontrakt)$|src/domain/datovisning$',
    grunn: 'kontrakt.ts er fanens ene dør til tjeneren: typene fra API-kontrakten, rutetabellene uten zod (revisjonKontrakt: issue 23), og husets datoformat (07.12.2026) som brev, PDF og kort bruker',
  },
  {
    filer: ['bot/cardHolders.ts'],
    tillat: 'store/sakRepo$',
    grunn: 'leser sakens leveringer når utboksposten ikke har dem; skal gå gjennom et bruksområde',
  },
  {
    filer: ['tab/src/pages/MeldFra.tsx', 'tab/src/pages/sak/ElevensSvarFelt.tsx', 'tab/src/pages/Saker.tsx', 'tab/src/pages/sak/Handlinger.tsx', 'tab/src/pages/sak/Loggskjema.tsx', 'tab/src/pages/sak/Planredigering.tsx', 'tab/src/pages/sak/Evalueringsskjema.tsx'],
    tillat: 'src/domain/(varsel|sak|sakslogg|aktivitetsplan|elevensOpplevelse)$',
    grunn: 'skjemaene viser domenets valg og grenser (kilder, statuser, nivåer, lengder); de skal komme gjennom kontrakt.ts',
  },
  {
    filer: ['tab/src/sider.tsx', 'tab/src/venter.ts', 'tab/src/pages/VenterPaaDeg.tsx', 'tab/src/pages/Saker.tsx', 'tab/src/pages/Sak.tsx', 'tab/src/pages/sak/Plan.tsx', 'tab/src/pages/MineOppgaver.tsx', 'tab/src/pages/Oversikt.tsx'],
    tillat: 'src/http/tabLinks$',
    grunn: 'fanens stier deles med kortenes dyplenker; de skal eksporteres gjennom kontrakt.ts',
  },
  {
    filer: ['tab/src/pages/org/Organisasjon.tsx', 'tab/src/pages/org/Varslingsliste.tsx'],
    tillat: 'src/http/api/contract$',
    grunn: 'typer fra API-kontrakten som kontrakt.ts ennå ikke eksporterer',
  },
];

/** A layer's fence, with any file's allowed crossings carved out of its patterns (a later block for a file replaces an earlier). */
function gjerder() {
  const blokker = LAG.map(({ navn, filer, forbudt }) => ({ name: navn, files: filer.map((f) => `${f.replace(/\*\*$/, '**/*')}`), rules: { 'no-restricted-imports': ['error', { patterns: forbudt }] } }));
  const perFil = new Map();
  for (const u of UNNTAK) for (const fil of u.filer) perFil.set(fil, [...(perFil.get(fil) ?? []), u.tillat]);
  for (const [fil, tillat] of perFil) {
    const lag = LAG.find((l) => l.filer.some((f) => (f.endsWith('/**') ? fil.startsWith(f.slice(0, -2)) : f === 'src/*.ts' && /^src\/[^/]+\.ts$/.test(fil))));
    const unntatt = `(?![\\s\\S]*(?:${tillat.join('|')}))`;
    const patterns = lag.forbudt.map((p) => ({ ...p, regex: `^${unntatt}[\\s\\S]*?(?:${p.regex})` }));
    blokker.push({ name: `${lag.navn}: unntak i ${fil}`, files: [fil], rules: { 'no-restricted-imports': ['error', { patterns }] } });
  }
  return blokker;
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'manifest/build/**', 'tab/dist/**', 'data/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Benchmarks exist to print their figures.
    files: ['bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The tab: the two hook rules that catch real bugs (stale effects, conditional hooks).
    files: ['tab/src/**/*.tsx', 'tab/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Fluent's MessageBar draws itself on one line until a ResizeObserver reports it too wide: at 320 px a
      // sentence made the page 1,869 px wide until then (CI, stop 29). Ours are sentences: lay them out for that.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name='MessageBar']:not(:has(JSXAttribute[name.name='layout'][value.value='multiline']))",
          message: 'Gi MessageBar layout="multiline": en setning på én linje gjør siden bredere enn Teams’ 320 px til en ResizeObserver har svart.',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'bot/**/*.ts'],
    ignores: ['src/main.ts', 'src/config.ts'],
    rules: {
      // Only the composition root reads the environment (docs/arkitektur.md).
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Les konfigurasjon i src/config.ts.' }],
    },
  },
  // Imports run downwards only: domain ← i18n ← store ← org/outbox ← app ← http/jobs/bot ← composition root; the tab beside.
  ...gjerder(),
);
