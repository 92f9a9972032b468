/**
 * No user-facing words outside src/i18n (issue 24): a static scan of the bot, the use cases, the
 * HTTP drivers and the tab for Norwegian text in string literals, template literals and JSX text.
 * Log messages, thrown developer errors, imports and key=value audit details are not what a person
 * reads and are skipped. Also: no module-level copy of a catalog text (it would freeze in bokmål
 * when the module loads, whatever language the reader has).
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROT = path.resolve(__dirname, '../..');
const MAPPER = ['bot', 'src/app', 'src/http', 'src/dokument', 'src/jobs', 'src/outbox', 'tab/src'];

/**
 * Files still holding words a person reads, and why they may. Keep it short; it only shrinks.
 * Each entry: the file, and the most literals it may hold.
 */
const TILLATT: Record<string, { maks: number; hvorfor: string }> = {
  'src/http/api/sweep.ts': { maks: 2, hvorfor: 'answers the job runner (a machine with a secret), not a person' },
  'src/dokument/pdf.ts': { maks: 2, hvorfor: 'the PDF’s producer name and page footer' },
  'src/outbox/entries.ts': { maks: 3, hvorfor: 'why an outbox entry was given up, stored on the item for IT (names no person)' },
  'bot/SkolemiljoBot.ts': { maks: 1, hvorfor: 'a word people type to the bot (input it understands, not text it shows)' },
};

/** Norwegian text: a letter æøå, or a common Norwegian word, in something with a space in it. */
const NORSK = /[æøåÆØÅ]|\b(ikke|ikkje|saken|saka|eleven|skolen|skulen|og|du|har|er|som|med|kan|skal|eller|ble|vart)\b/;
const LOGG = /\.(info|warn|error|debug|fatal|trace)$/;

function funn(fil: string): { linje: number; tekst: string }[] {
  const kilde = fs.readFileSync(path.join(ROT, fil), 'utf8');
  const sf = ts.createSourceFile(fil, kilde, ts.ScriptTarget.Latest, true, fil.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const ut: { linje: number; tekst: string }[] = [];
  const besok = (n: ts.Node): void => {
    let tekst: string | undefined;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) tekst = n.text;
    else if (ts.isTemplateExpression(n)) tekst = n.head.text + n.templateSpans.map((s) => ` x ${s.literal.text}`).join('');
    else if (ts.isJsxText(n)) tekst = n.text.trim();
    if (tekst !== undefined && /\s/.test(tekst.trim()) && NORSK.test(tekst) && !/\w=/.test(tekst) && !utenfor(n)) {
      ut.push({ linje: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, tekst: tekst.slice(0, 80) });
    }
    ts.forEachChild(n, besok);
  };
  besok(sf);
  return ut;
}

/** Not what a person reads: an import path, a log message, a developer's Error. */
function utenfor(n: ts.Node): boolean {
  if (ts.isImportDeclaration(n.parent) || ts.isExportDeclaration(n.parent)) return true;
  for (let a: ts.Node | undefined = n.parent; a; a = a.parent) {
    if (ts.isCallExpression(a) && LOGG.test(a.expression.getText())) return true;
    if (ts.isNewExpression(a) && /Error$/.test(a.expression.getText())) return true;
  }
  return false;
}

const filer = MAPPER.flatMap((m) =>
  fs
    .readdirSync(path.join(ROT, m), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(m, f).split(path.sep).join('/')),
);

/** The short names the code reads the live catalog under (src/i18n/aktiv.ts). */
const LEVENDE = new Set(['nb', 'arkivTekster', 'innsynTekster', 'revisjonTekster', 'skolearTekster', 'botTekster', 'plikter', 'tekster', 'sakTekster', 'orgTekster', 'arbeidTekster', 'STATUS_TEKST', 'HANDLING_TEKST', 'NIVA_TEKST', 'UTFALL_TEKST', 'PLAN_STATUS_TEKST', 'LOGG_TYPE_TEKST', 'LESING_TEKST', 'HENDELSE_TEKST', 'KLASSIFISERING_TEKST', 'ELEVENS_SVAR_TEKST']);

/** Reads of the live catalog outside any function: evaluated once, when the module loads. */
function frosne(fil: string): string[] {
  const kilde = fs.readFileSync(path.join(ROT, fil), 'utf8');
  if (!/i18n\/aktiv'/.test(kilde)) return [];
  const sf = ts.createSourceFile(fil, kilde, ts.ScriptTarget.Latest, true);
  const ut: string[] = [];
  const besok = (n: ts.Node): void => {
    if (ts.isFunctionLike(n)) return;
    if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && ts.isIdentifier(n.expression) && LEVENDE.has(n.expression.text)) {
      ut.push(`${fil}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText().slice(0, 60)}`);
    }
    ts.forEachChild(n, besok);
  };
  besok(sf);
  return ut;
}

describe('i18n: no hard-coded words outside src/i18n', () => {
  it('finds the scan’s targets (the scan itself works)', () => {
    assert.ok(filer.length > 100, `${filer.length} files`);
    assert.ok(funn('src/dokument/pdf.ts').length > 0, 'a file known to hold bokmål is found');
  });

  it('has no Norwegian text in the code a person reads, outside the short allow-list', () => {
    const brudd: string[] = [];
    for (const fil of filer) {
      const f = funn(fil);
      const lov = TILLATT[fil];
      if (f.length > (lov?.maks ?? 0)) brudd.push(...f.map((x) => `${fil}:${x.linje}: ${x.tekst}`));
    }
    assert.deepEqual(brudd, [], 'move these words to src/i18n (nb.ts and nn.ts, en.ts), and read them from there');
  });

  it('keeps the allow-list true: each entry still needs its place', () => {
    for (const [fil, lov] of Object.entries(TILLATT)) assert.ok(funn(fil).length > 0, `${fil} no longer holds text (${lov.hvorfor}): remove it from TILLATT`);
  });

  it('reads the catalog when a text is needed, never into a module-level constant', () => {
    assert.deepEqual(filer.flatMap(frosne), [], 'use folgSprak((k) => …) from src/i18n/aktiv.ts, or read the text inside the function');
  });
});
