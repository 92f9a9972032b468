/** A clear Norwegian message instead of the card the person expected; never an empty response (Teams would retry). */
import { botTekster as t } from '../../src/i18n/aktiv';
import { VERB } from '../verbnavn';
import { adaptivtKort, banner, overskrift, utfor, type Kort } from './felles';

export interface FeilkortValg {
  /** Offer to show the case again (when the person may still see it). */
  sakId?: string;
  /** Offer a fresh varsel form. */
  nyttSkjema?: boolean;
}

export function feilkort(melding: string, valg: FeilkortValg = {}): Kort {
  const actions = [
    ...(valg.sakId ? [utfor(t.feil.visSaken, VERB.visSak, { sakId: valg.sakId, kort: 'sak' })] : []),
    ...(valg.nyttSkjema ? [utfor(t.feil.startPaaNytt, VERB.visSkjema, {})] : []),
  ];
  return adaptivtKort([overskrift(t.feil.tittel), banner(melding)], { actions });
}
