/**
 * The case log (loggføring): what was done to investigate (delplikt 4, undersøke), entry by entry.
 * Entries are archive material: never edited or removed. A correction is a new entry that points
 * to the one it corrects, and both stay readable.
 */
import type { Oid } from './organisasjon';
import type { ElevensSvarMedHvorfor, SvarKilde } from './elevensOpplevelse';

/** The pupil's own experience is its own kind: the law counts it, and closing without tiltak needs it. */
export const LOGG_TYPER = [
  'elevens_opplevelse',
  'samtale_elev',
  'samtale_andre_elever',
  'samtale_foresatte',
  'samtale_ansatte',
  'observasjon',
  'kartlegging',
  'mote',
  'annet',
] as const;
export type LoggType = (typeof LOGG_TYPER)[number];


export const MAKS_LOGG_LENGDE = { deltakere: 500, tekst: 4000 } as const;

export interface Loggforing {
  id: string;
  sakId: string;
  type: LoggType;
  /** YYYY-MM-DD the talk, observation or meeting took place. */
  dato: string;
  /** Who took part, as written ("eleven og kontaktlærer"). */
  deltakere: string;
  /** A short summary; for the pupil's experience, in the pupil's words where possible. */
  tekst: string;
  /** The pupil's own experience: «Opplever eleven skolemiljøet som trygt og godt?» (absent on entries written before it was asked). */
  elevensSvar?: ElevensSvarMedHvorfor;
  /** The entry this one corrects. */
  korrigerer?: string;
  av: Oid;
  tid: string;
}

/** The log as read: each entry with the entry that corrects it, if any, so nobody reads a corrected entry as the last word. */
export function medKorrigeringer(logg: Loggforing[]): (Loggforing & { korrigertAv?: string })[] {
  const korrigertAv = new Map<string, string>();
  for (const l of logg) if (l.korrigerer) korrigertAv.set(l.korrigerer, l.id);
  return [...logg]
    .sort((a, b) => (a.dato === b.dato ? a.tid.localeCompare(b.tid) : a.dato.localeCompare(b.dato)))
    .map((l) => (korrigertAv.has(l.id) ? { ...l, korrigertAv: korrigertAv.get(l.id)! } : l));
}

/** Whether the pupil's own experience is documented (an entry of its own kind). */
export function elevensOpplevelseLogget(logg: readonly Pick<Loggforing, 'type'>[]): boolean {
  return logg.some((l) => l.type === 'elevens_opplevelse');
}

/**
 * Whether an entry's date cannot be true: before the varsel came, nothing was done in the case —
 * except what happened on the day of the event the varsel tells of (an observation that day).
 */
export function loggDatoForVarselet(dato: string, varselDato: string, hendelsesdato: string | undefined): boolean {
  return dato < varselDato && dato !== hendelsesdato;
}

/** The answers the log holds to «trygt og godt?», leaving out entries a later entry corrects. */
export function svarILogg(logg: readonly Loggforing[]): SvarKilde[] {
  const korrigert = new Set(logg.flatMap((l) => (l.korrigerer ? [l.korrigerer] : [])));
  return logg.flatMap((l) => (l.elevensSvar && !korrigert.has(l.id) ? [{ svar: l.elevensSvar.svar, dato: l.dato, tid: l.tid }] : []));
}
