/**
 * The aktivitetsplan (opplæringslova §12-4 third ledd): the written plan for one pupil, its
 * versions, its evaluations and what it must contain before it is put to use. Statsforvalteren
 * judges the school by this document. Evaluating the plan is in evaluering.ts.
 *
 * One plan per case. Its contents live in versions: version 1 is written and activated; an
 * evaluation that finds the pupil not safe (outcome 3) opens the next version, which is written
 * and activated the same way. Every version is kept and readable: the documentation is archive
 * material. The version in force is the latest activated one.
 */
import { erGyldigDato, erVirkedag, leggTilDager, nesteVirkedag } from './frister';
import type { Avslag, FeltAvslag } from './avslag';
import type { Oid } from './organisasjon';
import { MINSTE_ORD, erVurdering, type ElevensSvarMedHvorfor } from './elevensOpplevelse';

export const TILTAK_NIVAER = ['individ', 'gruppe', 'skole'] as const;
export type TiltakNiva = (typeof TILTAK_NIVAER)[number];


export interface Tiltak {
  id: string;
  beskrivelse: string;
  niva: TiltakNiva;
  /** A staff member, never the pupil or a parent; '' while the plan is being written. */
  ansvarlig: Oid | '';
  /** When the tiltak is carried out, in the school's own words ("uke 12–15, hvert friminutt"). */
  tidsrom: string;
  /** The responsible staff member's own note on how the tiltak works (the latest of `notater`). */
  evalueringsnotat: string;
  /** Every note written on the tiltak, oldest first, with who and when (plans from before have none). */
  notater?: Tiltaksnotat[];
}

export interface Tiltaksnotat {
  tekst: string;
  av: Oid;
  tid: string;
}

/** What one version of the plan says: the fields the plan editor writes. */
export interface PlanInnhold {
  /** Background and the investigations made. */
  bakgrunn: string;
  /** The case log entries (ids) the plan builds on. */
  loggIder: string[];
  /** The problem the tiltak shall solve. */
  problem: string;
  mal: string;
  tiltak: Tiltak[];
  /** YYYY-MM-DD when the tiltak are evaluated; '' means "the municipality's default after activation". */
  evalueringsdato: string;
  /** How the pupil was heard and what the pupil wants. */
  elevensStemme: string;
  foresattesSyn: string;
  barnetsBeste: string;
}

export interface PlanVersjon extends PlanInnhold {
  nr: number;
  opprettet: string;
  opprettetAv: Oid;
  /** Set once: an activated version is frozen, except each tiltak's own evaluation note. */
  aktivert?: { av: Oid; tid: string };
  /** The evaluation (id) whose outcome 3 opened this version. */
  fraEvaluering?: string;
}

/** The three conclusions an evaluation can reach (docs/domene.md). */
export const EVALUERING_UTFALL = ['gjenopprettet', 'gjenopprettet_tiltak_fortsetter', 'ikke_gjenopprettet'] as const;
export type EvalueringUtfall = (typeof EVALUERING_UTFALL)[number];


export interface TiltakVurdering {
  tiltakId: string;
  vurdering: string;
}

export interface Evaluering {
  id: string;
  /** YYYY-MM-DD the evaluation was held. */
  dato: string;
  /** Who took part (the pupil, parents, staff), as written. */
  deltakere: string;
  /** The plan version evaluated. */
  versjon: number;
  vurderinger: TiltakVurdering[];
  /** The pupil's own experience, in the pupil's words where possible. */
  elevensOpplevelse: string;
  /** «Opplever eleven skolemiljøet som trygt og godt?» (absent only on evaluations stored before it was asked). */
  elevensSvar?: ElevensSvarMedHvorfor;
  /** Outcome 1 although the pupil answered «nei» or «delvis»: the saksleder's written reason. */
  motEleven?: { begrunnelse: string; av: Oid };
  utfall: EvalueringUtfall;
  /** Outcome 2: the tiltak (ids) that continue, as the evaluation named them. */
  fortsetter?: string[];
  /** Required unless the outcome closes the plan: the plan is never left without a next date. */
  nesteEvalueringsdato?: string;
  av: Oid;
  tid: string;
}

/** utkast → aktiv → (evaluert, any number of times) → avsluttet. */
export const PLAN_STATUSER = ['utkast', 'aktiv', 'evaluert', 'avsluttet'] as const;
export type PlanStatus = (typeof PLAN_STATUSER)[number];


