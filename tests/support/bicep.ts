/**
 * A small Bicep reader for the test suite, because no Bicep compiler can be installed from the
 * registries this project reaches (npm and Debian). It tokenizes Bicep (strings with ${…}
 * interpolation, multi-line strings, comments), checks that brackets balance, reads the top-level
 * declarations and finds every symbol an expression uses that nothing declares. It is a parser
 * for checking, not a compiler: resource bodies are not checked against Azure's types.
 */

export interface Deklarasjon {
  art: 'param' | 'var' | 'resource' | 'output' | 'module' | 'targetScope';
  navn: string;
  /** For resource: the 'Type@apiVersion'; for param/output: the type name. */
  type: string;
  /** A param with a default value (`= …`). */
  harStandard: boolean;
  linje: number;
}

export interface BicepFil {
  deklarasjoner: Deklarasjon[];
  feil: string[];
}

type Token = { art: 'id' | 'str' | 'tall' | 'tegn' | 'nl'; v: string; linje: number };

const FUNKSJONER_OG_NOKKELORD = new Set([
  'true', 'false', 'null', 'if', 'for', 'in', 'existing', 'string', 'int', 'bool', 'object', 'array',
  'resourceGroup', 'subscription', 'tenant', 'managementGroup', 'deployment', 'environment', 'uniqueString', 'guid',
  'newGuid', 'utcNow', 'concat', 'format', 'take', 'skip', 'length', 'empty', 'contains', 'union', 'toLower', 'toUpper',
  'replace', 'split', 'join', 'substring', 'resourceId', 'subscriptionResourceId', 'tenantResourceId', 'extensionResourceId',
  'reference', 'list', 'listKeys', 'string', 'json', 'base64', 'first', 'last', 'min', 'max', 'range', 'any', 'trim',
  'startsWith', 'endsWith', 'indexOf', 'coalesce', 'createArray', 'createObject', 'items', 'filter', 'map', 'sort', 'reduce',
  'loadTextContent', 'loadJsonContent', 'loadFileAsBase64', 'dateTimeAdd', 'getSecret', 'sys', 'az',
]);
const DEKORATORER = new Set(['description', 'minLength', 'maxLength', 'minValue', 'maxValue', 'allowed', 'secure', 'metadata', 'batchSize', 'export', 'sealed', 'discriminator']);
const PAR: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function tokeniser(kilde: string, feil: string[]): Token[] {
  const t: Token[] = [];
  let i = 0;
  let linje = 1;
  const stabel: string[] = []; // brackets and string interpolations: '{', '[', '(' or "'" (inside ${…})
  while (i < kilde.length) {
    const c = kilde[i]!;
    if (c === '\n') { t.push({ art: 'nl', v: '\n', linje }); linje++; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (kilde.startsWith('//', i)) { while (i < kilde.length && kilde[i] !== '\n') i++; continue; }
    if (kilde.startsWith('/*', i)) {
      const slutt = kilde.indexOf('*/', i + 2);
      if (slutt < 0) { feil.push(`linje ${linje}: kommentar uten slutt`); break; }
      linje += kilde.slice(i, slutt).split('\n').length - 1;
      i = slutt + 2;
      continue;
    }
    if (kilde.startsWith("'''", i)) {
      const slutt = kilde.indexOf("'''", i + 3);
      if (slutt < 0) { feil.push(`linje ${linje}: flerlinjet streng uten slutt`); break; }
      t.push({ art: 'str', v: kilde.slice(i + 3, slutt), linje });
      linje += kilde.slice(i, slutt).split('\n').length - 1;
      i = slutt + 3;
      continue;
    }
    if (c === "'" || (c === '}' && stabel[stabel.length - 1] === "'")) {
      // A string, or the rest of one after an interpolation ${…} closed.
      if (c === '}') stabel.pop();
      let j = i + 1;
      let v = '';
      let apnet = false;
      while (j < kilde.length) {
        if (kilde[j] === '\\') { v += kilde[j + 1]; j += 2; continue; }
        if (kilde[j] === "'") break;
        if (kilde[j] === '\n') { feil.push(`linje ${linje}: streng uten slutt`); break; }
        if (kilde.startsWith('${', j)) { apnet = true; break; }
        v += kilde[j];
        j++;
      }
      t.push({ art: 'str', v, linje });
      if (apnet) { stabel.push("'"); t.push({ art: 'tegn', v: '(', linje }); i = j + 2; } else i = j + 1;
      if (c === '}') t.splice(t.length - (apnet ? 2 : 1), 0, { art: 'tegn', v: ')', linje });
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(kilde.slice(i))!;
      t.push({ art: 'id', v: m[0], linje });
      i += m[0].length;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(kilde.slice(i))!;
      t.push({ art: 'tall', v: m[0], linje });
      i += m[0].length;
      continue;
    }
    if (PAR[c]) stabel.push(c);
    else if (c === ')' || c === ']' || c === '}') {
      const apen = stabel.pop();
      if (!apen || PAR[apen] !== c) feil.push(`linje ${linje}: «${c}» lukker ${apen ? `«${apen}»` : 'ingenting'}`);
    }
    t.push({ art: 'tegn', v: c, linje });
    i++;
  }
  for (const apen of stabel) feil.push(`slutten av filen: «${apen}» er aldri lukket`);
  return t;
}

export function lesBicep(kilde: string): BicepFil {
  const feil: string[] = [];
  const t = tokeniser(kilde, feil);
  const deklarasjoner: Deklarasjon[] = [];
  let dybde = 0;
  for (let i = 0; i < t.length; i++) {
    const k = t[i]!;
    if (k.art === 'tegn' && '([{'.includes(k.v)) dybde++;
    if (k.art === 'tegn' && ')]}'.includes(k.v)) dybde--;
    if (dybde !== 0 || k.art !== 'id' || (i > 0 && t[i - 1]!.art !== 'nl')) continue;
    const art = k.v as Deklarasjon['art'];
    if (!['param', 'var', 'resource', 'output', 'module', 'targetScope'].includes(art)) {
      feil.push(`linje ${k.linje}: ukjent deklarasjon «${k.v}»`);
      continue;
    }
    if (art === 'targetScope') continue;
    const navn = t[i + 1];
    if (navn?.art !== 'id') { feil.push(`linje ${k.linje}: ${art} uten navn`); continue; }
    const type = t[i + 2];
    const harType = art !== 'var';
    if (harType && type?.art !== 'id' && type?.art !== 'str') feil.push(`linje ${k.linje}: ${art} ${navn.v} uten type`);
    let j = i + (harType ? 3 : 2);
    while (t[j] && t[j]!.art === 'id' && t[j]!.v === 'existing') j++;
    const harStandard = t[j]?.v === '=';
    if (art !== 'param' && !harStandard) feil.push(`linje ${k.linje}: ${art} ${navn.v} mangler «= …»`);
    if (art === 'resource' && !/^[A-Za-z]+\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/.test(type?.v ?? '')) {
      feil.push(`linje ${k.linje}: resource ${navn.v} har ugyldig type «${type?.v ?? ''}»`);
    }
    deklarasjoner.push({ art, navn: navn.v, type: harType ? type?.v ?? '' : '', harStandard, linje: k.linje });
  }

  // Symbols used in expressions: an identifier not after '.', not an object key, not a decorator,
  // not a declaration's name or type.
  const kjente = new Set(deklarasjoner.filter((d) => d.art !== 'output').map((d) => d.navn));
  for (let i = 0; i < t.length; i++) {
    const k = t[i]!;
    if (k.art !== 'id') continue;
    const forrige = t[i - 1];
    const neste = t[i + 1];
    if (forrige?.v === '.' || forrige?.v === '@') continue;
    if (neste?.v === ':' && (forrige?.art === 'nl' || forrige?.v === '{' || forrige?.v === ',')) continue; // object key
    if (!forrige || forrige.art === 'nl' || (forrige.art === 'id' && ['param', 'var', 'resource', 'output', 'module'].includes(forrige.v))) continue;
    if (forrige?.art === 'id' && t[i - 2]?.art === 'id' && ['param', 'output'].includes(t[i - 2]!.v)) continue; // the type
    if (FUNKSJONER_OG_NOKKELORD.has(k.v) || DEKORATORER.has(k.v) || kjente.has(k.v)) continue;
    feil.push(`linje ${k.linje}: «${k.v}» er ikke deklarert`);
  }
  for (const d of deklarasjoner.filter((x) => x.art === 'param' || x.art === 'var')) {
    const brukt = t.some((k, i) => k.art === 'id' && k.v === d.navn && t[i - 1]?.v !== '.' && !(t[i - 1]?.art === 'id' && ['param', 'var'].includes(t[i - 1]!.v)));
    if (!brukt) feil.push(`linje ${d.linje}: ${d.art} ${d.navn} brukes ikke`);
  }
  return { deklarasjoner, feil };
}
