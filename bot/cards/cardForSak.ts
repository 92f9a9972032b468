/** Which card a case is shown as for one person: a reporter never gets more than the receipt. */
import type { SakView } from '../../src/app/sakView';
import type { SakCardType } from '../verbnavn';
import type { Card } from './felles';
import { informasjonCard } from './informasjonCard';
import { kvitteringCard } from './kvittering';
import { sakCard, type SakskortValg } from './sakCard';
import { skjultCard } from './skjultCard';
import { botTekster } from '../../src/i18n/aktiv';

export function cardForSak(v: SakView, type: SakCardType, valg: SakskortValg): Card {
  if (v.tilgangMistet) return skjultCard(v.kanal === 'skoleeier' ? botTekster.sak.flyttet : botTekster.sak.flyttetRektor);
  if (v.innsyn === 'varsler' || type === 'kvittering') return kvitteringCard(v, valg.refreshFor);
  if (type === 'informasjon' && v.handlinger.length === 0) return informasjonCard(v, valg.refreshFor);
  return sakCard(v, valg);
}
