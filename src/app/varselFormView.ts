/** What the varslingsskjema offers this person: every school, theirs first and preselected; anyone in the tenant may report. */
import { osloDato } from '../domain/frister';
import { iTenanten } from './aktorer';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, ok } from './resultat';

export interface SkjemaView {
  skoler: { id: string; navn: string }[];
  /** Preselected when the person belongs to exactly one school. */
  valgtSkoleId?: string;
  /** The person works at no school the organisation knows (a vikar, a new hire): the form asks which school. */
  utenSkole?: true;
  idag: string;
  /**
   * «Hvis en som jobber på skolen: hvem?» (optional): the staff of the person's own schools to choose
   * from (anyone else is named in words). Never the pupils.
   */
  ansatte: { skoleId: string; oid: string; navn: string }[];
}

export function getVarselForm(ktx: AppKontekst, aktor: Aktor): Resultat<SkjemaView> {
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  const mine = new Set(kjent.verdi.skoler.map((s) => s.skoleId));
  const skoler = [...ktx.org.skoler]
    .sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)) || a.navn.localeCompare(b.navn, 'nb'))
    .map((s) => ({ id: s.id, navn: s.navn }));
  const ansatte = ktx.org.skoler
    .filter((s) => mine.has(s.id))
    .flatMap((s) => s.ansatte.filter((p) => p.oid !== aktor.oid).map((p) => ({ skoleId: s.id, oid: p.oid, navn: p.navn })))
    .sort((a, b) => a.navn.localeCompare(b.navn, 'nb'));
  return ok({ skoler, valgtSkoleId: mine.size === 1 ? [...mine][0] : undefined, ...(mine.size === 0 ? { utenSkole: true as const } : {}), idag: osloDato(ktx.naa()), ansatte });
}
