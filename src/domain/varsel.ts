/**
 * What a staff member reports: the content of the varslingsskjema.
 *
 * The case card is documentation that Statsforvalteren reads as the reporter's own account, so an
 * optional question the reporter left blank is stored as absent (not answered), never as a default.
 */
import { osloDato } from './frister';

/**
 * Whether the krenking comes from someone who works at the school. Decides routing.
 * 'vet_ikke' is its own answer: rektor classifies such a case on receipt.
 */
export const KOMMER_FRA = ['nei', 'vet_ikke', 'ansatt', 'ledelse'] as const;
export type KommerFra = (typeof KOMMER_FRA)[number];

/** What a receiver may classify a case as (the reporter's «vet ikke» is not a classification). */
export const KLASSIFISERINGER = ['nei', 'ansatt', 'ledelse'] as const;
export type Klassifisering = (typeof KLASSIFISERINGER)[number];

/** Where the worry came from. */
export const KILDER = ['egen_observasjon', 'eleven', 'foresatte', 'annen_elev', 'annen_voksen'] as const;
export type Kilde = (typeof KILDER)[number];

export const GREP_INN = ['ja', 'nei', 'ikke_aktuelt'] as const;
export type GrepInn = (typeof GREP_INN)[number];

/** «Når skjedde det?»: a day (YYYY-MM-DD, Europe/Oslo), over time, or the reporter does not know. */
export type Naar = { type: 'dato'; dato: string } | { type: 'over_tid' } | { type: 'vet_ikke' };
export const NAAR_VALG = ['dato', 'over_tid', 'vet_ikke'] as const;

/**
 * Answers of a varsel stored before the form stopped preselecting (no `skjemaversjon`): the old
 * form stored a default where the reporter gave no answer, so such a value may not be the
 * reporter's. The card says so instead of presenting it as an answer.
 */
export type UsikkertSvar = 'kilde' | 'naar' | 'grepInn' | 'kommerFra';

/** The form version that stores blanks as blanks. */
export const SKJEMAVERSJON = 2;

export interface VarselInnhold {
  skjemaversjon: number;
  skoleId: string;
  elevNavn: string;
  elevKlasse?: string;
  /** What was seen or heard, and what the pupil said. */
  beskrivelse: string;
  naar?: Naar;
  sted?: string;
  involverte?: string;
  kilde?: Kilde;
  kommerFra: KommerFra;
  grepInn?: GrepInn;
  grepInnHvordan?: string;
  elevInformert?: boolean;
  ikkeInformertHvorfor?: string;
  /**
   * When the krenking comes from an employee: who, if the reporter said (optional) — a person of the
   * organisation, or a name as written. The case keeps its own record (Sak.involvertAnsatt), which rektor may correct.
   */
  involvertAnsatt?: InvolvertAnsatt;
  /** Only on varsler from the old form: answers that may be its defaults (see UsikkertSvar). */
  usikre?: UsikkertSvar[];
}

/**
 * An employee a varsel is about: a person of the organisation (oid), or a name as written. A name
 * has no identity to keep out of the case until rektor picks the person at receipt, or states that
 * the person is not in the organisation (`utenfor`: e.g. a vikar from an agency) — then it is settled.
 */
export type InvolvertAnsatt = { oid: string } | { tekst: string; utenfor?: true };

/** A name only, not yet settled: the case warns that nobody can be kept out until rektor picks or rules out. */
export function erUavklartInvolvert(i: InvolvertAnsatt | undefined): boolean {
  return !!i && 'tekst' in i && !i.utenfor;
}

/** Upper bounds for free text, so that a card stays under Teams' size limit. */
export const MAKS_LENGDE = {
  elevNavn: 100,
  elevKlasse: 20,
  beskrivelse: 4000,
  sted: 200,
  involverte: 500,
  grepInnHvordan: 1000,
  ikkeInformertHvorfor: 500,
  involvertAnsattTekst: 200,
  begrunnelse: 1000,
  /** Which parent or guardian was told («mor, Anne Hansen»). */
  informertNavn: 100,
} as const;

/** The old stored shape (before SKJEMAVERSJON 2): defaults filled in, the date always set. */
interface GammeltVarsel extends Omit<VarselInnhold, 'skjemaversjon' | 'naar' | 'kommerFra'> {
  skjemaversjon?: undefined;
  dato?: string;
  kommerFra: string;
}

/**
 * Reads a stored varsel of any version as today's shape. Old varsler keep every value, and the
 * values the old form may have filled in by itself are marked uncertain:
 * - kilde «egen observasjon» (preselected), grepInn «ikke aktuelt» (stored for a blank answer);
 * - the date when it is the day the varsel was sent (a blank date became today);
 * - kommerFra 'nei', whose only label was «Nei, eller jeg vet ikke».
 * Routing was fixed when the varsel was sent and is not changed.
 */
export function lesLagretVarsel(stored: VarselInnhold | GammeltVarsel, sendt: string): VarselInnhold {
  if (stored.skjemaversjon !== undefined) return stored as VarselInnhold;
  const sendtDato = osloDato(new Date(sendt));
  const { dato, skjemaversjon: _v, kommerFra, ...resten } = stored as GammeltVarsel;
  const usikre: UsikkertSvar[] = [];
  if (resten.kilde === 'egen_observasjon') usikre.push('kilde');
  if (dato === undefined || dato === sendtDato) usikre.push('naar');
  if (resten.grepInn === 'ikke_aktuelt') usikre.push('grepInn');
  if (kommerFra === 'nei') usikre.push('kommerFra');
  return {
    ...resten,
    skjemaversjon: 1,
    kommerFra: (KOMMER_FRA as readonly string[]).includes(kommerFra) ? (kommerFra as KommerFra) : 'vet_ikke',
    ...(dato ? { naar: { type: 'dato', dato } } : {}),
    ...(usikre.length > 0 ? { usikre } : {}),
  };
}
