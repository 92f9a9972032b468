/** The pupil's words (issue 25) in the municipality's målform: nynorsk where kommune.malform is 'nn', else bokmål. */
import type { Malform } from '../domain/organisasjon';
import { elevTekster } from './elev';
import { elevTeksterNn } from './elevNn';

export type ElevOrd = typeof elevTekster;

export function elevOrd(malform: Malform | undefined): ElevOrd {
  return malform === 'nn' ? elevTeksterNn : elevTekster;
}
