/**
 * The sak (case) that a varsel opens: one aggregate, stored as one record.
 * Pending notifications (utboks) and audit entries (revisjon) ride on the record,
 * so that every change is one write even where the store has no transactions.
 */
import type { Oid } from './organisasjon';
import type { InvolvertAnsatt, Klassifisering, VarselInnhold } from './varsel';

export const STATUSER = ['ny', 'mottatt', 'undersokes', 'tiltak', 'avsluttet', 'avsluttet_uten_tiltak'] as const;
export type Status = (typeof STATUSER)[number];

/** Everything a person can do to a case. Each is a verb on the card. */
export const HANDLINGER = ['ta_imot', 'tildel', 'start_undersokelse', 'opprett_plan', 'avslutt_uten_tiltak', 'avslutt', 'meld_skoleeier', 'omklassifiser'] as const;
export type Handling = (typeof HANDLINGER)[number];

/**
 * Who may see and work the case, decided at routing time:
 * - skole: the school's varselmottakere (rektor first)
 * - rektor: rektor only (§12-5: someone who works at the school, not in the leadership)
 * - skoleeier: kommunalsjef only (someone in the school's leadership is implicated)
 */
export type Kanal = 'skole' | 'rektor' | 'skoleeier';

export interface Ruting {
  kanal: Kanal;
  /** Receivers the varsel is delivered to at once. */
  mottakere: Oid[];
  /** Tried in order when nobody in `mottakere` can be reached. */
  reserve: Oid[];
  /** §12-5: skoleeier (kommunalsjef) is told, fulfilling rektor's duty to report on. */
  skoleeierInformeres: boolean;
  /** Marked "straks" (§12-5 and leadership cases). */
  straks: boolean;
  /** People who may never see this case (the school's leadership when it is implicated), fixed at routing time. */
  skjermetFor: Oid[];
  /** Set when a receiver classified or reclassified the case; absent: the reporter's answer stands. */
  klassifisering?: Klassifisering;
}

/**
 * What the kommunalsjef (skoleeier) may do from her card besides reading (src/app/skoleeierSteg.ts):
 * ask rektor to follow the case up, or take the case over as skoleeier. Not lifecycle steps: the case's
 * status stays as it is.
 */
export const SKOLEEIER_STEG = ['be_om_oppfolging', 'ta_over'] as const;
export type SkoleeierSteg = (typeof SKOLEEIER_STEG)[number];

/**
 * The pupil raised it themselves, from Teams (issue 25; rules in fraEleven.ts): the case's `varsletAv`
 * is the pupil; `tid` starts §12-6's week.
 */
export interface FraEleven {
  tid: string;
  /** About the pupil themselves, or about another pupil. */
  gjelder: 'seg_selv' | 'annen';
  /** The adult the pupil wants to talk with, from the school's list (or their kontaktlærer). */
  snakkeMed?: Oid;
  /** Whether that adult was sent a card (not when the case is about an adult at the school). */
  snakkeMedVarslet?: boolean;
}

/** One entry in the case's own history, shown on the card ("who did what, when"). */
export interface Hendelse {
  nr: number;
  handling: Handling | 'sendt' | 'levert' | 'levering_feilet' | 'skoleeier_informert' | 'skoleeier_ikke_informert' | SkoleeierSteg;
  av: Oid;
  tid: string;
  /** Short, non-sensitive detail, e.g. the oid of an assigned saksansvarlig. */
  til?: Oid;
  begrunnelse?: string;
  /** ta_imot/omklassifiser: the classification the receiver chose. */
  klassifisering?: Klassifisering;
  /** Where a person's decision was made: in a chat card or in the tab (said to whoever acts on an older copy). */
  via?: 'kort' | 'fane';
}

/**
 * One copy of the case's card: who holds it and as what, and where it is, so every copy can be
 * updated. A person may hold several (rektor who reports a varsel has the receipt and the case card).
 */
export interface Delivery {
  oid: Oid;
  /** 'paminnelse': a reminder, an escalation or the kommunalsjef's request, each its own message (grunn says which). */
  rolle: 'mottaker' | 'informert' | 'varsler' | 'saksansvarlig' | 'paminnelse';
  status: 'venter' | 'levert' | 'uoppnaelig';
  conversationId?: string;
  activityId?: string;
  tid: string;
  /** For rolle 'paminnelse': what the card asked for, so an update says what is true now (src/app/paaminnelseKopier.ts). */
  grunn?: { type: string; av?: Oid; tid: string; evalueringsdato?: string; /** Sent as the evaluation's form, not a case card. */ skjema?: true };
}

