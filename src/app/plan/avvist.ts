/**
 * A plan or an evaluation the domain refused (aktivitetsplan.ts): a refusal of the whole (the plan
 * is closed, not yet activated) or everything missing at once, each at its field under one heading.
 * The words are the driver's, from the codes.
 */
import type { Avslag } from '../../domain/avslag';
import type { Mangel } from '../../domain/aktivitetsplan';
import { feil, type Resultat } from '../resultat';

export function avvist(overskrift: string, r: { mangler: Mangel[]; avslag?: Avslag }): Resultat<never> {
  if (r.avslag) return feil({ kode: 'ulovlig_overgang', melding: r.avslag });
  return feil({ kode: 'ugyldig', melding: { overskrift, punkter: r.mangler }, felt: Object.fromEntries(r.mangler.map((m) => [m.felt, m])) });
}
