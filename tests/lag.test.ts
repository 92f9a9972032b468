/**
 * The layers' fences (eslint.config.mjs) and the import graph: every layer refuses an import of a layer
 * above it (planted here, in memory, and linted by the repository's own config), the exceptions the
 * config lists are still needed, and no module imports itself round a circle — type-only and lazy
 * `import()` edges count too. docs/arkitektur.md draws the layers. Last, the tab's one fence that is not
 * about imports: a MessageBar laid out for Teams' narrow width.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';

const ROT = path.resolve(__dirname, '..');

/** Every planted file imports the layer above its own; `lov` is an import it may make. */
const PLANTET: { lag: string; fil: string; opp: string; lov: string }[] = [
  { lag: 'domain', fil: 'src/domain/plantet.ts', opp: '../i18n/nb', lov: './sak' },
  { lag: 'protocol', fil: 'src/protocol/plantet.ts', opp: '../store/port', lov: './retryAfter' },
  { lag: 'i18n', fil: 'src/i18n/plantet.ts', opp: '../store/port', lov: '../domain/sak' },
  { lag: 'store', fil: 'src/store/plantet.ts', opp: '../org/register', lov: '../domain/sak' },
  { lag: 'dokument', fil: 'src/dokument/plantet.ts', opp: '../app/dokumenter/dokumentasjon', lov: './pdf' },
  { lag: 'org', fil: 'src/org/plantet.ts', opp: '../app/kontekst', lov: '../store/port' },
  { lag: 'org → adapter', fil: 'src/org/sync/plantet.ts', opp: '../../store/sharepoint/graphClient', lov: './katalog' },
  { lag: 'outbox', fil: 'src/outbox/plantet.ts', opp: '../app/kontekst', lov: '../store/envelope' },
  { lag: 'app', fil: 'src/app/plantet.ts', opp: '../http/api/problem', lov: '../org/register' },
  { lag: 'http', fil: 'src/http/api/plantet.ts', opp: '../../compose', lov: '../../app/kontekst' },
  { lag: 'http → case records', fil: 'src/http/plantet.ts', opp: '../store/sakRepo', lov: '../store/port' },
  { lag: 'jobs', fil: 'src/jobs/plantet.ts', opp: '../http/server', lov: '../app/paaminnelser/sweep' },
  { lag: 'bot', fil: 'bot/plantet.ts', opp: '../src/compose', lov: '../src/app/kontekst' },
  { lag: 'bot → tab API', fil: 'bot/plantet.ts', opp: '../src/http/api/contract', lov: '../src/http/tabLinks' },
  { lag: 'tab', fil: 'tab/src/plantet.ts', opp: '../../src/app/kontekst', lov: './kontrakt' },
  { lag: 'tab page → domain', fil: 'tab/src/pages/plantet.tsx', opp: '../../../src/domain/sak', lov: '../../../src/i18n/tab' },
  { lag: 'composition root', fil: 'src/plantet.ts', opp: 'botbuilder', lov: './compose' },
];

const kode = (fra: string) => `import * as x from '${fra}';\nexport const y = x;\n`;

describe('layers: imports run downwards only', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: ROT });
  const feil = async (fil: string, fra: string) =>
    (await eslint.lintText(kode(fra), { filePath: path.join(ROT, fil) }))[0]!.messages.filter((m) => m.ruleId === 'no-restricted-imports');

  for (const { lag, fil, opp, lov } of PLANTET) {
    it(`eslint refuses an upward import in ${lag} (${fil} → ${opp}) and lets a downward one through`, async () => {
      const oppover = await feil(fil, opp);
      assert.equal(oppover.length, 1, `no fence refused ${opp} in ${fil}`);
      assert.match(oppover[0]!.message, /importer bare nedover|holdes i bot|Ingen I\/O/);
      assert.deepEqual(await feil(fil, lov), [], `the fence refuses ${lov} in ${fil}, a downward import`);
    });
  }

  it('fences every file at the top of src/ as the composition root, but the two shared below it (a renamed entry stays fenced)', async () => {
    // The process's logger and the start-up error are infrastructure the layers under the root use.
    const DELT = ['logging.ts', 'oppstartFeil.ts'];
    const rot = fs.readdirSync(path.join(ROT, 'src')).filter((f) => /\.ts$/.test(f) && !DELT.includes(f));
    assert.ok(rot.includes('compose.ts') && rot.includes('commandStore.ts'));
    for (const f of rot) assert.equal((await feil('src/app/plantet.ts', `../${f.replace(/\.ts$/, '')}`)).length, 1, `src/app may import src/${f}: name it in OPP.rot in eslint.config.mjs`);
    for (const f of DELT) assert.deepEqual(await feil('src/org/plantet.ts', `../${f.replace(/\.ts$/, '')}`), [], `src/org may not import src/${f}`);
  });

  it('lets an excepted file make its one excepted import and no other', async () => {
    assert.deepEqual(await feil('bot/cardHolders.ts', '../src/store/sakRepo'), []);
    assert.equal((await feil('bot/cardHolders.ts', '../src/store/planRepo')).length, 1);
    assert.deepEqual(await feil('tab/src/pages/MeldFra.tsx', '../../../src/domain/varsel'), []);
    assert.equal((await feil('tab/src/pages/MeldFra.tsx', '../../../src/app/kontekst')).length, 1);
    assert.equal((await feil('tab/src/pages/MeldFra.tsx', '../../../src/http/api/contract')).length, 1, 'only kontrakt.ts is the door');
  });

  it('lists only exceptions that are still used: each excepted file still makes its excepted import', async () => {
    const { UNNTAK } = (await import(path.join(ROT, 'eslint.config.mjs'))) as { UNNTAK: { filer: string[]; tillat: string; grunn: string }[] };
    assert.ok(UNNTAK.length > 0);
    const graf = importgraf();
    for (const u of UNNTAK) {
      assert.ok(u.grunn.length > 20, `an exception without a reason: ${u.tillat}`);
      for (const fil of u.filer) {
        const brukt = (graf.get(fil) ?? []).some((m) => new RegExp(u.tillat).test(m.replace(/\.tsx?$/, '')));
        assert.ok(brukt, `${fil} no longer imports ${u.tillat}: take it out of UNNTAK in eslint.config.mjs`);
      }
    }
  });
});

