/**
 * A school's pupils in the stored organisation (issue 25): members of the school's pupil groups in
 * Entra (the sync keeps each person's groups) and pupils the organisation file places there.
 */
import type { Elev, Skole } from '../domain/organisasjon';
import type { AnsattData, SkoleData } from './data';

/** The people who are pupils at this school. */
export function eleverVed(skole: SkoleData, alle: readonly AnsattData[]): AnsattData[] {
  const grupper = skole.elev?.grupper ?? [];
  return alle.filter((a) => a.elev?.skoler.includes(skole.id) || a.grupper.some((g) => grupper.includes(g)));
}

/** What the domain's school holds of its pupils: who they are, their words' age, the adults they may choose. */
export function elevOppsett(skole: SkoleData, alle: readonly AnsattData[]): Pick<Skole, 'elever' | 'trinn' | 'elevkontakter' | 'elevgrupper'> {
  const elever = eleverVed(skole, alle).map(
    (a): Elev => ({ oid: a.oid, navn: a.navn, ...(a.elev?.klasse ? { klasse: a.elev.klasse } : {}), ...(a.elev?.kontaktlaerer ? { kontaktlaerer: a.elev.kontaktlaerer } : {}) }),
  );
  const e = skole.elev;
  return {
    ...(elever.length > 0 ? { elever } : {}),
    ...(e?.trinn ? { trinn: e.trinn } : {}),
    ...(e && e.kontakter.length > 0 ? { elevkontakter: e.kontakter } : {}),
    ...(e && e.grupper.length > 0 ? { elevgrupper: e.grupper } : {}),
  };
}

/** The school's pupil settings as the organisation file gives them (undefined: none). */
export function elevOppsettFraFil(s: Skole): SkoleData['elev'] {
  if (!s.elevgrupper?.length && !s.trinn && !s.elevkontakter?.length) return undefined;
  return { grupper: s.elevgrupper ?? [], ...(s.trinn ? { trinn: s.trinn } : {}), kontakter: s.elevkontakter ?? [] };
}
