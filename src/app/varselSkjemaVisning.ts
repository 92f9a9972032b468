/** What the varslingsskjema offers this person: every school, theirs first and preselected. */
import { osloDato } from '../domain/frister';
import { rollerFor } from '../domain/roller';
import { kjentAktor } from './aktorer';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, ok } from './resultat';

export interface SkjemaVisning {
  skoler: { id: string; navn: string }[];
  /** Preselected when the person belongs to exactly one school. */
  valgtSkoleId?: string;
  idag: string;
}

export function hentVarselSkjema(ktx: AppKontekst, aktor: Aktor): Resultat<SkjemaVisning> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const mine = new Set(rollerFor(ktx.org, aktor.oid).skoler.map((s) => s.skoleId));
  const skoler = [...ktx.org.skoler]
    .sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)) || a.navn.localeCompare(b.navn, 'nb'))
    .map((s) => ({ id: s.id, navn: s.navn }));
  return ok({ skoler, valgtSkoleId: mine.size === 1 ? [...mine][0] : undefined, idag: osloDato(ktx.naa()) });
}