/**
 * Circles left on purpose, each with why; the test fails when one is gone (take it out) or a new one appears.
 */
const KJENTE_SIRKLER: { filer: string[]; grunn: string }[] = [];

describe('the import graph has no circles', () => {
  it('finds no module that imports itself round a circle in src/, bot/ or tab/src/ (beyond the listed one)', () => {
    const sirkler = sirklerI(importgraf()).map((s) => s.sort().join(' ↔ '));
    const kjente = KJENTE_SIRKLER.map((k) => k.filer.sort().join(' ↔ '));
    assert.deepEqual(sirkler.sort(), kjente.sort());
  });

  it('sees a circle when there is one (a planted pair of files)', () => {
    const graf = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    assert.deepEqual(sirklerI(graf).map((s) => s.sort()), [['a.ts', 'b.ts', 'c.ts']]);
  });
});

/** Each source file (relative to the repository) → the files it imports, type-only and `import()` included. */
function importgraf(): Map<string, string[]> {
  const filer: string[] = [];
  const gaa = (mappe: string) => {
    for (const f of fs.readdirSync(path.join(ROT, mappe), { withFileTypes: true })) {
      const rel = path.posix.join(mappe, f.name);
      if (f.isDirectory()) gaa(rel);
      else if (/\.tsx?$/.test(f.name) && !f.name.endsWith('.d.ts')) filer.push(rel);
    }
  };
  ['src', 'bot', 'tab/src'].forEach(gaa);
  const graf = new Map<string, string[]>();
  for (const fil of filer) {
    const info = ts.preProcessFile(fs.readFileSync(path.join(ROT, fil), 'utf8'), true, true);
    const til = info.importedFiles.map((i) => i.fileName).filter((n) => n.startsWith('.')).map((n) => finn(path.posix.join(path.posix.dirname(fil), n)));
    graf.set(fil, til);
  }
  return graf;
}

function finn(uten: string): string {
  for (const k of [uten, `${uten}.ts`, `${uten}.tsx`, `${uten}/index.ts`, `${uten}/index.tsx`]) {
    if (fs.existsSync(path.join(ROT, k)) && fs.statSync(path.join(ROT, k)).isFile()) return k;
  }
  return uten;
}

/** The strongly connected parts of more than one file (Tarjan): each is at least one circle. */
function sirklerI(graf: Map<string, string[]>): string[][] {
  let teller = 0;
  const indeks = new Map<string, number>();
  const lav = new Map<string, number>();
  const stakk: string[] = [];
  const paStakk = new Set<string>();
  const ut: string[][] = [];
  const besok = (v: string) => {
    indeks.set(v, teller);
    lav.set(v, teller++);
    stakk.push(v);
    paStakk.add(v);
    for (const w of graf.get(v) ?? []) {
      if (!graf.has(w)) continue;
      if (!indeks.has(w)) {
        besok(w);
        lav.set(v, Math.min(lav.get(v)!, lav.get(w)!));
      } else if (paStakk.has(w)) lav.set(v, Math.min(lav.get(v)!, indeks.get(w)!));
    }
    if (lav.get(v) === indeks.get(v)) {
      const del: string[] = [];
      let w: string;
      do {
        w = stakk.pop()!;
        paStakk.delete(w);
        del.push(w);
      } while (w !== v);
      if (del.length > 1) ut.push(del);
    }
  };
  for (const v of graf.keys()) if (!indeks.has(v)) besok(v);
  return ut;
}

describe('the tab’s fence for Teams’ narrow width', function () {
  this.timeout(60_000);
  it('eslint refuses a MessageBar not laid out on several lines, and lets one that is through', async () => {
    const eslint = new ESLint({ cwd: ROT });
    const feil = async (layout: string) =>
      (
        await eslint.lintText(`import { MessageBar } from '@fluentui/react-components';\nexport const x = <MessageBar ${layout}intent="info">Ei setning.</MessageBar>;\n`, {
          filePath: path.join(ROT, 'tab/src/pages/plantet.tsx'),
        })
      )[0]!.messages.filter((m) => m.ruleId === 'no-restricted-syntax');
    assert.equal((await feil('')).length, 1);
    assert.equal((await feil('layout="auto" ')).length, 1);
    assert.deepEqual(await feil('layout="multiline" '), []);
  });
});
