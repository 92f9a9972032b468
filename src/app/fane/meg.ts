/**
 * Who is using the tab: name and roles, so the tab shows the pages this person has. Anyone in the
 * tenant gets an answer (someone in no school may still report); the roles are then empty.
 */
import type { Oid } from '../../domain/organisasjon';
import { iTenanten } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, ok } from '../resultat';

export interface Meg {
  oid: Oid;
  navn: string;
  stilling?: string;
  skoler: { id: string; navn: string; rektor: boolean; varselmottaker: boolean; ledelse: boolean }[];
  kommunalsjef: boolean;
  /** The municipality's IT: sets up the schools (no case content). */
  administrator: boolean;
}

export function hentMeg(ktx: AppKontekst, aktor: Aktor): Resultat<Meg> {
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  const r = kjent.verdi;
  return ok({
    oid: aktor.oid,
    navn: r.person?.navn ?? aktor.navn ?? '',
    ...(r.person?.stilling ? { stilling: r.person.stilling } : {}),
    skoler: r.skoler.map((s) => ({
      id: s.skoleId,
      navn: ktx.org.skoler.find((k) => k.id === s.skoleId)?.navn ?? s.skoleId,
      rektor: s.rektor,
      varselmottaker: s.varselmottaker,
      ledelse: s.ledelse,
    })),
    kommunalsjef: r.kommunalsjef,
    administrator: r.administrator,
  });
}

export interface Personvalg {
  oid: Oid;
  navn: string;
  stilling?: string;
  /** Where the person works, or the municipality's role. */
  sted: string;
}

/**
 * Everyone in the organisation, for the person picker of local development (offered only where no
 * Microsoft app id is configured; see src/http/api/identitet.ts). Names only, no case content.
 */
export function personvelger(ktx: AppKontekst): Personvalg[] {
  const ut = new Map<Oid, Personvalg>();
  for (const p of ktx.org.kommune.kommunalsjefer) ut.set(p.oid, { oid: p.oid, navn: p.navn, stilling: p.stilling, sted: ktx.org.kommune.navn });
  // The administrators too: the Organisasjon page is theirs (issue 12).
  for (const p of ktx.org.kommune.administratorer) if (!ut.has(p.oid)) ut.set(p.oid, { oid: p.oid, navn: p.navn, stilling: p.stilling, sted: ktx.org.kommune.navn });
  for (const skole of ktx.org.skoler) {
    for (const p of skole.ansatte) {
      const tidligere = ut.get(p.oid);
      if (tidligere) tidligere.sted = `${tidligere.sted}, ${skole.navn}`;
      else ut.set(p.oid, { oid: p.oid, navn: p.navn, stilling: p.stilling, sted: skole.navn });
    }
  }
  return [...ut.values()];
}
