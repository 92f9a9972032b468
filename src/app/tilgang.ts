/**
 * Who may see and do what with a sak. This is THE authorization check: the bot and the tab
 * only hide buttons for convenience; every use case asks these functions against the stored
 * case and the acting person's object id.
 *
 * The rule that matters most: when the school's leadership is implicated (kanal 'skoleeier'),
 * nobody in that school's leadership (at routing time or now) nor rektor's delegates may see
 * the case at all — not even that it exists. Only kommunalsjef does.
 *
 * Data minimisation: kommunalsjef (skoleeier) reads the content only of cases that were routed,
 * reported on or passed on to skoleeier; of the others skoleeier sees figures, not content. The
 * administrator (municipal IT) configures and never reads case content.
 */
import { erTiltaksansvarlig, type Aktivitetsplan } from '../domain/aktivitetsplan';
import type { Organisasjon, Oid } from '../domain/organisasjon';
import type { Handling, Sak, SkoleeierSteg } from '../domain/sak';
import type { ElevensSvar } from '../domain/elevensOpplevelse';
import { finnSkole, rollerFor } from '../domain/roller';
import { erAvsluttet, muligeHandlinger } from '../domain/livslop';
import { OMKLASSIFISERING, gjeldendeKlassifisering } from '../domain/routing';

/** 'full': the case and its handling; 'varsler': the reporter's view of their own varsel. */
export type Innsyn = 'full' | 'varsler';

/** Hidden from this person altogether (a case about their school's leadership). */
export function erSkjermet(org: Organisasjon, sak: Sak, oid: Oid): boolean {
  if (sak.ruting.skjermetFor.includes(oid)) return true;
  // §12-5: the employee the case is about never sees it, on any route.
  if (erInvolvertAnsatt(sak, oid)) return true;
  if (sak.ruting.kanal !== 'skoleeier') return false;
  // The kommunalsjef is who a leadership case is for, even if also listed at a school (routing agrees).
  if (rollerFor(org, oid).kommunalsjef) return false;
  // Leadership changes over time: today's leaders of the school are kept out too.
  const skole = finnSkole(org, sak.skoleId);
  return !!skole && (skole.ledelse.includes(oid) || skole.rektor === oid || skole.varselmottakere.includes(oid));
}

/** The employee the case is about (§12-5), as named in the varsel or by the receiver. */
export function erInvolvertAnsatt(sak: Pick<Sak, 'involvertAnsatt'>, oid: Oid): boolean {
  return !!sak.involvertAnsatt && 'oid' in sak.involvertAnsatt && sak.involvertAnsatt.oid === oid;
}

/** Those who receive and decide on the case (not a saksansvarlig, who works it). */
export function erBehandler(org: Organisasjon, sak: Sak, oid: Oid): boolean {
  if (erSkjermet(org, sak, oid)) return false;
  const roller = rollerFor(org, oid);
  if (sak.ruting.kanal === 'skoleeier') return roller.kommunalsjef;
  if (harOvertatt(org, sak, oid)) return true;
  // Nobody at the school could be reached and the varsel went on to kommunalsjef: they may act on it.
  if (roller.kommunalsjef && sak.leveringer.some((l) => l.oid === oid && l.rolle === 'mottaker')) return true;
  const skolerolle = roller.skoler.find((s) => s.skoleId === sak.skoleId);
  if (!skolerolle) return false;
  // §12-5 cases go to rektor; leaders rektor delegated receiving to stand in (the routing's reserve),
  // delegates outside the leadership (e.g. a sosiallærer) do not: the employee may be one of them.
  if (sak.ruting.kanal === 'rektor') return skolerolle.rektor || (skolerolle.ledelse && skolerolle.varselmottaker);
  return skolerolle.varselmottaker || skolerolle.rektor;
}

