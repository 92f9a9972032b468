/**
 * §12-5 at receipt: the receiver adds or corrects who the employee the case is about is. The named
 * person of the school is then kept out of the case (tilgang.ts: erSkjermet).
 */
import { finnSkole } from '../domain/roller';
import { rutingUten } from '../domain/routing';
import type { Sak } from '../domain/sak';
import { MAKS_LENGDE } from '../domain/varsel';
import { nb } from '../i18n/aktiv';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, ok } from './resultat';
import { lesInvolvert } from './varselSkjema';

/**
 * At receipt the receiver may add or correct who the employee is (§12-5): a person of the school
 * (who is then kept out of the case) or a name. Someone in the leadership is a leadership case,
 * which goes to kommunalsjef by its own classification. Returns whether anything was set.
 */
export function navngiInvolvert(ktx: AppKontekst, sak: Sak, verdier: Record<string, unknown>, gjelder: string, aktor: Aktor, tid: string): Resultat<boolean> {
  const oid = typeof verdier.involvertAnsatt === 'string' ? verdier.involvertAnsatt.trim() : '';
  const tekst = typeof verdier.involvertAnsattTekst === 'string' ? verdier.involvertAnsattTekst.trim().slice(0, MAKS_LENGDE.involvertAnsattTekst) : '';
  const involvert = lesInvolvert(oid, tekst);
  if (!involvert) return ok(false);
  const ugyldig = (m: string) => feil<boolean>({ kode: 'ugyldig', melding: m, felt: { involvertAnsatt: m } });
  if (gjelder !== 'ansatt' && gjelder !== 'ledelse') return ugyldig(nb.feil.involvertIkkeAnsattSak);
  const skole = finnSkole(ktx.org, sak.skoleId);
  if ('oid' in involvert) {
    if (!skole?.ansatte.some((p) => p.oid === involvert.oid)) return ugyldig(nb.feil.involvertAnsattUgyldig);
    if (sak.ruting.kanal !== 'skoleeier' && (skole.rektor === involvert.oid || skole.ledelse.includes(involvert.oid))) return ugyldig(nb.feil.involvertILedelsen);
  }
  sak.involvertAnsatt = { ...involvert, av: aktor.oid, tid };
  // Kept out from now on: not saksansvarlig, not among the receivers.
  if (sak.saksansvarlig && 'oid' in involvert && sak.saksansvarlig === involvert.oid) delete sak.saksansvarlig;
  if (skole) sak.ruting = rutingUten(ktx.org, skole, sak.ruting, 'oid' in involvert ? involvert.oid : undefined);
  return ok(true);
}

