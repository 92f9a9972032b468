/**
 * What replaces a copy of a case card its owner may no longer see (the case moved to kommunalsjef,
 * or became a §12-5 case a delegate outside the leadership is kept out of): nothing of the case —
 * no number, no pupil — and no buttons.
 */
import { botTekster as t } from '../../src/i18n/aktiv';
import { adaptiveCard, overskrift, tekst, type Card } from './felles';

export function skjultCard(message: string = t.skjult.tekst): Card {
  return adaptiveCard([overskrift(t.skjult.tittel), tekst(message)]);
}
