/**
 * The skolerute: a municipality's school calendar for one school year — the first and last school
 * day, the holidays (høst, jul, vinter, påske, others) and the planning days when pupils are off.
 * Dates are 'YYYY-MM-DD', every range inclusive. A school year runs 1 August to 31 July here, so a
 * day in the summer holiday belongs to the year that ended (July) or the one not yet begun (August).
 *
 * What it is for: default dates the school sets (an evaluation, a checkpoint) land on a school day,
 * and the weekly rounds pause in the summer holiday. Deadlines the law counts in working days do
 * NOT use it (frister.ts): a varsel in the Christmas holiday is still a varsel.
 */
import { erVirkedag, leggTilDager } from './frister';

export const FRI_TYPER = ['hostferie', 'juleferie', 'vinterferie', 'paskeferie', 'planleggingsdag', 'annet'] as const;
export type FriType = (typeof FRI_TYPER)[number];

export interface Fri {
  type: FriType;
  /** First and last day off, inclusive. */
  fra: string;
  til: string;
  /** The municipality's own name for it, e.g. «Planleggingsdag (fri for elever)». */
  navn?: string;
}

/** Where the calendar came from: the built-in default, typed in the tab, or an .ics file. */
export type SkoleruteKilde = 'standard' | 'kommunen' | 'ics';

export interface Skolerute {
  /** e.g. '2026-2027'. */
  skolear: string;
  forsteSkoledag: string;
  sisteSkoledag: string;
  fri: Fri[];
  kilde: SkoleruteKilde;
  /** Who saved it and when (absent for the default). */
  endret?: { av: string; tid: string };
}

/** The school year ('2026-2027') a date belongs to, 1 August to 31 July. */
export function skolearForDato(dato: string): string {
  const ar = Number(dato.slice(0, 4));
  const start = dato.slice(5) >= '08-01' ? ar : ar - 1;
  return `${start}-${start + 1}`;
}

export function startAr(skolear: string): number {
  return Number(skolear.slice(0, 4));
}

/** Whether `skolear` names a school year ('2026-2027'). */
export function erSkolear(skolear: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(skolear);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

/**
 * The default: the Norwegian school year as most municipalities run it — from the first Monday on
 * or after 15 August to the last weekday on or before 20 June; høstferie in week 40, juleferie 21
 * December to 1 January, vinterferie in week 8, påskeferie from the Monday before Easter to Easter
 * Monday. No planning days: they differ between municipalities, so none is guessed.
 */
export function standardSkolerute(skolear: string): Skolerute {
  const ar = startAr(skolear);
  let forste = `${ar}-08-15`;
  while (ukedag(forste) !== 1) forste = leggTilDager(forste, 1);
  let siste = `${ar + 1}-06-20`;
  while (ukedag(siste) === 0 || ukedag(siste) === 6) siste = leggTilDager(siste, -1);
  const paske = paskedag(ar + 1);
  return {
    skolear,
    forsteSkoledag: forste,
    sisteSkoledag: siste,
    fri: [
      { type: 'hostferie', ...uke(ar, 40) },
      { type: 'juleferie', fra: `${ar}-12-21`, til: `${ar + 1}-01-01` },
      { type: 'vinterferie', ...uke(ar + 1, 8) },
      { type: 'paskeferie', fra: leggTilDager(paske, -6), til: leggTilDager(paske, 1) },
    ],
    kilde: 'standard',
  };
}

/** The holiday or planning day `dato` falls in, if any. */
export function friPaa(route: Skolerute, dato: string): Fri | undefined {
  return route.fri.find((f) => f.fra <= dato && dato <= f.til);
}

/** Between the last school day and the next year's first (by this year's calendar). */
export function erSommerferie(route: Skolerute, dato: string): boolean {
  return dato < route.forsteSkoledag || dato > route.sisteSkoledag;
}

/** A working day (no weekend, no public holiday) within the school year and in no holiday or planning day. */
export function erSkoledag(route: Skolerute, dato: string): boolean {
  return erVirkedag(dato) && !erSommerferie(route, dato) && !friPaa(route, dato);
}

/**
 * `dato` if it is a school day, else the next school day. `ruteFor` gives the calendar of a school
 * year (the municipality's, or the default), so a date in the summer moves to the next year's first day.
 */
export function skoledagFra(dato: string, ruteFor: (skolear: string) => Skolerute): string {
  let d = dato;
  // A school year has fewer than 400 days off in a row; the bound only guards a broken calendar.
  for (let i = 0; i < 400; i++) {
    if (erSkoledag(ruteFor(skolearForDato(d)), d)) return d;
    d = leggTilDager(d, 1);
  }
  return dato;
}

/** What is wrong with a calendar, as field → message keys the caller words (empty: none). */
export function feilISkolerute(route: Pick<Skolerute, 'skolear' | 'forsteSkoledag' | 'sisteSkoledag' | 'fri'>): { felt: string; feil: 'rekkefolge' | 'utenfor' }[] {
  const ut: { felt: string; feil: 'rekkefolge' | 'utenfor' }[] = [];
  const ar = startAr(route.skolear);
  const innenfor = (d: string) => d >= `${ar}-08-01` && d <= `${ar + 1}-07-31`;
  if (!innenfor(route.forsteSkoledag)) ut.push({ felt: 'forsteSkoledag', feil: 'utenfor' });
  if (!innenfor(route.sisteSkoledag)) ut.push({ felt: 'sisteSkoledag', feil: 'utenfor' });
  else if (route.sisteSkoledag <= route.forsteSkoledag) ut.push({ felt: 'sisteSkoledag', feil: 'rekkefolge' });
  route.fri.forEach((f, i) => {
    if (f.til < f.fra) ut.push({ felt: `fri.${i}.til`, feil: 'rekkefolge' });
    else if (!innenfor(f.fra) || !innenfor(f.til)) ut.push({ felt: `fri.${i}.fra`, feil: 'utenfor' });
  });
  return ut;
}

/** 0 = Sunday … 6 = Saturday. */
function ukedag(dato: string): number {
  return new Date(`${dato}T00:00:00Z`).getUTCDay();
}

/** Monday to Friday of ISO week `uke` in `ar`. */
function uke(ar: number, nr: number): { fra: string; til: string } {
  // ISO week 1 holds 4 January; its Monday is the start.
  let mandag = `${ar}-01-04`;
  while (ukedag(mandag) !== 1) mandag = leggTilDager(mandag, -1);
  const fra = leggTilDager(mandag, (nr - 1) * 7);
  return { fra, til: leggTilDager(fra, 4) };
}

/** Easter Sunday (the Gregorian computus, «anonymous» algorithm). */
export function paskedag(ar: number): string {
  const a = ar % 19;
  const b = Math.floor(ar / 100);
  const c = ar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maned = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${ar}-${String(maned).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}