export interface Aktivitetsplan {
  id: string;
  sakId: string;
  skoleId: string;
  elevNavn: string;
  status: PlanStatus;
  versjoner: PlanVersjon[];
  evalueringer: Evaluering[];
  /** YYYY-MM-DD of the next evaluation while the plan is in force; '' otherwise. */
  nesteEvaluering: string;
  opprettet: string;
  opprettetAv: Oid;
}

/** Something missing or wrong at one field of the plan or the evaluation (its path, e.g. 'tiltak[2].ansvarlig'). */
export type Mangel = FeltAvslag;

export const TOMT_INNHOLD: PlanInnhold = {
  bakgrunn: '',
  loggIder: [],
  problem: '',
  mal: '',
  tiltak: [],
  evalueringsdato: '',
  elevensStemme: '',
  foresattesSyn: '',
  barnetsBeste: '',
};

export function nyPlan(p: { id: string; sakId: string; skoleId: string; elevNavn: string; av: Oid; tid: string }): Aktivitetsplan {
  return {
    id: p.id,
    sakId: p.sakId,
    skoleId: p.skoleId,
    elevNavn: p.elevNavn,
    status: 'utkast',
    versjoner: [{ ...TOMT_INNHOLD, loggIder: [], tiltak: [], nr: 1, opprettet: p.tid, opprettetAv: p.av }],
    evalueringer: [],
    nesteEvaluering: '',
    opprettet: p.tid,
    opprettetAv: p.av,
  };
}

/** The latest version: the one being written, or the one in force. */
export function sisteVersjon(plan: Aktivitetsplan): PlanVersjon {
  return plan.versjoner.at(-1)!;
}

/** The version whose tiltak are carried out now; undefined before the first activation. */
export function gjeldendeVersjon(plan: Aktivitetsplan): PlanVersjon | undefined {
  return plan.versjoner.findLast((v) => v.aktivert);
}

/** Whether the latest version may still be written: it is not yet activated, and the plan is not closed. */
export function kanRedigeres(plan: Aktivitetsplan): boolean {
  return plan.status !== 'avsluttet' && !sisteVersjon(plan).aktivert;
}

/**
 * Every missing item at once, each at its field, so the saksansvarlig fixes the plan in one pass,
 * not by trial. The legal minimum (§12-4) and, as the law also requires, elevens stemme (the
 * child's right to be heard) and the barnets beste-vurdering (the child's best interest).
 */
export function manglerIPlan(innhold: PlanInnhold, erAnsatt: (oid: Oid) => boolean): Mangel[] {
  const mangler: Mangel[] = [];
  const mangel = (felt: string, a: Avslag) => mangler.push({ ...a, felt } as Mangel);

  if (tom(innhold.problem)) mangel('problem', { kode: 'problem_mangler' });
  if (innhold.tiltak.length === 0) mangel('tiltak', { kode: 'tiltak_mangler' });
  innhold.tiltak.forEach((t, i) => {
    const felt = `tiltak[${i}]`;
    const nr = i + 1;
    if (tom(t.beskrivelse)) mangel(`${felt}.beskrivelse`, { kode: 'tiltak_beskrivelse_mangler', nr });
    if (tom(t.tidsrom)) mangel(`${felt}.tidsrom`, { kode: 'tiltak_tidsrom_mangler', nr });
    if (tom(t.ansvarlig)) mangel(`${felt}.ansvarlig`, { kode: 'tiltak_ansvarlig_mangler', nr });
    else if (!erAnsatt(t.ansvarlig)) mangel(`${felt}.ansvarlig`, { kode: 'tiltak_ansvarlig_ikke_ansatt', nr });
  });
  if (tom(innhold.evalueringsdato)) mangel('evalueringsdato', { kode: 'evalueringsdato_mangler' });
  else if (!erGyldigDato(innhold.evalueringsdato)) mangel('evalueringsdato', { kode: 'evalueringsdato_ugyldig' });
  if (tom(innhold.elevensStemme)) mangel('elevensStemme', { kode: 'elevens_stemme_mangler' });
  else if (!erVurdering(innhold.elevensStemme)) mangel('elevensStemme', ikkeVurdering('elevensStemme'));
  if (tom(innhold.barnetsBeste)) mangel('barnetsBeste', { kode: 'barnets_beste_mangler' });
  else if (!erVurdering(innhold.barnetsBeste)) mangel('barnetsBeste', ikkeVurdering('barnetsBeste'));
  return mangler;
}

