/**
 * The glossary's fence (docs/ordliste.md, issue 22): the words the rename sweep replaced do not come
 * back. Every name declared in src/, bot/ and tab/src/ (functions, classes, types, variables,
 * parameters — not the properties of stored data, which keep their spelling until a migration) and
 * every file name is read, and a replaced word or an æ, ø, å in it fails the test.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROT = path.resolve(__dirname, '..');

/** A replaced word, what replaces it, and a pattern that finds it in a name. */
const ERSTATTET: [RegExp, string][] = [
  [/[æøåÆØÅ]/, 'æ → ae, ø → o, å → aa (rule 4)'],
  [/Lager|^lager|lagring|Lagring/, 'store'],
  [/[Uu]tboks/, 'outbox'],
  [/[Rr]evisjonskjede|Revisjonspost|[Rr]evisjonslogg/, 'audit (auditChain, AuditEntry)'],
  [/[Ss]veip|SVEIP/, 'sweep'],
  [/[Ss]ynk(?!ron|ende)|SYNK/, 'sync'],
  [/[Ll]evering/, 'delivery'],
  [/[Vv]isning/, 'view'],
  [/(^|[a-z])[Pp]aminnelse|PAMINNELSE/, 'paaminnelse'],
  [/^[Ff]ane|[a-z]Fane|FANE/, 'tab'],
  [/^[Rr]uter?$|[a-z]Ruter?\b|RUTER/, 'route, routes'],
  // «kort» is also «short» (forkortet, KORT_BESKRIVELSE): only the word on its own or ending a compound.
  [/(^|[a-z0-9])[Kk]ort($|[A-Z0-9])|^KORT$/, 'card'],
  [/[Mm]elding/, 'message (a Teams message), outboxEntry (an outbox entry)'],
  [/(^|[a-z])(Lagre|LAGRE)($|[A-Z_])|^LAGRE$/, 'stores'],
];
/** Replaced only where the word is a repository's: reading and writing the store is get/save there. */
const I_REPO: [RegExp, string][] = [[/^(hent|lagre)([A-Z]|$)/, 'get…, save… (a repository)']];
const erRepo = (fil: string) => fil.startsWith('src/store/') || /Repo\.ts$/.test(fil);
/** Names the patterns would misread: another meaning, or a date shown as people read it. */
const UNNTAK = new Set(['avvisninger', 'datovisning',
  // the pupil's own report («Det jeg har sagt fra om») is a domain word, not a Teams message
  'ElevMelding', 'elevMelding', 'mineMeldinger', 'mineMeldingerCard']);

function navnIFil(fil: string): string[] {
  const sf = ts.createSourceFile(fil, fs.readFileSync(fil, 'utf8'), ts.ScriptTarget.Latest, true);
  const ut: string[] = [];
  const gaa = (n: ts.Node) => {
    const dekl = ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)
      || ts.isVariableDeclaration(n) || ts.isMethodDeclaration(n) || ts.isMethodSignature(n) || ts.isEnumDeclaration(n) || ts.isParameter(n);
    if (dekl && n.name && ts.isIdentifier(n.name)) ut.push(n.name.text);
    ts.forEachChild(n, gaa);
  };
  gaa(sf);
  return ut;
}

function filer(): string[] {
  return ['src', 'bot', 'tab/src'].flatMap((d) =>
    fs.readdirSync(path.join(ROT, d), { recursive: true }).map((f) => path.join(d, String(f))).filter((f) => /\.(ts|tsx)$/.test(f)),
  );
}

const brudd = (navn: string, fil = ''): string | undefined =>
  UNNTAK.has(navn) ? undefined : [...ERSTATTET, ...(erRepo(fil) ? I_REPO : [])].find(([re]) => re.test(navn))?.[1];

describe('the glossary (docs/ordliste.md): replaced words stay replaced', () => {
  it('declares no name with a replaced word or æ, ø, å in src/, bot/ or tab/src/', () => {
    const funn = filer().flatMap((f) => navnIFil(path.join(ROT, f)).flatMap((n) => (brudd(n, f) ? [`${f}: ${n} (→ ${brudd(n, f)})`] : [])));
    assert.deepEqual([...new Set(funn)], []);
  });

  it('names no file or folder with a replaced word or æ, ø, å', () => {
    const funn = filer().flatMap((f) => f.replace(/\.(test\.)?tsx?$/, '').split('/').filter((del) => brudd(del)).map((del) => `${f} (${del} → ${brudd(del)})`));
    assert.deepEqual(funn, []);
  });

  it('finds a replaced word when there is one', () => {
    assert.equal(brudd('sakVisning'), 'view');
    assert.equal(brudd('hentSynk'), 'sync');
    assert.equal(brudd('ventPå'), 'æ → ae, ø → o, å → aa (rule 4)');
    assert.equal(brudd('synkende'), undefined);
    assert.equal(brudd('sakskort'), 'card');
    assert.equal(brudd('forkortet'), undefined);
    assert.equal(brudd('sendAdminMelding'), 'message (a Teams message), outboxEntry (an outbox entry)');
    assert.equal(brudd('hentSak', 'src/store/sakRepo.ts'), 'get…, save… (a repository)');
    assert.equal(brudd('lagreUtkast', 'src/app/plan/lagreUtkast.ts'), undefined, 'a use case is a Norwegian verb');
  });
});
