/**
 * Who may change the organisation: the municipality's administrators set up schools and the
 * municipality's people (and see no case content); rektor keeps the own school's varslingsliste.
 * Who may look: the kommunalsjefer (the school owner) see every school's setup and list too.
 */
import type { Skole } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import { nb } from '../../i18n/aktiv';
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

/** The schools' setup (names, connections, rektor, staff counts — no case content): administrators and kommunalsjefer. */
export function somOppsettLeser(ktx: AppKontekst, aktor: Aktor): Resultat<true> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  return kjent.verdi.administrator || kjent.verdi.kommunalsjef ? ok(true) : feil({ kode: 'ikke_tillatt', melding: nb.org.ikkeAdministratorEllerKommunalsjef });
}

/** A school's varslingsliste: its rektor, and the administrators and kommunalsjefer for every school. */
export function somListeLeser(ktx: AppKontekst, aktor: Aktor, skoleId: string): Resultat<true> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const r = kjent.verdi;
  const rektor = r.skoler.some((s) => s.skoleId === skoleId && s.rektor);
  return rektor || r.administrator || r.kommunalsjef ? ok(true) : feil({ kode: 'ikke_tillatt', melding: nb.org.ikkeLeser });
}
