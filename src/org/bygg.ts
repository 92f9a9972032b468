/**
 * From the stored organisation to the domain's `Organisasjon`, which routing and authorization
 * read. Who works at a school is worked out here, every time: members of the school's Entra group
 * and people placed there directly. Someone who left keeps nothing: a ledelse member or
 * varselmottaker who is no longer staff drops out of the school's roles (rektor stays until the
 * admin names another, being placed at the school by that naming).
 */
import type { Oid, Organisasjon, Person, Skole } from '../domain/organisasjon';
import { elevOppsett, eleverVed } from './elever';
import type { AnsattData, KommuneData, SkoleData, Varslingsliste } from './data';

const person = (a: AnsattData): Person => ({ oid: a.oid, navn: a.navn, stilling: a.stilling });

/** Who works at the school now: its group's members and those placed there directly. */
export function ansatteVed(skole: SkoleData, ansatte: readonly AnsattData[]): AnsattData[] {
  const gruppe = skole.kobling?.gruppeId;
  return ansatte.filter((a) => a.skoler.includes(skole.id) || (gruppe !== undefined && a.grupper.includes(gruppe)));
}

/** The school as routing sees it with this list, roles kept only for staff (unfiltered: for validating a proposed list). */
export function skoleMed(skole: SkoleData, liste: Varslingsliste, ansatte: readonly AnsattData[], filtrer = true): Skole {
  const her = ansatteVed(skole, ansatte);
  const ansatt = new Set<Oid>(her.map((a) => a.oid));
  const behold = (oids: Oid[]) => (filtrer ? oids.filter((oid) => oid === liste.rektor || ansatt.has(oid)) : oids);
  return {
    id: skole.id,
    navn: skole.navn,
    ...(skole.kontakt ? { kontakt: skole.kontakt } : {}),
    ansatte: her.map(person),
    rektor: liste.rektor,
    ledelse: behold(liste.ledelse),
    varselmottakere: behold(liste.varselmottakere),
    varslingslisteVersjon: liste.versjon,
  };
}

export function byggOrganisasjon(kommune: KommuneData, skoler: readonly SkoleData[], alle: readonly AnsattData[]): Organisasjon {
  // A pupil is never staff (issue 25): someone in a school's pupil group is left out of every staff list.
  const elever = new Set(skoler.flatMap((s) => eleverVed(s, alle).map((e) => e.oid)));
  const ansatte = alle.filter((a) => !elever.has(a.oid));
  const bygget = skoler.flatMap((s) => (s.varslingsliste ? [{ ...skoleMed(s, s.varslingsliste, ansatte), ...elevOppsett(s, alle) }] : []));
  const iSkole = new Set(bygget.flatMap((s) => s.ansatte.map((p) => p.oid)));
  const andre = ansatte.filter((a) => !iSkole.has(a.oid) && a.navn).map(person);
  return {
    tenantId: kommune.tenantId,
    kommune: {
      id: kommune.id,
      navn: kommune.navn,
      ...(kommune.kontakt ? { kontakt: kommune.kontakt } : {}),
      kommunalsjefer: kommune.kommunalsjefer,
      administratorer: kommune.administratorer,
      saksbehandlere: kommune.saksbehandlere,
      ...(kommune.malform ? { malform: kommune.malform } : {}),
      ...(kommune.sakstemaer ? { sakstemaer: kommune.sakstemaer } : {}),
    },
    // A school takes varsler once it has a rektor; until then the admin page lists it as not ready.
    skoler: bygget,
    ...(andre.length > 0 ? { andre } : {}),
  };
}
