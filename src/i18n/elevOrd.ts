/**
 * The pupil's words (issue 24, 25) in a language: bokmål, nynorsk or English. Only the pupils'
 * three small files, so the pupil's page in the tab does not load the whole catalog. The server
 * picks the language with `elevOrdNaa` (aktiv.ts): the reader's language, else the municipality's målform.
 */
import { elevTekster } from './elev';
import { elevTeksterEn } from './elevEn';
import { elevTeksterNn } from './elevNn';
import type { Sprak } from './sprak';

export type ElevOrd = typeof elevTekster;

const ELEV: Record<Sprak, ElevOrd> = { nb: elevTekster, nn: elevTeksterNn, en: elevTeksterEn };

export function elevOrd(sprak: Sprak | undefined): ElevOrd {
  return ELEV[sprak ?? 'nb'];
}