/**
 * The default evaluation date: the municipality's number of weeks after activation (YYYY-MM-DD in,
 * out), moved to the next working day when it falls on a holiday, so the meeting can be held —
 * and, given the school calendar (`skoledag`, skolerute.ts), to the next school day, so it never
 * lands in the Christmas or summer holiday when the pupil is not at school.
 */
export function standardEvalueringsdato(aktiveringsdato: string, uker: number, skoledag?: (dato: string) => string): string {
  const dato = leggTilDager(aktiveringsdato, uker * 7);
  if (skoledag) return skoledag(dato);
  return erVirkedag(dato) ? dato : nesteVirkedag(dato);
}

export type Aktivering = { ok: true; plan: Aktivitetsplan } | { ok: false; mangler: Mangel[]; avslag?: Avslag };

/**
 * Activates the latest version. An empty evaluation date takes the municipality's default; the
 * chosen date must not lie before the activation. The plan's next evaluation is that date.
 */
export function aktiver(
  plan: Aktivitetsplan,
  p: { av: Oid; tid: string; idag: string; ukerTilEvaluering: number; erAnsatt: (oid: Oid) => boolean; skoledag?: (dato: string) => string },
): Aktivering {
  if (plan.status === 'avsluttet') return { ok: false, mangler: [], avslag: { kode: 'plan_avsluttet' } };
  const versjon = sisteVersjon(plan);
  if (versjon.aktivert) return { ok: false, mangler: [], avslag: { kode: 'versjon_aktivert' } };
  const innhold: PlanInnhold = {
    ...versjon,
    evalueringsdato: tom(versjon.evalueringsdato) ? standardEvalueringsdato(p.idag, p.ukerTilEvaluering, p.skoledag) : versjon.evalueringsdato,
  };
  const mangler = manglerIPlan(innhold, p.erAnsatt);
  if (mangler.length === 0 && innhold.evalueringsdato < p.idag) {
    mangler.push({ kode: 'evalueringsdato_for_idag', felt: 'evalueringsdato' });
  }
  if (mangler.length > 0) return { ok: false, mangler };
  const ny: Aktivitetsplan = structuredClone(plan);
  ny.versjoner[ny.versjoner.length - 1] = { ...versjon, evalueringsdato: innhold.evalueringsdato, aktivert: { av: p.av, tid: p.tid } };
  // A revision activated after an evaluation keeps the date that evaluation set, unless the revision sets an earlier one.
  ny.nesteEvaluering = ny.nesteEvaluering && ny.nesteEvaluering < innhold.evalueringsdato ? ny.nesteEvaluering : innhold.evalueringsdato;
  // A revision put to use is in force and not yet evaluated: the plan is active again, not «evaluert».
  ny.status = 'aktiv';
  return { ok: true, plan: ny };
}

/** The tiltak a staff member is responsible for, in the version in force (or the latest, before activation). */
export function tiltakFor(plan: Aktivitetsplan, oid: Oid): Tiltak[] {
  const versjon = gjeldendeVersjon(plan) ?? sisteVersjon(plan);
  return versjon.tiltak.filter((t) => t.ansvarlig === oid);
}

/**
 * Whether this person is responsible for a tiltak in the version in force. A draft gives nobody
 * anything: a name written into an unactivated version (anyone's, even at another school) reads
 * nothing until rektor's side has activated it.
 */
export function erTiltaksansvarlig(plan: Aktivitetsplan, oid: Oid): boolean {
  return gjeldendeVersjon(plan)?.tiltak.some((t) => t.ansvarlig === oid) ?? false;
}

/** A «.» or one word where an assessment is required: refused with the minimum of words (elevensOpplevelse.ts). */
export function ikkeVurdering(hva: 'elevensStemme' | 'barnetsBeste' | 'begrunnelse'): Avslag {
  return { kode: 'ikke_vurdering', hva, minsteOrd: MINSTE_ORD };
}

export function tom(tekst: string): boolean {
  return tekst.trim() === '';
}