export function innsyn(org: Organisasjon, sak: Sak, oid: Oid): Innsyn | null {
  if (erSkjermet(org, sak, oid)) {
    // A leader who reported it themselves may still see their own receipt.
    return sak.varsletAv === oid ? 'varsler' : null;
  }
  if (erBehandler(org, sak, oid)) return 'full';
  if (rollerFor(org, oid).kommunalsjef && erMeldtSkoleeier(sak)) return 'full';
  if (sak.saksansvarlig === oid) return 'full';
  if (sak.varsletAv === oid) return 'varsler';
  return null;
}

/** What a saksansvarlig who is not a behandler may do: work the case, not decide on it. */
const SAKSANSVARLIG_HANDLINGER: readonly Handling[] = ['start_undersokelse', 'opprett_plan'];

/** Closing is rektor's responsibility, which cannot be delegated (kommunalsjef's for cases about the leadership). */
const SAKSLEDER_HANDLINGER: readonly Handling[] = ['avslutt', 'avslutt_uten_tiltak'];

export interface HandlingsKontekst {
  planEvaluertTrygg: boolean;
  elevensOpplevelseLogget?: boolean;
  /** The pupil's latest answer, «nei» or «delvis», not yet closed against (null: none binds). */
  elevIkkeTrygg?: ElevensSvar | null;
  /** The latest answer was «nei»/«delvis» and an evaluation already concluded against it: its written reason. */
  motEleven?: string | null;
}

/**
 * The one who answers for the case: rektor of the school, or kommunalsjef for a case routed to
 * skoleeier. Never a delegate: rektor may delegate receiving varsler, not the responsibility.
 */
export function erSaksleder(org: Organisasjon, sak: Sak, oid: Oid): boolean {
  if (erSkjermet(org, sak, oid)) return false;
  if (sak.ruting.kanal === 'skoleeier') return rollerFor(org, oid).kommunalsjef;
  return finnSkole(org, sak.skoleId)?.rektor === oid || harOvertatt(org, sak, oid);
}

/** The kommunalsjef who took the case over as skoleeier, while she still is one. */
function harOvertatt(org: Organisasjon, sak: Sak, oid: Oid): boolean {
  return sak.overtattAvSkoleeier?.av === oid && rollerFor(org, oid).kommunalsjef;
}

/** Why a kommunalsjef may not take a skoleeier step on this case (src/app/skoleeierSteg.ts); undefined: she may. */
export type SkoleeierAvslag = 'ikke_kommunalsjef' | 'avsluttet' | 'ledelsessak' | 'ingen_rektor' | 'overtatt_av_annen';

/**
 * Skoleeier's steps on a school's case she reads (a §12-5 case, one rektor reported on, or one passed on
 * because the school did not receive it): ask rektor to follow it up, or take it over. Not a case about the
 * leadership: rektor may never see it, and it is the kommunalsjef's own case already. Not a closed case.
 */
export function skoleeierAvslag(org: Organisasjon, sak: Sak, oid: Oid, steg: SkoleeierSteg): SkoleeierAvslag | undefined {
  if (!rollerFor(org, oid).kommunalsjef || innsyn(org, sak, oid) !== 'full') return 'ikke_kommunalsjef';
  if (sak.ruting.kanal === 'skoleeier') return 'ledelsessak';
  if (erAvsluttet(sak.status)) return 'avsluttet';
  if (steg === 'be_om_oppfolging') {
    const rektor = finnSkole(org, sak.skoleId)?.rektor;
    return rektor && innsyn(org, sak, rektor) === 'full' ? undefined : 'ingen_rektor';
  }
  return sak.overtattAvSkoleeier && sak.overtattAvSkoleeier.av !== oid ? 'overtatt_av_annen' : undefined;
}

/**
 * What a person may see of a case's aktivitetsplan: 'full' (see and edit) for rektor and the
 * receivers, the saksansvarlig, and kommunalsjef once the case is routed or reported to skoleier;
 * 'tiltak' for a staff member responsible for a tiltak in the version in force (their tiltak and its
 * dates only; a draft's named owners get nothing);
 * nothing for anyone else, the reporter included (who sees the case's status only).
 */
