/**
 * Rektor's reminder before an årshjul checkpoint (src/app/skolear/sjekkpunktPaaminnelser.ts): which
 * checkpoint, by when, what counts as done, and where to mark it (the tab's Årshjul).
 */
import type { PaaminnelseView } from '../../src/app/notifier';
import { folgSprak } from '../../src/i18n/aktiv';
import { aapneLenke, adaptiveCard, fritekst, overskrift, tekst, type Card } from './felles';

const t = folgSprak((k) => k.skolear.paminnelse);

export function sjekkpunktCard(v: Extract<PaaminnelseView, { type: 'sjekkpunkt' }>, lenke: string): Card {
  return adaptiveCard(
    [
      overskrift(t.tittel(v.skole)),
      fritekst(v.navn, 300),
      tekst(t.frist(v.dato), { weight: 'Bolder' }),
      fritekst(t.ferdigNar(v.ferdigNar), 1200),
      tekst(t.hvordan, { isSubtle: true, size: 'Small' }),
    ],
    { actions: [aapneLenke(t.apne, lenke)] },
  );
}
