/**
 * What replaces a copy of a case card its owner may no longer see (the case moved to kommunalsjef,
 * or became a §12-5 case a delegate outside the leadership is kept out of): nothing of the case —
 * no number, no pupil — and no buttons.
 */
import { botTekster as t } from '../../src/i18n/aktiv';
import { adaptivtKort, overskrift, tekst, type Kort } from './felles';

export function skjultkort(melding: string = t.skjult.tekst): Kort {
  return adaptivtKort([overskrift(t.skjult.tittel), tekst(melding)]);
}
