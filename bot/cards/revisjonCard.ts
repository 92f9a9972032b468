/** To a rektor: this school year's revision of the internkontroll waits in the tab (src/app/revisjon). No case content. */
import type { PaaminnelseView } from '../../src/app/notifier';
import { revisjonTekster as t } from '../../src/i18n/aktiv';
import { aapneLenke, adaptiveCard, fritekst, overskrift, type Card } from './felles';

export function revisjonCard(v: Extract<PaaminnelseView, { type: 'revisjon' }>, lenke: string): Card {
  return adaptiveCard([overskrift(t.kort.tittel), fritekst(v.melding, 1000)], { actions: [aapneLenke(t.kort.apne, lenke)] });
}
