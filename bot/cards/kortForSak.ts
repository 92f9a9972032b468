/** Which card a case is shown as for one person: a reporter never gets more than the receipt. */
import type { SakView } from '../../src/app/sakView';
import type { SakKortType } from '../verbnavn';
import type { Kort } from './felles';
import { informasjonskort } from './informasjonskort';
import { kvitteringskort } from './kvittering';
import { sakskort, type SakskortValg } from './sakskort';
import { skjultkort } from './skjultkort';
import { botTekster } from '../../src/i18n/aktiv';

export function kortForSak(v: SakView, type: SakKortType, valg: SakskortValg): Kort {
  if (v.tilgangMistet) return skjultkort(v.kanal === 'skoleeier' ? botTekster.sak.flyttet : botTekster.sak.flyttetRektor);
  if (v.innsyn === 'varsler' || type === 'kvittering') return kvitteringskort(v, valg.refreshFor);
  if (type === 'informasjon' && v.handlinger.length === 0) return informasjonskort(v, valg.refreshFor);
  return sakskort(v, valg);
}
