/**
 * The docs' fence (issue 22): what the docs name exists. Every path or file name a README or a note
 * in docs/ names is in the repository; every docs/….md a code comment cites is there; README.md's
 * map of folders names every folder of src/, bot/, tab/src/ and tests/; tab/README.md lists every
 * route of the tab's API and every page. A rename that leaves a doc behind fails here.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROUTES } from '../src/http/api/routes';
import { REVISJON_ROUTES } from '../src/http/api/revisjonKontrakt';
import { tabRoutes } from '../src/http/tabLinks';

const ROT = path.resolve(__dirname, '..');
const les = (fil: string) => fs.readFileSync(path.join(ROT, fil), 'utf8');


/** Made by running or building (git ignores them), or the reader's own copy of a file the doc names. */
const LAGES = /^\.?\/?(data|dist|coverage|tab\/dist|manifest\/build|tests\/\.tmp)(\/|$)|^\.?\/?config\/min-kommune\.json$/;

const filer = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROT, encoding: 'utf8' }).split('\n').filter(Boolean);
/** Every Markdown file of the repository: the READMEs and the notes in docs/. */
const DOKUMENTER = filer.filter((f) => f.endsWith('.md') && fs.existsSync(path.join(ROT, f)));
const filnavn = new Set(filer.map((f) => path.posix.basename(f)));
const toppen = new Set(fs.readdirSync(ROT));

/**
 * The paths and file names a Markdown text names that are not in the repository, as «line: path».
 * A path counts from the repository's top or from the doc's own folder; a name in backticks followed
 * by «→» is a former name (docs/ordliste.md) and is not looked for.
 */
export function manglerI(tekst: string, mappe: string): string[] {
  const ut: string[] = [];
  tekst.split('\n').forEach((linje, i) => {
    const navn = new Set<string>();
    for (const m of linje.matchAll(/`([^`]+)`(?!\s*→)/g)) navn.add(m[1]!.trim());
    for (const m of linje.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) navn.add(m[1]!);
    for (const m of linje.matchAll(/(?<![\w/.`-])((?:[\w.-]+\/)+[\w.-]+\.(?:ts|tsx|md|mjs|cjs|json|bicep|yml|png))(?![\w`])/g)) navn.add(m[1]!);
    for (const n of navn) {
      if (/^(https?:|mailto:|\/|#)/.test(n) || /[<>*{}$ …]|:\w/.test(n) || LAGES.test(n)) continue;
      const forste = n.split('/')[0]!;
      if (n.includes('/') && (toppen.has(forste) || fs.existsSync(path.join(ROT, mappe, forste)))) {
        const sti = n.replace(/\/$/, '');
        if (!fs.existsSync(path.join(ROT, sti)) && !fs.existsSync(path.join(ROT, mappe, sti))) ut.push(`${i + 1}: ${n}`);
      } else if (!n.includes('/') && /^[\w.-]+\.(ts|tsx|md|mjs|cjs)$/.test(n) && !filnavn.has(n)) ut.push(`${i + 1}: ${n}`);
    }
  });
  return ut;
}

/** Every folder below `mappe` (tests' own scratch folder left out). */
function mapper(mappe: string): string[] {
  return fs
    .readdirSync(path.join(ROT, mappe), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .flatMap((d) => [`${mappe}/${d.name}`, ...mapper(`${mappe}/${d.name}`)]);
}

/**
 * README's map: each row's first cell names its folders; a folder is named when its row is there, or
 * a row of a folder above it names it (`name/` in backticks). A folder of tests/ mirrors the source's
 * folder of the same path (src/<path>, or a folder at the top: bot, tab, infra, manifest).
 */
function uten(readme: string, alle: string[]): string[] {
  const rader = readme
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => {
      const [forste = '', ...resten] = l.split(' | ');
      return { mapper: [...forste.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, '')), tekst: resten.join(' | ') };
    });
  const navngitt = (mappe: string) =>
    rader.some(
      (r) =>
        r.mapper.includes(mappe) ||
        (r.mapper.some((m) => mappe.startsWith(`${m}/`)) && new RegExp(`\`([\\w./-]*/)?${path.posix.basename(mappe)}/\``).test(r.tekst)),
    );
  const speilet = (mappe: string) => {
    const under = mappe.replace(/^tests\//, '');
    return mappe.startsWith('tests/') && !under.startsWith('support') && (fs.existsSync(path.join(ROT, 'src', under)) || fs.existsSync(path.join(ROT, under)));
  };
  return alle.filter((m) => !navngitt(m) && !(speilet(m) && navngitt('tests')));
}

