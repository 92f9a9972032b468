/**
 * Who is using the tab: name and roles, so the tab shows the pages this person has. Anyone in the
 * tenant gets an answer (someone in no school may still report); the roles are then empty.
 */
import { elevTekster } from '../../i18n/aktiv';
import type { Oid } from '../../domain/organisasjon';
import type { Sprak } from '../../i18n/sprak';
import { iTenanten } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, ok } from '../resultat';
import { malform, sprakFor, valgtSprak } from '../sprakvalg';

export interface Meg {
  oid: Oid;
  navn: string;
  stilling?: string;
  skoler: { id: string; navn: string; rektor: boolean; varselmottaker: boolean; ledelse: boolean }[];
  kommunalsjef: boolean;
  /** The municipality's IT: sets up the schools (no case content). */
  administrator: boolean;
  /** The language the person reads now (own choice, else Teams' locale, else the målform). */
  sprak: Sprak;
  /** The person's own choice, when they made one (the tab's language picker shows it). */
  valgtSprak?: Sprak;
  /** The municipality's målform: the language of the record (documentation, history, reports). */
  malform: Sprak;
}

/** `locale`: Teams' `app.locale`, which the tab sends (rute.ts: LOCALE_HEADER). */
export async function getMeg(ktx: AppKontekst, aktor: Aktor, locale?: string): Promise<Resultat<Meg>> {
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  const r = kjent.verdi;
  const valgt = await valgtSprak(ktx, aktor.oid);
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
    sprak: valgt ?? (await sprakFor(ktx, aktor.oid, locale)),
    ...(valgt ? { valgtSprak: valgt } : {}),
    malform: malform(ktx),
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
    // The school's pupils too (issue 25): the trial shows what a pupil sees.
    for (const e of skole.elever ?? []) if (!ut.has(e.oid)) ut.set(e.oid, { oid: e.oid, navn: e.navn, stilling: elevTekster.stilling(e.klasse), sted: skole.navn });
  }
  return [...ut.values()];
}
