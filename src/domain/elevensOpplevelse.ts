/**
 * The pupil's own experience decides (§12-2, §12-4): «Opplever eleven skolemiljøet som trygt og
 * godt?» is recorded as an answer, not only as text — in the log entry of the pupil's own
 * experience and in every evaluation. While the latest answer is «nei» or «delvis» the duty to put
 * in tiltak stands: closing without tiltak and evaluation outcome 1 are refused, unless the one who
 * answers for the case (rektor; kommunalsjef in a leadership case) writes why they close anyway.
 */
export const ELEVENS_SVAR = ['ja', 'delvis', 'nei', 'ikke_mulig'] as const;
export type ElevensSvar = (typeof ELEVENS_SVAR)[number];

export const MAKS_HVORFOR = 1000;

/** The answer as stored: «ikke mulig å spørre» carries why. */
export interface ElevensSvarMedHvorfor {
  svar: ElevensSvar;
  /** Why the pupil could not be asked (only with 'ikke_mulig'). */
  hvorfor?: string;
}

/** The pupil says it is not (or not wholly) safe and good: the school must put in tiltak. */
export function tiltakspliktStaar(svar: ElevensSvar | undefined): boolean {
  return svar === 'nei' || svar === 'delvis';
}

/** One place the answer was given: a log entry or an evaluation, with its date. */
export interface SvarKilde {
  svar: ElevensSvar;
  /** YYYY-MM-DD the talk or the evaluation was held. */
  dato: string;
  /** When it was recorded (orders two on the same day). */
  tid: string;
  /** An evaluation that concluded against this answer carries the written reason. */
  motEleven?: string;
}

/** The latest answer the pupil gave, by the day it was given; undefined while none is recorded. */
export function sisteSvar(kilder: readonly SvarKilde[]): SvarKilde | undefined {
  return [...kilder].sort((a, b) => (a.dato === b.dato ? a.tid.localeCompare(b.tid) : a.dato.localeCompare(b.dato))).at(-1);
}

/** Fewest words a written assessment must have to count as one (a «.» or «ok» is not an assessment). */
export const MINSTE_ORD = 3;

/**
 * Whether a text is an assessment a person would accept as content: at least MINSTE_ORD words of
 * letters (each two letters or more), not punctuation or a single word.
 */
export function erVurdering(tekst: string): boolean {
  return (tekst.match(/\p{L}{2,}/gu) ?? []).length >= MINSTE_ORD;
}