export function planInnsyn(org: Organisasjon, sak: Sak, plan: Aktivitetsplan | undefined, oid: Oid): 'full' | 'tiltak' | null {
  if (erSkjermet(org, sak, oid)) return null;
  if (erBehandler(org, sak, oid) || sak.saksansvarlig === oid) return 'full';
  if (rollerFor(org, oid).kommunalsjef && erMeldtSkoleeier(sak)) return 'full';
  // Through the plan only from the version in force, and only a valid owner (the school's staff, not hidden from).
  if (plan && erTiltaksansvarlig(plan, oid) && kanHaTiltak(org, sak, oid)) return 'tiltak';
  return null;
}

/** Who may keep the case log: those who work the case (not a reader such as an uninvolved kommunalsjef). */
export function kanLoggfore(org: Organisasjon, sak: Sak, oid: Oid): boolean {
  return planInnsyn(org, sak, undefined, oid) === 'full';
}

/**
 * Skoleeier already knows when rektor reported on, when skoleeier was told automatically (§12-5),
 * when the school left the varsel unreceived past its deadline, or when the case went to skoleeier
 * in the first place.
 */
export function erMeldtSkoleeier(sak: Sak): boolean {
  return !!sak.meldtSkoleeier || !!sak.eskalertSkoleeier || sak.ruting.skoleeierInformeres || sak.ruting.kanal === 'skoleeier';
}

/** Whether this person's role lets them take this action on this case at all (lifecycle aside). */
export function rollenTillater(org: Organisasjon, sak: Sak, oid: Oid, handling: Handling): boolean {
  if (SAKSLEDER_HANDLINGER.includes(handling)) return erSaksleder(org, sak, oid);
  if (erBehandler(org, sak, oid)) return true;
  return sak.saksansvarlig === oid && !erSkjermet(org, sak, oid) && SAKSANSVARLIG_HANDLINGER.includes(handling);
}

/** The actions this person may take on this case now (role and lifecycle both). */
export function tillatteHandlinger(org: Organisasjon, sak: Sak, oid: Oid, ktx: HandlingsKontekst): Handling[] {
  const mulige = muligeHandlinger(sak.status, {
    planEvaluertTrygg: ktx.planEvaluertTrygg,
    elevensOpplevelseLogget: ktx.elevensOpplevelseLogget ?? false,
    alleredeMeldt: erMeldtSkoleeier(sak),
  });
  return mulige.filter((h) => rollenTillater(org, sak, oid, h) && (h !== 'omklassifiser' || OMKLASSIFISERING[gjeldendeKlassifisering(sak)].length > 0));
}

/**
 * Who a case may be assigned to: the school's staff; for a case about the school's leadership,
 * a kommunalsjef or one of the municipality's own case workers (kommune.saksbehandlere), never
 * anyone in that school's leadership (nobody at that school should investigate their own leaders).
 */
export function kanVaereSaksansvarlig(org: Organisasjon, sak: Sak, oid: Oid): boolean {
  if (erSkjermet(org, sak, oid)) return false;
  const roller = rollerFor(org, oid);
  if (sak.ruting.kanal === 'skoleeier') return roller.kommunalsjef || roller.saksbehandler;
  // Nobody at the school could be reached and the varsel went on to kommunalsjef: they may act on it.
  if (roller.kommunalsjef && sak.leveringer.some((l) => l.oid === oid && l.rolle === 'mottaker')) return true;
  if (harOvertatt(org, sak, oid)) return true;
  return roller.skoler.some((s) => s.skoleId === sak.skoleId);
}

/**
 * Who may be responsible for a tiltak: a staff member of the school (never the pupil or a parent),
 * and never someone the case is hidden from (the leadership, when it is implicated).
 */
export function kanHaTiltak(org: Organisasjon, sak: Sak, oid: Oid): boolean {
  const skole = finnSkole(org, sak.skoleId);
  return !!skole && skole.ansatte.some((p) => p.oid === oid) && !erSkjermet(org, sak, oid);
}
