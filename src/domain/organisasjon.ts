/**
 * The organisation: one municipality (skoleeier) with its schools and people.
 * People are identified by Entra object id (oid), never by name or e-mail.
 */
import type { Fristinnstillinger } from './fristinnstillinger';

export type Oid = string;

export interface Person {
  oid: Oid;
  /** Teams display name, shown in cards; never logged. */
  navn: string;
  /** Free text job title, e.g. "lærer", "assistent", "vaktmester". */
  stilling: string;
}

/** How a family reaches the school or the kommune; printed in the letters only where it is set. */
export interface Kontaktinfo {
  telefon?: string;
  epost?: string;
  postadresse?: string;
}

export interface Skole {
  id: string;
  navn: string;
  /** Kept by rektor or an administrator (the organisation pages); absent until someone sets it. */
  kontakt?: Kontaktinfo;
  /** Everyone who works at the school, leaders included. */
  ansatte: Person[];
  rektor: Oid;
  /** The school's leadership (rektor, inspektør, avdelingsledere); rektor is always included. */
  ledelse: Oid[];
  /** Rektor and those rektor delegates receiving varsler to, in the order they are tried. Rektor first. */
  varselmottakere: Oid[];
  /**
   * Which version of the school's varslingsliste (ledelse and varselmottakere) this is; stored on
   * each case routed by it. Absent for an organisation read straight from a file.
   */
  varslingslisteVersjon?: number;
  /** The school's pupils (issue 25): they may tell an adult («Si fra»), and reach nothing else. Never staff. */
  elever?: Elev[];
  /** Which words the pupils' pages use (barnetrinn, ungdomstrinn, videregående); barnetrinn when not set. */
  trinn?: Trinn;
  /** The adults a pupil may choose to talk with, as the school keeps the list (kontaktlærer comes from the pupil). */
  elevkontakter?: Elevkontakt[];
  /** Entra groups whose members are the school's pupils (the Entra sync reads them). */
  elevgrupper?: string[];
}

export const TRINN = ['barnetrinn', 'ungdomstrinn', 'videregaende'] as const;
export type Trinn = (typeof TRINN)[number];

/** A pupil: known from Entra (the school's pupil groups) or the organisation file. */
export interface Elev {
  oid: Oid;
  navn: string;
  klasse?: string;
  /** The pupil's kontaktlærer, one of the school's staff. */
  kontaktlaerer?: Oid;
}

export const ELEVKONTAKT_ROLLER = ['kontaktlaerer', 'helsesykepleier', 'sosiallaerer', 'rektor'] as const;
export type ElevkontaktRolle = (typeof ELEVKONTAKT_ROLLER)[number];

/** An adult of the school a pupil may ask to talk with. */
export interface Elevkontakt {
  rolle: ElevkontaktRolle;
  oid: Oid;
}

export interface Kommune {
  id: string;
  navn: string;
  /** The kommune's contact for cases about a school's leadership (kept by an administrator). */
  kontakt?: Kontaktinfo;
  /** Kommunalsjef(er) for schools: the school owner's representatives. */
  kommunalsjefer: Person[];
  /** Municipal IT: configure, no case content. */
  administratorer: Person[];
  /**
   * The municipality's own case workers outside the schools (e.g. an innsatsteam): a case about a
   * school's leadership may be assigned to them, never to anyone in that school's leadership.
   */
  saksbehandlere: Person[];
  /** Reminder and escalation limits; the defaults (STANDARD_FRISTER) when the file sets none. */
  frister?: Fristinnstillinger;
  /** Weeks from a plan's activation to its default evaluation date; 3 when not set. */
  evalueringEtterUker?: number;
  /** The themes a case can be given (issue 23, src/domain/sakstema.ts); the default list when not set. */
  sakstemaer?: { id: string; navn?: string }[];
  /**
   * The municipality's official written form (målform): what the record is written in (the
   * documentation, the history, reports) and what people read when nothing else says. Bokmål when not set.
   */
  malform?: Malform;
}

export type Malform = 'nb' | 'nn';

export interface Organisasjon {
  /** Entra tenant id the people belong to. */
  tenantId: string;
  kommune: Kommune;
  skoler: Skole[];
  /**
   * People of the tenant known by name who work at no school now (reported a varsel from outside
   * the schools, or left their school): named on the cases they reported; no role anywhere.
   */
  andre?: Person[];
}

/** A role that reads cases, changed: who did it, when, and who held it before and after. */
export interface Rolleendring {
  rolle: 'kommunalsjef' | 'saksbehandler' | 'rektor';
  /** The school, for rektor. */
  skoleId?: string;
  av: Oid;
  tid: string;
  for: Person[];
  etter: Person[];
}
