/**
 * The yearly revision of the internkontroll (issue 23): the kommunalsjef's questions to every rektor
 * (versioned: an edit is a new version, and an answer keeps the version it answered), the answers,
 * and the figures the product pre-fills. Pure types and rules; the use cases are in src/app/revisjon.
 */
import type { Oid } from './organisasjon';

export const MAKS_SPORSMAL = 20;
export const MAKS_SPORSMAL_TEGN = 500;
export const MAKS_SVAR_TEGN = 4000;

export interface RevisjonsSporsmal {
  /** Stable within a version; an answer is keyed by it. */
  id: string;
  tekst: string;
  /** The school's figures are shown with this question; rektor's answer comments on them. */
  tall?: boolean;
}

export interface SporsmalsVersjon {
  nr: number;
  sporsmal: RevisjonsSporsmal[];
  av: Oid;
  tid: string;
}

/** One school year's revision: the question versions and when it was sent, to whom. */
export interface Revisjon {
  skolear: string;
  versjoner: SporsmalsVersjon[];
  sendt?: { av: Oid; tid: string; versjon: number; til: { skoleId: string; rektor: Oid }[] };
}

/** A school's figures for the school year, as the product counts them (src/app/revisjon/tall.ts). */
export interface RevisjonsTall {
  varsler: number;
  /** Cases of the school year that got an aktivitetsplan. */
  aktivitetsplaner: number;
  /** Theme id → count, of the school year's cases ('' for cases without a theme). */
  temaer: Record<string, number>;
  /** Theme id → count, of the cases that got a plan. */
  planTemaer: Record<string, number>;
  medianTimerTilMottak?: number;
  medianTimerTilUndersokelse?: number;
  planerUtenBarnetsBeste: number;
  forfalteEvalueringer: number;
  avsluttetUtenTiltak: number;
  paragraf125: number;
  ansatte: number;
  bekreftet: number;
}

/** A school's answer: the version answered, each question's answer, and the figures rektor saw. */
export interface RevisjonsSvar {
  skolear: string;
  skoleId: string;
  versjon: number;
  svar: Record<string, string>;
  tall: RevisjonsTall;
  av: Oid;
  tid: string;
}

export const gjeldende = (r: Revisjon): SporsmalsVersjon | undefined => r.versjoner[r.versjoner.length - 1];

/** The version rektor answers: the one sent, or a newer one the kommunalsjef saved since. */
export const versjonTilSvar = (r: Revisjon): SporsmalsVersjon | undefined => (r.sendt ? gjeldende(r) : undefined);

export function finnVersjon(r: Revisjon, nr: number): SporsmalsVersjon | undefined {
  return r.versjoner.find((v) => v.nr === nr);
}

/** Sums the schools' figures into the municipality's (medians are not summed: the caller computes them). */
export function summer(alle: RevisjonsTall[]): Omit<RevisjonsTall, 'medianTimerTilMottak' | 'medianTimerTilUndersokelse'> {
  const leggSammen = (a: Record<string, number>, b: Record<string, number>) => {
    const ut = { ...a };
    for (const [k, n] of Object.entries(b)) ut[k] = (ut[k] ?? 0) + n;
    return ut;
  };
  const null_ = { varsler: 0, aktivitetsplaner: 0, temaer: {}, planTemaer: {}, planerUtenBarnetsBeste: 0, forfalteEvalueringer: 0, avsluttetUtenTiltak: 0, paragraf125: 0, ansatte: 0, bekreftet: 0 };
  return alle.reduce(
    (s, t) => ({
      varsler: s.varsler + t.varsler,
      aktivitetsplaner: s.aktivitetsplaner + t.aktivitetsplaner,
      temaer: leggSammen(s.temaer, t.temaer),
      planTemaer: leggSammen(s.planTemaer, t.planTemaer),
      planerUtenBarnetsBeste: s.planerUtenBarnetsBeste + t.planerUtenBarnetsBeste,
      forfalteEvalueringer: s.forfalteEvalueringer + t.forfalteEvalueringer,
      avsluttetUtenTiltak: s.avsluttetUtenTiltak + t.avsluttetUtenTiltak,
      paragraf125: s.paragraf125 + t.paragraf125,
      ansatte: s.ansatte + t.ansatte,
      bekreftet: s.bekreftet + t.bekreftet,
    }),
    null_,
  );
}
