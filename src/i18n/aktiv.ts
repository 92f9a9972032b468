/**
 * The catalog's sections under the names the code has always imported (`nb`, `botTekster`,
 * `STATUS_TEKST`, …), each reading the CURRENT language's text at the moment it is read
 * (gjeldende.ts). So a card, a message or a page is written in its reader's language without every
 * call site passing a language along. Read a text when it is needed: a text copied into a
 * module-level constant would freeze in bokmål (tests/i18n/hardkodet.test.ts looks for that).
 */
import type { Avslag } from '../domain/avslag';
import { ARKIV } from './arkiv';
import { INNSYN } from './innsyn';
import { avslagTekst as avslagI, ord as ordI, ordPerFelt as ordPerFeltI, type Message } from './avslag';
import { visTid as visTidMed } from '../domain/datovisning';
import type { Malform } from '../domain/organisasjon';
import { elevOrd, type ElevOrd } from './elevOrd';
import { bundetSprak, gjeldendeSprak, tekst } from './gjeldende';
import type { Katalog } from './katalog';

/** An object whose properties are looked up in the current language on every read. */
function levende<T extends object>(hent: (k: Katalog) => T): T {
  return new Proxy({} as T, {
    get: (_m, p) => Reflect.get(hent(tekst()), p),
    has: (_m, p) => Reflect.has(hent(tekst()), p),
    ownKeys: () => Reflect.ownKeys(hent(tekst())),
    getOwnPropertyDescriptor: (_m, p) => {
      const d = Reflect.getOwnPropertyDescriptor(hent(tekst()), p);
      return d ? { ...d, configurable: true } : undefined;
    },
  });
}

type B = Katalog['betegnelser'];

export const nb = levende((k) => k.nb);
export const botTekster = levende((k) => k.kort);
export const plikter = levende((k) => k.plikter);
export const tekster = levende((k) => k.fane);
export const sakTekster = levende((k) => k.faneSak);
export const orgTekster = levende((k) => k.faneOrg);
export const arbeidTekster = levende((k) => k.faneArbeid);

export const STATUS_TEKST: B['STATUS_TEKST'] = levende((k) => k.betegnelser.STATUS_TEKST);
export const HANDLING_TEKST: B['HANDLING_TEKST'] = levende((k) => k.betegnelser.HANDLING_TEKST);
export const NIVA_TEKST: B['NIVA_TEKST'] = levende((k) => k.betegnelser.NIVA_TEKST);
export const UTFALL_TEKST: B['UTFALL_TEKST'] = levende((k) => k.betegnelser.UTFALL_TEKST);
export const PLAN_STATUS_TEKST: B['PLAN_STATUS_TEKST'] = levende((k) => k.betegnelser.PLAN_STATUS_TEKST);
export const LOGG_TYPE_TEKST: B['LOGG_TYPE_TEKST'] = levende((k) => k.betegnelser.LOGG_TYPE_TEKST);
export const LESING_TEKST: B['LESING_TEKST'] = levende((k) => k.betegnelser.LESING_TEKST);
export const HENDELSE_TEKST: B['HENDELSE_TEKST'] = levende((k) => k.betegnelser.HENDELSE_TEKST);
export const KLASSIFISERING_TEKST: B['KLASSIFISERING_TEKST'] = levende((k) => k.betegnelser.KLASSIFISERING_TEKST);
export const ELEVENS_SVAR_TEKST: B['ELEVENS_SVAR_TEKST'] = levende((k) => k.betegnelser.ELEVENS_SVAR_TEKST);
export const informertHvemTekst: B['informertHvemTekst'] = (i) => tekst().betegnelser.informertHvemTekst(i);
/** Plain strings cannot follow the language by themselves: read them through these. */
export const elevensSvarSporsmal = (): string => tekst().betegnelser.ELEVENS_SVAR_SPORSMAL;
export const motElevenEtikett = (): string => tekst().betegnelser.MOT_ELEVEN_ETIKETT;

export { tekst } from './gjeldende';

/** A time as the house writes it, with the current language's word before the clock («kl. 10:12», «at 10:12»). */
export const visTid = (iso: string | Date): string => visTidMed(iso, tekst().betegnelser.KLOKKA);
export const formaterTid = (instant: Date): string => visTid(instant);

/**
 * A part of the catalog kept under a short name at module level (`const t = folgSprak((k) => k.kort.sak)`):
 * read in the current language whenever it is used, not frozen when the module loads.
 */
export const folgSprak = levende;

/** The målform a record is being written in now: the current language where records are written (forArkivet), bokmål or nynorsk. */
export const malformNaa = (): Malform => (gjeldendeSprak() === 'nn' ? 'nn' : 'nb');
/** A record's words (bokmål and nynorsk only) in that målform. */
const iMalform = <T extends object>(tabell: Readonly<Record<Malform, T>>): T => folgSprak(() => tabell[malformNaa()]);

/** The archive's words (arkiv.ts): the documentation PDF. */
export const arkivTekster = iMalform(ARKIV);
/** The innsyn export's words (innsyn.ts): a record too. */
export const innsynTekster = iMalform(INNSYN);

/** The yearly revision and the kommunestyre report (revisjon.ts) in the current language. */
export const revisjonTekster = levende((k) => k.revisjon);

/** The pupils' words (elev.ts) in the current language: the lines staff read about a pupil's own message. */
export const elevTekster = levende((k) => k.elev);
/** The pupil's own pages and chat: the language bound to the request or chat turn, else the municipality's målform. */
export const elevOrdNaa = (malform: Malform | undefined): ElevOrd => elevOrd(bundetSprak() ?? malform);

/** The school year's words (skolear.ts): skolerute, årshjul, the checkpoint card, in the current language. */
export const skolearTekster = levende((k) => k.skolear);

/** A domain refusal (avslag.ts) worded in the current language: what every driver and view uses. */
export const avslagTekst = (a: Avslag): string => avslagI(a, tekst().avslag);
/** A use case's message in words, in the current language (a sentence, a refusal by code, or a list of them). */
export const ord = (m: Message): string => ordI(m, tekst().avslag);
/** Each field's message in words, in the current language. */
export const ordPerFelt = (felt: Record<string, Message>): Record<string, string> => ordPerFeltI(felt, tekst().avslag);