/** Who one record of informing is about: the pupil, or one parent/guardian. */
export type InformertHvem = 'elev' | 'foresatt';

export interface Informering {
  /** YYYY-MM-DD they were told. */
  dato: string;
  /** How: a talk, a phone call, a letter through the school's message system, a meeting. */
  hvordan: string;
  /**
   * One record per person told. Absent only in records made before each person was recorded on
   * their own; those said «eleven og foresatte» in one line.
   */
  hvem?: InformertHvem;
  /** Which parent or guardian, as written («mor», «far, Ole Hansen»); for hvem 'foresatt'. */
  navn?: string;
  elev: boolean;
  foresatte: boolean;
  av: Oid;
  tid: string;
}

/**
 * The closing form's rows, one per person: the pupil and up to two parents/guardians. The field names
 * are the same on the card, in the tab and in the API, so one parser reads them all.
 */
export const INFORMERT_RADER = [
  { hvem: 'elev', hvordan: 'informertElevHvordan', dato: 'informertElevDato' },
  { hvem: 'foresatt', navn: 'informertForesatt1Navn', hvordan: 'informertForesatt1Hvordan', dato: 'informertForesatt1Dato' },
  { hvem: 'foresatt', navn: 'informertForesatt2Navn', hvordan: 'informertForesatt2Hvordan', dato: 'informertForesatt2Dato' },
] as const satisfies readonly { hvem: InformertHvem; navn?: string; hvordan: string; dato: string }[];
export type InformertRad = (typeof INFORMERT_RADER)[number];
export const INFORMERT_FELT: readonly string[] = INFORMERT_RADER.flatMap((r): string[] => ['navn' in r ? r.navn : '', r.hvordan, r.dato].filter((f) => f !== ''));

/** Whether both the pupil and the parents have been told (in one record or in two). */
export function elevOgForesatteInformert(sak: Pick<Sak, 'informert'>): boolean {
  const liste = sak.informert ?? [];
  return liste.some((i) => i.elev) && liste.some((i) => i.foresatte);
}

export interface Sak {
  /** Assigned by the store. */
  id: string;
  /** Human case number shown to people, e.g. "2026-17". */
  saksnummer: string;
  skoleId: string;
  ruting: Ruting;
  /** The version of the school's varslingsliste the varsel was routed by (absent when routed from a file). */
  varslingslisteVersjon?: number;
  status: Status;
  varsel: VarselInnhold;
  varsletAv: Oid;
  opprettet: string;
  /** The pupil raised it themselves, from Teams (issue 25); `varsletAv` is then the pupil. */
  fraEleven?: FraEleven;
  saksansvarlig?: Oid;
  planId?: string;
  /**
   * §12-5: the employee the case is about (from the varsel, or added or corrected by the receiver at
   * receipt). A named person of the organisation is kept out of the case entirely (tilgang.ts: erSkjermet):
   * never receiver, saksansvarlig, a tiltak's owner or a reader.
   */
  involvertAnsatt?: InvolvertAnsatt & { av: Oid; tid: string };
  /** Rektor reported the case on to skoleeier, with a short reason. */
  meldtSkoleeier?: { av: Oid; tid: string; begrunnelse?: string };
  /** motEleven: closed although the pupil's latest answer was «nei» or «delvis», and why (printed in the documentation and the letter). */
  avslutning?: { av: Oid; tid: string; begrunnelse: string; motEleven?: string };
  /**
   * The school did not receive the varsel within the deadline, so it was passed on to skoleeier
   * (the reminder sweep, src/app/paaminnelser): from then on kommunalsjef reads it to follow it up.
   */
  eskalertSkoleeier?: { tid: string };
  /**
   * The kommunalsjef took the case over as skoleeier (from her escalation card): from then she
   * receives, decides and closes it beside rektor, and is its saksansvarlig (src/app/skoleeierSteg.ts).
   */
  overtattAvSkoleeier?: { av: Oid; tid: string };
  /**
   * A copy was taken into the municipality's archive (docs/oppbevaring.md). The case is kept here
   * as it was: marking records where the archive copy is, it deletes nothing.
   */
  arkivert?: { tid: string; referanse: string };
  /** When and how pupil and parents were told (of the case's outcome, the plan and their right to go to Statsforvalteren). */
  informert?: Informering[];
  /** What the case is about (src/domain/sakstema.ts), chosen at receipt or later; for the yearly figures. */
  tema?: { id: string; av: Oid; tid: string };
  historikk: Hendelse[];
  leveringer: Delivery[];
}
