/**
 * The bot's one table from a use case's failure (Feil) to what the person sees in Teams, as
 * src/http/api/problem.ts is the tab API's: either the card the person acted on again, with what
 * they typed kept and the problem at its input or on top, or an error card instead. The words come
 * from the catalog; a domain refusal by its code (src/i18n/avslag.ts).
 */
import type { Feil } from '../src/app/resultat';
import { ord, ordPerFelt } from '../src/i18n/aktiv';
import { feilCard } from './cards/feilCard';
import type { Card } from './cards/felles';

interface Behandling {
  /** Shown on the card the person acted on (nothing they typed is lost); otherwise an error card. */
  paaKortet: boolean;
  /** On a case card: in the panel of the button pressed (at its inputs), not on top of the card. */
  iPanelet?: boolean;
  /** On the error card: offer the case again (the person may still see it, only not do this). */
  visSaken?: boolean;
  /** Nothing the person can do in the app: no «start again» on the error card. */
  blindvei?: boolean;
}

export const BEHANDLING_AV_FEIL: Readonly<Record<Feil['kode'], Behandling>> = {
  // An input to fix: under that input.
  ugyldig: { paaKortet: true, iPanelet: true },
  // The case is not ready for the step: the case as it is now, with why.
  ulovlig_overgang: { paaKortet: true, iPanelet: true },
  // A final step: its confirmation on the same card.
  maa_bekreftes: { paaKortet: true, iPanelet: true },
  // Someone acted meanwhile: the case as it is now, with what happened.
  konflikt: { paaKortet: true },
  // Nothing is lost: the same card, to send again in a while.
  utilgjengelig: { paaKortet: true },
  ikke_tillatt: { paaKortet: false, visSaken: true },
  // Not found is also what a case the person may not see says: nothing to offer.
  ikke_funnet: { paaKortet: false },
  ukjent_person: { paaKortet: false, blindvei: true },
};

/** The failure in words: its message, and each input's problem (empty when it is not about an input). */
export function feilTekst(f: Feil): { melding: string; felt: Record<string, string> } {
  return { melding: ord(f.melding), felt: 'felt' in f && f.felt ? ordPerFelt(f.felt) : {} };
}

export function onCard(f: Feil): boolean {
  return BEHANDLING_AV_FEIL[f.kode].paaKortet;
}

/**
 * The error card for a failure: «Vis saken» when the table says the person still sees the case
 * (and the handler knows which), «Start på nytt» when the handler offers a fresh form and the
 * person can use it.
 */
export function feilCardFor(f: Feil, tilbud: { sakId?: string; nyttSkjema?: boolean } = {}): Card {
  const b = BEHANDLING_AV_FEIL[f.kode];
  return feilCard(ord(f.melding), {
    ...(b.visSaken && tilbud.sakId ? { sakId: tilbud.sakId } : {}),
    ...(tilbud.nyttSkjema && !b.blindvei ? { nyttSkjema: true } : {}),
  });
}
