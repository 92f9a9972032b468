/**
 * The organisation as stored (lists `organisasjon` and `ansatte`, src/store/schema.ts). The
 * routing and authorization read the domain's `Organisasjon`, built from these by bygg.ts.
 */
import type { Elevkontakt, Kommune, Kontaktinfo, Oid, Person, Rolleendring, Trinn } from '../domain/organisasjon';

/** Who changed something: a person's oid, the Entra sync, or an import of the organisation file. */
export type Endrer = Oid | 'synk' | 'import';

/**
 * One version of a school's varslingsliste: everything the routing of a varsel reads from the
 * school. Versions are never changed; a change makes the next version, so the list a varsel was
 * routed by (its version is on the case) can always be shown as it was.
 */
export interface Varslingsliste {
  versjon: number;
  rektor: Oid;
  /** Rektor, inspektører, avdelingsledere. */
  ledelse: Oid[];
  /** Rektor and those rektor delegates receiving to, in the order they are tried. */
  varselmottakere: Oid[];
  av: Endrer;
  /** ISO time of the change. */
  tid: string;
}

/**
 * Where the school's people come from in Entra ID. A Team is a Microsoft 365 group with the same
 * id, so both are read the same way (group membership); `kilde` only says what the admin chose.
 */
export interface Kobling {
  kilde: 'gruppe' | 'team';
  gruppeId: string;
}

export interface SkoleData {
  id: string;
  navn: string;
  /** Phone, e-mail, postal address for the letters (absent in data stored before it was kept). */
  kontakt?: Kontaktinfo;
  kobling?: Kobling;
  /** The current list; absent until the admin names a rektor (the school takes no varsler before). */
  varslingsliste?: Varslingsliste;
  /** Earlier versions, oldest first. */
  historikk: Varslingsliste[];
  /** Issue 25: the pupils' Entra groups, the words for their age, the adults they may choose. */
  elev?: ElevOppsett;
}

export interface ElevOppsett {
  grupper: string[];
  trinn?: Trinn;
  kontakter: Elevkontakt[];
}

/** The municipality as stored: the domain's Kommune (its people, contact, målform, themes), its tenant and its people's history. */
export interface KommuneData extends Pick<Kommune, 'id' | 'navn' | 'kontakt' | 'kommunalsjefer' | 'administratorer' | 'saksbehandlere' | 'malform' | 'sakstemaer'> {
  tenantId: string;
  /** Every change of the municipality's people, oldest first (absent in data stored before it was kept). */
  historikk?: Rolleendring[];
}


export interface AnsattData extends Person {
  /** Entra groups (of those the schools are connected to) the person is a member of, from the sync. */
  grupper: string[];
  /** Schools the person is placed at directly: by the organisation file, or named rektor by the admin. */
  skoler: string[];
  /** A pupil placed by the organisation file (issue 25): their school(s), class and kontaktlærer. */
  elev?: { skoler: string[]; klasse?: string; kontaktlaerer?: Oid };
}

/** Where the Entra sync left off (delta links), kept in the store so a restart continues from there. */
export interface SyncTilstand {
  /**
   * Group delta chains: Graph filters a group delta on at most 50 ids, so the connected groups are
   * read in chains of up to 50. A newly connected group starts a new chain (read in full once);
   * the chains already running are not disturbed.
   */
  kjeder: { grupper: string[]; lenke?: string }[];
  /** The users delta link (names, job titles, deleted accounts). */
  brukere?: string;
  sistFullfort?: string;
  /** The last run that completed: who started it and what changed (the admin page shows it). */
  sisteKjoring?: SyncKjoring;
  /** When the last run that failed started, if it failed after the last completed one (the details are in the log). */
  sistFeilet?: string;
  /** Why it failed, in a kind an administrator can act on (the admin page says it in words). */
  sistFeilGrunn?: SyncFeilGrunn;
}

/** permission missing (401/403), a group not found (404), Graph unavailable (no answer, throttled, 5xx), or other. */
export type SyncFeilGrunn = 'tillatelse' | 'ikke_funnet' | 'utilgjengelig' | 'ukjent';

/** Who started a sync: the timer, or an administrator from the admin page. */
export type SyncStarter = Oid | 'tidsplan';

export interface SyncKjoring {
  tid: string;
  av: SyncStarter;
  /** People who appeared at a school for the first time. */
  nye: number;
  /** People whose groups, name or title changed (those who left included). */
  endret: number;
  /** People who left a school's group, or whose account was deleted. */
  sluttet: number;
  /** Groups read in full (a newly connected group, or the first sync). */
  grupperLestHelt: number;
}
