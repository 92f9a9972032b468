/**
 * Rektor's weekly summary of who at the school has not confirmed the duties: the same numbers and
 * names as the tab's Bekreftelser page (src/app/views/bekreftelser.ts), as they were when sent.
 */
import type { PaaminnelseView } from '../../src/app/notifier';
import { folgSprak } from '../../src/i18n/aktiv';
import { adaptiveCard, fritekst, overskrift, tekst, type Card } from './felles';

const t = folgSprak((k) => k.kort.bekreftelseOversikt);
/** Names shown on the card; the rest are on the tab's page (a card must stay small). */
const MAKS_NAVN = 40;

export function bekreftelseOversiktCard(v: Extract<PaaminnelseView, { type: 'bekreftelse_oversikt' }>): Card {
  const s = v.skole;
  const viste = s.ikkeBekreftet.slice(0, MAKS_NAVN);
  return adaptiveCard([
    overskrift(t.tittel(s.navn)),
    tekst(t.andel(s.bekreftet, s.ansatte, v.skoleår)),
    tekst(t.mangler(s.ikkeBekreftet.length), { weight: 'Bolder' }),
    ...viste.map((p) => fritekst(p.stilling ? `${p.navn} (${p.stilling})` : p.navn, 300)),
    ...(s.ikkeBekreftet.length > viste.length ? [tekst(t.ogFlere(s.ikkeBekreftet.length - viste.length), { isSubtle: true })] : []),
    tekst(t.hvordan, { isSubtle: true, size: 'Small' }),
  ]);
}
