/**
 * Who may change the organisation: the municipality's administrators set up schools and the
 * municipality's people (and see no case content); rektor keeps the own school's varslingsliste.
 */
import type { Skole } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import { nb } from '../../i18n/nb';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, ok } from '../resultat';

export function somAdministrator(ktx: AppKontekst, aktor: Aktor): Resultat<true> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  return kjent.verdi.administrator ? ok(true) : feil({ kode: 'ikke_tillatt', melding: nb.org.ikkeAdministrator });
}

/** The school, when the person is its rektor now. */
export function somRektorVed(ktx: AppKontekst, aktor: Aktor, skoleId: string): Resultat<Skole> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const skole = finnSkole(ktx.org, skoleId);
  return skole && skole.rektor === aktor.oid ? ok(skole) : feil({ kode: 'ikke_tillatt', melding: nb.org.ikkeRektor });
}
