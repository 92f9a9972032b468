/**
 * The årshjul for internkontroll: the school year's checkpoints the kommunalsjef sets for every
 * school (name, what counts as done, by when, who does it), and each school's record of a
 * checkpoint done. The default year follows the municipal documents the product was made from
 * (../shared/reference): at skolestart the municipality's plan is gone through with the staff and
 * every employee confirms the duties; training of new staff; the risk assessment; elevundersøkelsen
 * in the autumn and its results followed up; mapping with Spekter; the revision before summer.
 */
import { skoledagFra, startAr, type Skolerute } from './skolerute';

/** Who does it: the school with its staff (rektor leads and marks it), or rektor alone. */
export const SJEKKPUNKT_ANSVAR = ['skolen', 'rektor'] as const;
export type SjekkpunktAnsvar = (typeof SJEKKPUNKT_ANSVAR)[number];

export interface Sjekkpunkt {
  /** Stable within the year: a school's record of it keeps pointing here when the name changes. */
  id: string;
  navn: string;
  /** What counts as done, in the kommunalsjef's words. */
  ferdigNar: string;
  /** By when, YYYY-MM-DD. */
  dato: string;
  ansvar: SjekkpunktAnsvar;
  /** The yearly bekreftelse of the duties: its figures come from the product (share confirmed). */
  bekreftelse?: boolean;
}

export interface Aarshjul {
  skolear: string;
  sjekkpunkter: Sjekkpunkt[];
  kilde: 'standard' | 'kommunen';
  endret?: { av: string; tid: string };
}

/** A school's record that a checkpoint is done. */
export interface SjekkpunktUtfort {
  skolear: string;
  skoleId: string;
  sjekkpunktId: string;
  av: string;
  tid: string;
  notat: string;
  /** A link to the document where one exists (https only). */
  lenke?: string;
}

export type SjekkpunktStatus = 'utfort' | 'forsinket' | 'snart' | 'senere';

/** Working days before a checkpoint's date that rektor is reminded (and the tab marks it «snart»). */
export const SJEKKPUNKT_VARSEL_DAGER = 10;

/** Where a checkpoint stands for a school today. */
export function sjekkpunktStatus(p: Pick<Sjekkpunkt, 'dato'>, utfort: SjekkpunktUtfort | undefined, idag: string, snartFra: string): SjekkpunktStatus {
  if (utfort) return 'utfort';
  if (idag > p.dato) return 'forsinket';
  return idag >= snartFra ? 'snart' : 'senere';
}

/** The default year, its dates moved to the next school day of the municipality's calendar. */
export function standardAarshjul(skolear: string, ruteFor: (skolear: string) => Skolerute, tekster: StandardTekster): Aarshjul {
  const ar = startAr(skolear);
  const route = ruteFor(skolear);
  const dato = (d: string) => skoledagFra(d, ruteFor);
  const punkt = (id: keyof StandardTekster, d: string, ansvar: SjekkpunktAnsvar, bekreftelse = false): Sjekkpunkt => ({
    id,
    ...tekster[id],
    dato: dato(d),
    ansvar,
    ...(bekreftelse ? { bekreftelse } : {}),
  });
  const forste = route.forsteSkoledag;
  // Two weeks into the year for the plan's walk-through: the staff are back and the pupils have started.
  const toUker = new Date(Date.parse(`${forste}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  return {
    skolear,
    kilde: 'standard',
    sjekkpunkter: [
      punkt('planGjennomgatt', toUker, 'skolen'),
      punkt('pliktBekreftet', `${ar}-09-15`, 'skolen', true),
      punkt('nyeAnsatte', `${ar}-09-30`, 'rektor'),
      punkt('risikovurdering', `${ar}-10-31`, 'skolen'),
      punkt('spekter', `${ar}-11-15`, 'skolen'),
      punkt('elevundersokelsen', `${ar}-12-15`, 'skolen'),
      punkt('resultaterFulgtOpp', `${ar + 1}-02-15`, 'skolen'),
      punkt('revisjon', `${ar + 1}-05-31`, 'rektor'),
    ],
  };
}

/** The default checkpoints' words, from the catalog (src/i18n/skolear.ts). */
export type StandardTekster = Record<
  'planGjennomgatt' | 'pliktBekreftet' | 'nyeAnsatte' | 'risikovurdering' | 'spekter' | 'elevundersokelsen' | 'resultaterFulgtOpp' | 'revisjon',
  { navn: string; ferdigNar: string }
>;
