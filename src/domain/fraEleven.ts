/**
 * A matter a pupil raised themselves, from Teams (issue 25): what is recorded on the case, and the
 * pure rules around it — what the pupil may see of it afterwards, how many a day, and whether the
 * adult the pupil chose may be told.
 */
import type { Oid } from './organisasjon';
import type { Ruting, Status } from './sak';

export type { FraEleven } from './sak';

/** Shorter than a staff varsel: a pupil's message, and a card that stays small. */
export const MAKS_HVA = 2000;

/** The choice «Det går fint med hvem som helst» (a card's choice needs a value): no one in particular. */
export const HVEM_SOM_HELST = 'hvem_som_helst';

/** A kind limit: a pupil may raise this many matters a day (Oslo); the next is met with a kind text. */
export const MAKS_PER_DAG = 3;

/** What the pupil sees of their own report: never the case, only where it has come. */
export type ElevStatus = 'mottatt' | 'skal_snakke' | 'jobber' | 'ferdig';

export function elevStatus(status: Status): ElevStatus {
  if (status === 'ny') return 'mottatt';
  // Received: talking with the pupil comes first (§12-4's undersøke).
  if (status === 'mottatt') return 'skal_snakke';
  if (status === 'undersokes' || status === 'tiltak') return 'jobber';
  // Closed: saying «working on it» would not be true. The outcome is told by an adult, not by a status line.
  return 'ferdig';
}

/**
 * The chosen adult is told only when nothing suggests an adult at the school is behind it (kanal
 * 'skole'): in a §12-5 or leadership case, or «vet ikke», the chosen adult may be the one it is
 * about, so the receivers see the wish on the case and decide who talks with the pupil.
 */
export function kanVarsleValgtVoksen(ruting: Ruting, voksen: Oid): boolean {
  return ruting.kanal === 'skole' && !ruting.skjermetFor.includes(voksen);
}
