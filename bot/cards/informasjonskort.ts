/**
 * For kommunalsjef when told of a §12-5 case (someone who works at the school, not in the
 * leadership): rektor handles it; skoleeier is told so that rektor's duty to report on is met.
 * Shows the varsel and its current status, no actions.
 */
import type { SakVisning } from '../../src/app/sakVisning';
import { botTekster } from '../tekster';
import { adaptivtKort, banner, linje, mellomtittel, oppfrisking, overskrift, type Kort } from './felles';
import { varselet } from './sakskort';

const t = botTekster;

export function informasjonskort(v: SakVisning, refreshFor: readonly string[]): Kort {
  return adaptivtKort(
    [
      overskrift(t.informasjon.tittel(v.saksnummer)),
      banner(t.informasjon.hvorfor, 'Warning'),
      ...varselet(v),
      mellomtittel(t.sak.status),
      linje(t.sak.status, v.statusTekst),
      linje(t.sak.saksansvarlig, v.saksansvarlig?.navn ?? t.sak.ikkeTildelt),
    ],
    { refresh: oppfrisking(v.id, 'informasjon', refreshFor) },
  );
}
