/** A small organisation whose people are named by role, so routing tests read like the rule. */
import type { Oid, Organisasjon, Person, Skole } from '../../src/domain/organisasjon';

/** Readable fake GUIDs: oid(101) → '00000000-0000-4000-8000-000000000101'. */
export const oid = (n: number): Oid => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const TENANT = oid(0);
export const KOMMUNALSJEF = oid(1);
export const ADMIN = oid(3);

export const REKTOR = oid(101);
export const INSPEKTOR = oid(102);
/** Varselmottaker, not in the leadership. */
export const SOSIALLAERER = oid(103);
/** In the leadership, not varselmottaker. */
export const AVDELINGSLEDER = oid(104);
export const LAERER = oid(105);
/** Works at both schools. */
export const DELT_ASSISTENT = oid(301);

export const REKTOR_B = oid(201);
export const INSPEKTOR_B = oid(202);

export const person = (o: Oid, navn: string, stilling: string): Person => ({ oid: o, navn, stilling });

export function skoleA(endring: Partial<Skole> = {}): Skole {
  return {
    id: 'a',
    navn: 'Skole A',
    ansatte: [
      person(REKTOR, 'Rita Rektor', 'rektor'),
      person(INSPEKTOR, 'Ivar Inspektør', 'inspektør'),
      person(SOSIALLAERER, 'Siri Sosiallærer', 'sosiallærer'),
      person(AVDELINGSLEDER, 'Anders Avdelingsleder', 'avdelingsleder'),
      person(LAERER, 'Lise Lærer', 'lærer'),
      person(DELT_ASSISTENT, 'Dag Assistent', 'assistent'),
    ],
    rektor: REKTOR,
    ledelse: [REKTOR, INSPEKTOR, AVDELINGSLEDER],
    varselmottakere: [REKTOR, INSPEKTOR, SOSIALLAERER],
    ...endring,
  };
}

export function skoleB(endring: Partial<Skole> = {}): Skole {
  return {
    id: 'b',
    navn: 'Skole B',
    ansatte: [
      person(REKTOR_B, 'Bente Rektor', 'rektor'),
      person(INSPEKTOR_B, 'Bjørn Inspektør', 'inspektør'),
      person(DELT_ASSISTENT, 'Dag Assistent', 'assistent'),
    ],
    rektor: REKTOR_B,
    ledelse: [REKTOR_B, INSPEKTOR_B],
    varselmottakere: [REKTOR_B, INSPEKTOR_B],
    ...endring,
  };
}

export function organisasjon(endring: Partial<Organisasjon> = {}): Organisasjon {
  return {
    tenantId: TENANT,
    kommune: {
      id: 'k',
      navn: 'Testkommune',
      kommunalsjefer: [person(KOMMUNALSJEF, 'Kari Kommunalsjef', 'kommunalsjef')],
      administratorer: [person(ADMIN, 'Arne Admin', 'IT-rådgiver')],
      saksbehandlere: [],
    },
    skoler: [skoleA(), skoleB()],
    ...endring,
  };
}
