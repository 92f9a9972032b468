/** A clear Norwegian message instead of the card the person expected; never an empty response (Teams would retry). */
import { botTekster as t } from '../../src/i18n/aktiv';
import { VERB } from '../verbnavn';
import { adaptiveCard, banner, overskrift, utfor, type Card } from './felles';

export interface FeilCardValg {
  /** Offer to show the case again (when the person may still see it). */
  sakId?: string;
  /** Offer a fresh varsel form. */
  nyttSkjema?: boolean;
}

export function feilCard(message: string, valg: FeilCardValg = {}): Card {
  const actions = [
    ...(valg.sakId ? [utfor(t.feil.visSaken, VERB.visSak, { sakId: valg.sakId, kort: 'sak' })] : []),
    ...(valg.nyttSkjema ? [utfor(t.feil.startPaaNytt, VERB.visSkjema, {})] : []),
  ];
  return adaptiveCard([overskrift(t.feil.tittel), banner(message)], { actions });
}
