/**
 * Who a person is in the organisation. The app layer decides what a person may do from this;
 * the domain only answers "which roles does this oid hold, and where".
 */
import type { Elev, Oid, Organisasjon, Person, Skole } from './organisasjon';

export interface SkoleRolle {
  skoleId: string;
  rektor: boolean;
  ledelse: boolean;
  varselmottaker: boolean;
}

export interface Roller {
  oid: Oid;
  /** The person's record, from whichever list has it; absent for someone the organisation does not know. */
  person?: Person;
  /** Every school the person works at (a person may work at several, e.g. a shared assistant). */
  skoler: SkoleRolle[];
  kommunalsjef: boolean;
  administrator: boolean;
  /** Listed among the municipality's own case workers (kommune.saksbehandlere). */
  saksbehandler: boolean;
  /** A pupil (issue 25): reaches «Si fra» and what they said, nothing else. Set only for someone who is no staff anywhere. */
  elev?: { skoleId: string; elev: Elev };
}

export function finnSkole(org: Organisasjon, skoleId: string): Skole | undefined {
  return org.skoler.find((s) => s.id === skoleId);
}

export function erAnsattVed(skole: Skole, oid: Oid): boolean {
  return skole.ansatte.some((p) => p.oid === oid);
}

export function rollerFor(org: Organisasjon, oid: Oid): Roller {
  const skoler: SkoleRolle[] = [];
  let person: Person | undefined;
  for (const skole of org.skoler) {
    const rolle: SkoleRolle = {
      skoleId: skole.id,
      rektor: skole.rektor === oid,
      ledelse: skole.ledelse.includes(oid),
      varselmottaker: skole.varselmottakere.includes(oid),
    };
    const ansatt = skole.ansatte.find((p) => p.oid === oid);
    // A role listed without the person in `ansatte` breaks the file's invariants, but the role
    // still counts: leaving it out would hide a case from the very person it is routed to.
    if (ansatt || rolle.rektor || rolle.ledelse || rolle.varselmottaker) skoler.push(rolle);
    person ??= ansatt;
  }
  const kommunalsjef = org.kommune.kommunalsjefer.find((p) => p.oid === oid);
  const administrator = org.kommune.administratorer.find((p) => p.oid === oid);
  const saksbehandler = org.kommune.saksbehandlere.find((p) => p.oid === oid);
  person ??= kommunalsjef ?? saksbehandler ?? administrator ?? org.andre?.find((p) => p.oid === oid);
  const erAnsatt = !!person || skoler.length > 0 || !!kommunalsjef || !!administrator || !!saksbehandler;
  // A pupil is never staff: someone who also holds a staff role is treated as staff (the file refuses both).
  const elev = erAnsatt ? undefined : finnElev(org, oid);
  return {
    oid,
    ...(person ? { person } : {}),
    ...(elev ? { elev } : {}),
    skoler,
    kommunalsjef: kommunalsjef !== undefined,
    administrator: administrator !== undefined,
    saksbehandler: saksbehandler !== undefined,
  };
}

/** The school a pupil belongs to, and their record. */
export function finnElev(org: Organisasjon, oid: Oid): { skoleId: string; elev: Elev } | undefined {
  for (const skole of org.skoler) {
    const elev = skole.elever?.find((e) => e.oid === oid);
    if (elev) return { skoleId: skole.id, elev };
  }
  return undefined;
}
