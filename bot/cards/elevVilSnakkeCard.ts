/** To the adult a pupil chose in «Si fra» (issue 25): the pupil's name and class, and what to do. Never what the pupil wrote. */
import type { PaaminnelseView } from '../../src/app/notifier';
import { elevTekster as t } from '../../src/i18n/aktiv';
import { adaptiveCard, fritekst, overskrift, tekst, type Card } from './felles';

export function elevVilSnakkeCard(v: Extract<PaaminnelseView, { type: 'elev_vil_snakke' }>): Card {
  // The name is the pupil's own (from Entra) but still text from outside: a TextRun, escaped and capped.
  return adaptiveCard([overskrift(t.vilSnakke.tittel), fritekst(t.vilSnakke.tekst(v.elevNavn, v.klasse), 400), tekst(t.vilSnakke.gjor, { isSubtle: true })]);
}
