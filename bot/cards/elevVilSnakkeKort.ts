/** To the adult a pupil chose in «Si fra» (issue 25): the pupil's name and class, and what to do. Never what the pupil wrote. */
import type { PaaminnelseView } from '../../src/app/notifier';
import { elevTekster as t } from '../../src/i18n/aktiv';
import { adaptivtKort, fritekst, overskrift, tekst, type Kort } from './felles';

export function elevVilSnakkeKort(v: Extract<PaaminnelseView, { type: 'elev_vil_snakke' }>): Kort {
  // The name is the pupil's own (from Entra) but still text from outside: a TextRun, escaped and capped.
  return adaptivtKort([overskrift(t.vilSnakke.tittel), fritekst(t.vilSnakke.tekst(v.elevNavn, v.klasse), 400), tekst(t.vilSnakke.gjor, { isSubtle: true })]);
}
