/**
 * A proposed change to the organisation, checked with the very rules the organisation file is
 * checked with (organisasjonsbrudd), and phrased for the page: school and person by name.
 */
import type { Organisasjon, Skole } from '../../domain/organisasjon';
import { organisasjonsbrudd } from '../../domain/organisasjonSkjema';
import { nb } from '../../i18n/aktiv';
import { type Resultat, feil, ok } from '../resultat';

/** The organisation with `skole` in place of (or added beside) the school with its id. */
export function medSkole(org: Organisasjon, skole: Skole): Organisasjon {
  const finnes = org.skoler.some((s) => s.id === skole.id);
  return { ...org, skoler: finnes ? org.skoler.map((s) => (s.id === skole.id ? skole : s)) : [...org.skoler, skole] };
}

/** ok when `ny` breaks no rule; otherwise 'ugyldig' with one line per broken rule. */
export function sjekkRegler(ny: Organisasjon, felt: string): Resultat<true> {
  const brudd = organisasjonsbrudd(ny);
  if (brudd.length === 0) return ok(true);
  const navn = (oid: string) =>
    ny.skoler.flatMap((s) => s.ansatte).find((p) => p.oid === oid)?.navn ?? ny.kommune.kommunalsjefer.find((p) => p.oid === oid)?.navn ?? oid;
  const linjer = brudd.map((b) => {
    const skole = ny.skoler.find((s) => s.id === b.skoleId)?.navn ?? b.skoleId ?? '';
    return `${skole}: ${b.melding}${b.oid ? ` (${navn(b.oid)})` : ''}`;
  });
  return feil({ kode: 'ugyldig', melding: nb.org.endringBrudd, felt: { [felt]: [...new Set(linjer)].join('\n') } });
}
