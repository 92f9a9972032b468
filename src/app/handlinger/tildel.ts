/** «Tildel»: the case gets a saksansvarlig, who gets a case card to work from. */
import { nb } from '../../i18n/aktiv';
import { outboxEntry } from '../outboxEntries';
import { feil, ok, type Resultat } from '../resultat';
import { kanVaereSaksansvarlig } from '../tilgang';
import type { Aktor, AppKontekst } from '../kontekst';
import type { Endring, Steg } from './endring';

export const tildel: Steg = (ktx, aktor, endring, inn) => {
  const oid = typeof inn.verdier.saksansvarlig === 'string' ? inn.verdier.saksansvarlig : '';
  return tildelTil(ktx, aktor, endring, oid, inn.tid);
};

export function tildelTil(ktx: AppKontekst, aktor: Aktor, endring: Endring, oid: string, tid: string): Resultat<void> {
  const sak = endring.sak;
  if (!oid || !kanVaereSaksansvarlig(ktx.org, sak, oid)) {
    return feil({ kode: 'ugyldig', melding: nb.feil.ikkeSaksansvarlig, felt: { saksansvarlig: nb.feil.ikkeSaksansvarlig } });
  }
  sak.saksansvarlig = oid;
  endring.hendelse.til = oid;
  // The assignee gets a case card to work from, unless they already hold one (a receipt is not one:
  // the reporter is often the kontaktlærer who is then assigned the case).
  const harSakCard = sak.leveringer.some((l) => l.oid === oid && (l.rolle === 'mottaker' || l.rolle === 'saksansvarlig'));
  if (oid !== aktor.oid && !harSakCard) {
    sak.leveringer.push({ oid, rolle: 'saksansvarlig', status: 'venter', tid });
    endring.meldinger.push(outboxEntry(ktx, 'tildelt', oid));
  }
  return ok(undefined);
}
