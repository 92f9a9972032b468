import ts from 'typescript';
import fs from 'node:fs';
import path from 'node:path';
const rotter = ['bot', 'src/app', 'src/http', 'src/dokument', 'src/jobs', 'src/outbox', 'tab/src'];
const filer = rotter.flatMap((r) => fs.readdirSync(r, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(r, f)));
const NORSK = /[æøåÆØÅ]|\b(ikke|ikkje|saken|eleven|skolen|og|du|har|er|til|som|med|for|av|på|ble|kan|skal|eller)\b/;
const tall: Record<string, number> = {};
for (const fil of filer) {
  const src = fs.readFileSync(fil, 'utf8');
  const sf = ts.createSourceFile(fil, src, ts.ScriptTarget.Latest, true, fil.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const besok = (n: ts.Node) => {
    let tekst: string | undefined;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) tekst = n.text;
    else if (ts.isTemplateExpression(n)) tekst = n.head.text + n.templateSpans.map((s) => ' x ' + s.literal.text).join('');
    else if (ts.isJsxText(n)) tekst = n.text.trim();
    if (tekst !== undefined && /\s/.test(tekst.trim()) && NORSK.test(tekst)) {
      const p = n.parent;
      const erImport = ts.isImportDeclaration(p) || ts.isExportDeclaration(p);
      let logg = false;
      for (let a: ts.Node | undefined = n; a; a = a.parent) if (ts.isCallExpression(a) && /\.(info|warn|error|debug|fatal|trace)$/.test(a.expression.getText())) logg = true;
      const erFeil = ts.isNewExpression(p) && /Error/.test(p.expression.getText());
      if (!erImport && !logg && !erFeil) {
        tall[fil] = (tall[fil] ?? 0) + 1;
        if (process.env.VIS) console.log(`${fil}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${tekst.slice(0, 70)}`);
      }
    }
    ts.forEachChild(n, besok);
  };
  besok(sf);
}
console.log(Object.entries(tall).sort((a, b) => b[1] - a[1]).map(([f, n]) => `${n}\t${f}`).join('\n'));
