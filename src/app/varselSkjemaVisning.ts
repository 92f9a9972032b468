/** What the varslingsskjema offers this person: every school, theirs first and preselected; anyone in the tenant may report. */
import { osloDato } from '../domain/frister';
import { iTenanten } from './aktorer';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, ok } from './resultat';

export interface SkjemaVisning {
  skoler: { id: string; navn: string }[];
  /** Preselected when the person belongs to exactly one school. */
  valgtSkoleId?: string;
  /** The person works at no school the organisation knows (a vikar, a new hire): the form asks which school. */
  utenSkole?: true;
  idag: string;
}

export function hentVarselSkjema(ktx: AppKontekst, aktor: Aktor): Resultat<SkjemaVisning> {
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  const mine = new Set(kjent.verdi.skoler.map((s) => s.skoleId));
  const skoler = [...ktx.org.skoler]
    .sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)) || a.navn.localeCompare(b.navn, 'nb'))
    .map((s) => ({ id: s.id, navn: s.navn }));
  return ok({ skoler, valgtSkoleId: mine.size === 1 ? [...mine][0] : undefined, ...(mine.size === 0 ? { utenSkole: true as const } : {}), idag: osloDato(ktx.naa()) });
}
