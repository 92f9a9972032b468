import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** An upward import: a regex on the import source and why it is refused. */
const opp = (regex, hva) => ({ regex, message: `${hva}: importer bare nedover (domain ← store ← outbox ← app ← bot/http ← compose).` });
const OPP = {
  store: opp('(^|/)store/', 'src/store ligger over'),
  adaptere: opp('(^|/)store/(sqlite|sharepoint)/', 'lagringsadapterne velges bare i src/compose.ts'),
  outbox: opp('(^|/)outbox/', 'src/outbox ligger over'),
  app: opp('(^|/)app/', 'src/app ligger over'),
  http: opp('(^|/)http/', 'src/http er en driver'),
  api: opp('(^|/)http/api/', 'fanens API er en annen driver'),
  bot: opp('(^|/)bot(/|$)|^botbuilder', 'botbuilder og bot/ holdes i bot/'),
  rot: opp('(^|/)(compose|main|config)$', 'komposisjonsroten ligger øverst'),
};
const INGEN_IO = [
  { regex: '^(node:.*|fs|http|https|better-sqlite3|pino|restify|@microsoft/.*|@azure/.*)$', message: 'Ingen I/O her.' },
  opp('(^|/)logging$', 'logging er infrastruktur'),
];
const lag = (files, hva, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] }, name: hva });

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
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
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
      // Only the composition root reads the environment (ARCHITECTURE.md).
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Les konfigurasjon i src/config.ts.' }],
    },
  },
  // Imports run downwards only (domain ← store ← outbox ← app ← drivers ← composition root); one
  // block per layer, since a later no-restricted-imports for the same file replaces an earlier one.
  lag(['src/domain/**/*.ts', 'src/i18n/**/*.ts', 'src/protocol/**/*.ts'], 'domenet og tekstkatalogen er rene', [
    ...INGEN_IO,
    OPP.store,
    OPP.outbox,
    OPP.app,
    OPP.http,
    OPP.bot,
    OPP.rot,
  ]),
  lag(['src/store/**/*.ts'], 'lagringen', [OPP.outbox, OPP.app, OPP.http, OPP.bot, OPP.rot]),
  lag(['src/outbox/**/*.ts'], 'utboksen', [OPP.app, OPP.http, OPP.bot, OPP.adaptere, OPP.rot]),
  lag(['src/app/**/*.ts'], 'bruksområdene (src/app)', [OPP.http, OPP.bot, OPP.adaptere, OPP.rot]),
  lag(['src/http/**/*.ts'], 'HTTP-driveren', [OPP.bot, OPP.adaptere, OPP.rot]),
  lag(['bot/**/*.ts'], 'boten', [OPP.api, OPP.adaptere, OPP.rot]),
  lag(['src/compose.ts', 'src/main.ts'], 'komposisjonsroten', [opp('^botbuilder', 'botbuilder holdes i bot/')]),
);