describe('the docs name what is there', () => {
  for (const dok of DOKUMENTER) {
    it(`every path and file ${dok} names exists`, () => {
      assert.deepEqual(manglerI(les(dok), path.posix.dirname(dok)), [], `${dok} names what is not in the repository (fix the text)`);
    });
  }

  it('sees a path that is not there, and lets a former name, a built file and a route pass (planted)', () => {
    const tekst = [
      'The card lives in `bot/cards/sakskort.ts` and `src/app/finnesIkke/` (see [x](docs/borte.md)).',
      'Renamed: `kortholdere.ts` → `cardHolders.ts`; built: `manifest/build/skolemiljo.prod.zip`, `./data`.',
      'The route `/api/saker/:sakId`, the card `bot/cards/sakCard.ts`, and `src/pages/Sak.tsx` from tab/.',
    ].join('\n');
    assert.deepEqual(manglerI(tekst, 'tab'), ['1: bot/cards/sakskort.ts', '1: src/app/finnesIkke/', '1: docs/borte.md']);
  });

  it('every docs/….md a code comment cites exists', () => {
    const kilder = filer.filter((f) => /^(src|bot|tab\/src|tests|scripts|bench)\/.*\.(ts|tsx|mjs|cjs)$/.test(f) || f === 'eslint.config.mjs');
    // This file plants a missing doc in its own test.
    kilder.splice(kilder.indexOf('tests/docs.test.ts'), 1);
    const borte: string[] = [];
    for (const f of kilder) {
      for (const m of les(f).matchAll(/(?<![\w/.-])((?:\.\.\/)*(?:shared\/)?(?:docs\/[\w./-]+\.md|[A-Z][A-Z_]+\.md))/g)) {
        const sti = m[1]!.replace(/^(\.\.\/)+/, '');
        if (!fs.existsSync(path.join(ROT, sti)) && !fs.existsSync(path.join(ROT, path.posix.dirname(f), m[1]!))) borte.push(`${f}: ${m[1]}`);
      }
    }
    assert.deepEqual(borte, []);
  });

  it("README.md's map names every folder of src/, bot/, tab/src/ and tests/", () => {
    const alle = ['src', 'bot', 'tab/src', 'tests'].flatMap(mapper);
    assert.ok(alle.includes('src/app/paaminnelser') && alle.includes('tab/src/pages/sak') && alle.includes('tests/support/graph'));
    assert.deepEqual(uten(les('README.md'), alle), []);
    // A folder nobody wrote a row for is seen (planted).
    assert.deepEqual(uten(les('README.md'), ['src/finnesIkke', 'tab/src/pages/ukjent', 'tests/support/ukjent']), ['src/finnesIkke', 'tab/src/pages/ukjent', 'tests/support/ukjent']);
  });

  it("tab/README.md lists every route of the tab's API and every page's route", () => {
    const readme = les('tab/README.md');
    const api = [...Object.values(ROUTES), ...Object.values(REVISJON_ROUTES)].map((r) => `\`${r.metode} ${r.sti}\``);
    assert.deepEqual(api.filter((r) => !readme.includes(r)), [], 'an API route is missing from tab/README.md');
    const elev = [...les('tab/src/elev/ElevSkall.tsx').matchAll(/ELEV_STIER = \{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!));
    assert.ok(elev.length >= 2, "the pupils' routes were not found in ElevSkall.tsx");
    const sider = [...Object.values(tabRoutes).map((r) => (typeof r === 'string' ? r : r('ID').replace('ID', '<id>'))), ...elev].map((r) => `\`#${r}`);
    assert.deepEqual(sider.filter((r) => !readme.includes(r)), [], 'a page is missing from tab/README.md');
  });
});
