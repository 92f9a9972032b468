/**
 * The log guard: every log line the suite writes through pino is scanned for what must never be in
 * a log — the pupils' names and the case text the tests use, and secret values (client secrets,
 * passwords, shared secrets, bearer tokens). What to look for is read from the tests themselves
 * (the fields a varsel, a log entry or a plan carries, and every *SECRET / *PASSWORD value), so a
 * test that adds a new pupil or secret is guarded without a list to keep up.
 *
 * Test loggers come from here (`testLogger`), at debug level, so the guard sees what production
 * would write at any level. The root hook (loggvaktHook.ts) fails the run if anything was found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLogger, type Logger } from '../../src/logging';

/** Fields of a varsel, a case log entry, a plan and a closing whose test values are pupils' names or case text. */
const INNHOLDSFELT = [
  'elevNavn', 'involverte', 'beskrivelse', 'begrunnelse', 'sted', 'grepInnHvordan', 'ikkeInformertHvorfor', 'informertElevHvordan', 'informertForesatt1Hvordan', 'informertForesatt1Navn', 'hvordan',
  'tekst', 'deltakere', 'bakgrunn', 'problem', 'mal', 'elevensStemme', 'foresattesSyn', 'barnetsBeste', 'elevensOpplevelse', 'vurdering', 'evalueringsnotat',
  // A pupil's own «Si fra» (issue 25): their words and another pupil's name.
  'hva', 'annenNavn',
];
const HEMMELIGE = /^\w*(?:SECRET|PASSWORD|HEMMELIG)\w*$/i;
/** A bearer token or a JWT: the parts Entra and the Bot Service sign. */
const TOKEN = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+|Bearer\s+[\w.~+/-]{16,}/;

export interface Funn {
  kilde: string;
  hva: string;
  linje: string;
}

export interface Loggvakt {
  /** Scans one line; remembers what it found. */
  skann(linje: string, kilde: string): void;
  readonly linjer: number;
  readonly funn: readonly Funn[];
}

/** A guard looking for `forbudt` (exact substrings) and for tokens. */
export function lagLoggvakt(forbudt: readonly string[]): Loggvakt {
  const ord = [...new Set(forbudt)].sort((a, b) => b.length - a.length);
  const monster = ord.length > 0 ? new RegExp(ord.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u') : undefined;
  let linjer = 0;
  const funn: Funn[] = [];
  return {
    skann(linje, kilde) {
      linjer++;
      const m = monster?.exec(linje) ?? TOKEN.exec(linje);
      if (m && funn.length < 50) funn.push({ kilde, hva: m[0], linje: linje.slice(0, 400) });
    },
    get linjer() {
      return linjer;
    },
    get funn() {
      return funn;
    },
  };
}

function* testfiler(mappe: string): Generator<string> {
  for (const f of fs.readdirSync(mappe, { withFileTypes: true })) {
    const p = path.join(mappe, f.name);
    if (f.isDirectory()) yield* testfiler(p);
    else if (/\.tsx?$/.test(f.name)) yield p;
  }
}

/** The names, case text and secret values written in the tests (tests/**), as the guard looks for them. */
export function forbudtITestene(rot = path.resolve(__dirname, '..')): string[] {
  const ut: string[] = [];
  const felt = new RegExp(`\\b(${INNHOLDSFELT.join('|')}|\\w+)\\s*[:=]\\s*'((?:[^'\\\\\\n]|\\\\.){4,300})'`, 'g');
  for (const fil of testfiler(rot)) {
    if (fil === __filename || fil.endsWith('loggvakt.test.ts')) continue;
    for (const m of fs.readFileSync(fil, 'utf8').matchAll(felt)) {
      const [, navn, verdi] = m as unknown as [string, string, string];
      const tekst = verdi.replace(/\\(.)/g, '$1');
      // A pupil's name as it is; other case text when it is a phrase (not a single word a message may also hold).
      if (navn === 'elevNavn' && /\p{L}{3}/u.test(tekst)) ut.push(tekst.trim());
      else if (INNHOLDSFELT.includes(navn) && /\p{L}{3}\S*\s+\S*\p{L}{3}/u.test(tekst) && tekst.trim().length >= 10) ut.push(tekst.trim());
      else if (HEMMELIGE.test(navn) && tekst.length >= 6) ut.push(tekst);
    }
  }
  return ut.filter((t) => t.length >= 4);
}

let global: Loggvakt | undefined;
/** The suite's one guard (every test logger writes to it). */
export function suitensLoggvakt(): Loggvakt {
  global ??= lagLoggvakt(forbudtITestene());
  return global;
}

/** A logger for tests: debug level, every line through the suite's guard. */
export function testLogger(kilde = 'test', ekstra?: (linje: string) => void): Logger {
  const vakt = suitensLoggvakt();
  return createLogger('debug', {
    write: (linje: string) => {
      vakt.skann(linje, kilde);
      ekstra?.(linje);
    },
  });
}
