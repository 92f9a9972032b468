/**
 * «Ta imot»: the receiver takes the case, classifies it if the reporter did not know (omklassifiser.ts),
 * may name the employee it is about (§12-5, involvertAnsatt.ts), choose its theme, and assign it in the same tap.
 */
import { finnSkole } from '../../domain/roller';
import { erSakstema } from '../../domain/sakstema';
import { omklassifiser as nyRuting } from '../../domain/routing';
import { nb } from '../../i18n/aktiv';
import { navngiInvolvert } from '../involvertAnsatt';
import { feil, ok, type Resultat } from '../resultat';
import { kanVaereSaksansvarlig } from '../tilgang';
import { auditEntry } from '../outboxEntries';
import type { AppKontekst } from '../kontekst';
import type { Sak } from '../../domain/sak';
import type { Inndata, Steg } from './endring';
import { klassifiser, klassifiserer } from './omklassifiser';
import { tildelTil } from './tildel';

export const taImot: Steg = (ktx, aktor, endring, inn) => {
  const sak = endring.sak;
  const navngitt = navngiInvolvert(ktx, sak, inn.verdier, inn.klassifisering ?? inn.gjelder, aktor, inn.tid);
  if (!navngitt.ok) return navngitt;
  if (navngitt.verdi) endring.revisjon.push(auditEntry(ktx, aktor.oid, 'involvert_ansatt_satt', `sak=${sak.id}`));
  // The case's theme may be chosen at receipt (issue 23); one from the municipality's list or none.
  if (erSakstema(ktx.org.kommune, inn.verdier.tema)) sak.tema = { id: inn.verdier.tema, av: aktor.oid, tid: inn.tid };
  if (klassifiserer('ta_imot', inn.gjelder)) klassifiser(ktx, endring, inn);
  // «Ta imot» with an assignee chosen beside it receives and assigns in one tap.
  const oid = valgtSaksansvarlig(inn);
  return oid ? tildelTil(ktx, aktor, endring, oid, inn.tid) : ok(undefined);
};

/**
 * The assignee chosen beside «Ta imot» is checked against where the case goes before anything is
 * confirmed: a case moved to kommunalsjef is never given to someone at the school.
 */
export function sjekkSaksansvarligVedMottak(ktx: AppKontekst, sak: Sak, inn: Inndata): Resultat<void> {
  const oid = valgtSaksansvarlig(inn);
  const skole = finnSkole(ktx.org, sak.skoleId);
  if (!oid || !klassifiserer('ta_imot', inn.gjelder) || !skole) return ok(undefined);
  if (kanVaereSaksansvarlig(ktx.org, { ...sak, ruting: nyRuting(ktx.org, skole, inn.klassifisering!) }, oid)) return ok(undefined);
  const m = inn.klassifisering === 'ledelse' ? nb.feil.saksansvarligLedelse : nb.feil.ikkeSaksansvarlig;
  return feil({ kode: 'ugyldig', melding: m, felt: { saksansvarlig: m } });
}

function valgtSaksansvarlig(inn: Inndata): string {
  return typeof inn.verdier.saksansvarlig === 'string' ? inn.verdier.saksansvarlig : '';
}
