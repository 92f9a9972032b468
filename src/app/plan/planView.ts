/**
 * What one person may see of an aktivitetsplan, ready to render as a card, a page or a PDF.
 * Built only after the access check (lesPlan.ts): a tiltak-responsible staff member gets their own
 * tiltak and the plan's dates, not the rest of the plan.
 */
import { gjeldendeVersjon, kanRedigeres, manglerIPlan, sisteVersjon, standardEvalueringsdato, tiltakFor, type Aktivitetsplan, type EvalueringUtfall, type PlanStatus, type PlanVersjon, type TiltakNiva } from '../../domain/aktivitetsplan';
import { osloDato } from '../../domain/frister';
import { avslagTekst } from '../../i18n/aktiv';
import type { Organisasjon, Oid } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import type { AppKontekst } from '../kontekst';
import { skoledagI } from '../skolear/kalender';
import { svarView, type ElevensSvarView } from '../elevensSvarSkjema';
import { navnPaa } from '../sakView';
import { kanHaTiltak } from '../tilgang';
import { NIVA_TEKST, PLAN_STATUS_TEKST, UTFALL_TEKST, nb } from '../../i18n/aktiv';

export interface TiltakView {
  id: string;
  beskrivelse: string;
  niva: TiltakNiva;
  nivaTekst: string;
  ansvarlig: string;
  ansvarligNavn: string;
  tidsrom: string;
  evalueringsnotat: string;
  /** Every note on the tiltak, oldest first: what, who (by name) and when. */
  notater: { tekst: string; av: string; tid: string }[];
}

export interface VersjonView {
  nr: number;
  opprettet: string;
  opprettetAv: string;
  aktivert?: { av: string; tid: string };
  fraEvaluering?: string;
  bakgrunn: string;
  loggIder: string[];
  problem: string;
  mal: string;
  tiltak: TiltakView[];
  evalueringsdato: string;
  elevensStemme: string;
  foresattesSyn: string;
  barnetsBeste: string;
}

export interface EvalueringView {
  id: string;
  dato: string;
  deltakere: string;
  versjon: number;
  vurderinger: { tiltakId: string; beskrivelse: string; vurdering: string }[];
  elevensOpplevelse: string;
  /** «Opplever eleven skolemiljøet som trygt og godt?» (absent on evaluations stored before it was asked). */
  elevensSvar?: ElevensSvarView;
  /** Outcome 1 against the pupil's «nei»/«delvis»: who wrote why. */
  motEleven?: { begrunnelse: string; av: string };
  utfall: EvalueringUtfall;
  utfallTekst: string;
  /** Outcome 2: the tiltak that continue (their descriptions). */
  fortsetter?: string[];
  nesteEvalueringsdato?: string;
  av: string;
  tid: string;
}

/** Something missing in the plan, in words, at its field (e.g. 'tiltak[2].ansvarlig'). */
export interface PlanMangel {
  felt: string;
  melding: string;
}

export interface PlanView {
  sakId: string;
  saksnummer: string;
  skole: string;
  elevNavn: string;
  innsyn: 'full' | 'tiltak';
  status: PlanStatus;
  statusTekst: string;
  /** The saksansvarlig owns the plan; rektor's name until one is assigned. */
  eier: string;
  nesteEvaluering: string;
  /** Full view: every version, oldest first; the last is the one being written or in force. */
  versjoner: VersjonView[];
  evalueringer: EvalueringView[];
  /** Whether the latest version may still be edited (and activated). */
  kanRedigeres: boolean;
  /** What stops activation now, each at its field (with the default evaluation date applied). */
  mangler: PlanMangel[];
  /** The default evaluation date if activated today. */
  standardEvalueringsdato: string;
  /** Tiltak view: this person's own tiltak. */
  mineTiltak: TiltakView[];
  /** Staff who may be responsible for a tiltak (full view, while editable). */
  ansvarligValg: { oid: string; navn: string }[];
}

export const STANDARD_UKER_TIL_EVALUERING = 3;

export function ukerTilEvaluering(org: Organisasjon): number {
  return org.kommune.evalueringEtterUker ?? STANDARD_UKER_TIL_EVALUERING;
}

/** The domain's «is a staff member» for this case: see kanHaTiltak. */
export function erAnsattFor(org: Organisasjon, sak: Sak): (oid: Oid) => boolean {
  return (oid) => kanHaTiltak(org, sak, oid);
}

function versjonView(org: Organisasjon, v: PlanVersjon): VersjonView {
  return {
    nr: v.nr,
    opprettet: v.opprettet,
    opprettetAv: navnPaa(org, v.opprettetAv),
    ...(v.aktivert ? { aktivert: { av: navnPaa(org, v.aktivert.av), tid: v.aktivert.tid } } : {}),
    ...(v.fraEvaluering ? { fraEvaluering: v.fraEvaluering } : {}),
    bakgrunn: v.bakgrunn,
    loggIder: v.loggIder,
    problem: v.problem,
    mal: v.mal,
    tiltak: v.tiltak.map((t) => tiltakView(org, t)),
    evalueringsdato: v.evalueringsdato,
    elevensStemme: v.elevensStemme,
    foresattesSyn: v.foresattesSyn,
    barnetsBeste: v.barnetsBeste,
  };
}

function tiltakView(org: Organisasjon, t: PlanVersjon['tiltak'][number]): TiltakView {
  return {
    id: t.id,
    beskrivelse: t.beskrivelse,
    niva: t.niva,
    nivaTekst: NIVA_TEKST[t.niva],
    ansvarlig: t.ansvarlig,
    ansvarligNavn: t.ansvarlig ? navnPaa(org, t.ansvarlig) : '',
    tidsrom: t.tidsrom,
    evalueringsnotat: t.evalueringsnotat,
    notater: (t.notater ?? []).filter((n) => n.tekst).map((n) => ({ tekst: n.tekst, av: navnPaa(org, n.av), tid: n.tid })),
  };
}

/** The status, and after a revision which version is in force («Aktiv – versjon 2»). */
function planStatusTekst(plan: Aktivitetsplan): string {
  const gjeldende = gjeldendeVersjon(plan);
  const status = PLAN_STATUS_TEKST[plan.status];
  return gjeldende && gjeldende.nr > 1 && plan.status !== 'avsluttet' ? nb.plan.statusMedVersjon(status, gjeldende.nr) : status;
}

export function byggPlanView(ktx: AppKontekst, sak: Sak, plan: Aktivitetsplan, oid: Oid, innsyn: 'full' | 'tiltak'): PlanView {
  const { org } = ktx;
  const full = innsyn === 'full';
  const skole = finnSkole(org, sak.skoleId);
  const idag = osloDato(ktx.naa());
  const standard = standardEvalueringsdato(idag, ukerTilEvaluering(org), skoledagI(ktx));
  const siste = sisteVersjon(plan);
  const redigerbar = kanRedigeres(plan);
  const alleTiltak = new Map(plan.versjoner.flatMap((v) => v.tiltak.map((t) => [t.id, t.beskrivelse] as const)));
  return {
    sakId: sak.id,
    saksnummer: sak.saksnummer,
    skole: skole?.navn ?? sak.skoleId,
    elevNavn: plan.elevNavn,
    innsyn,
    status: plan.status,
    statusTekst: planStatusTekst(plan),
    eier: navnPaa(org, sak.saksansvarlig ?? skole?.rektor ?? plan.opprettetAv),
    nesteEvaluering: plan.nesteEvaluering,
    versjoner: full ? plan.versjoner.map((v) => versjonView(org, v)) : [],
    evalueringer: full
      ? plan.evalueringer.map((e) => ({
          id: e.id,
          dato: e.dato,
          deltakere: e.deltakere,
          versjon: e.versjon,
          vurderinger: e.vurderinger.map((v) => ({ tiltakId: v.tiltakId, beskrivelse: alleTiltak.get(v.tiltakId) ?? '', vurdering: v.vurdering })),
          elevensOpplevelse: e.elevensOpplevelse,
          ...(e.elevensSvar ? { elevensSvar: svarView(e.elevensSvar) } : {}),
          ...(e.motEleven ? { motEleven: { begrunnelse: e.motEleven.begrunnelse, av: navnPaa(org, e.motEleven.av) } } : {}),
          utfall: e.utfall,
          utfallTekst: UTFALL_TEKST[e.utfall],
          ...(e.fortsetter ? { fortsetter: e.fortsetter.map((id) => alleTiltak.get(id) ?? '') } : {}),
          ...(e.nesteEvalueringsdato ? { nesteEvalueringsdato: e.nesteEvalueringsdato } : {}),
          av: navnPaa(org, e.av),
          tid: e.tid,
        }))
      : [],
    kanRedigeres: full && redigerbar,
    mangler: full && redigerbar ? manglerIPlan({ ...siste, evalueringsdato: siste.evalueringsdato || standard }, erAnsattFor(org, sak)).map((m) => ({ felt: m.felt, melding: avslagTekst(m) })) : [],
    standardEvalueringsdato: standard,
    mineTiltak: tiltakFor(plan, oid).map((t) => tiltakView(org, t)),
    ansvarligValg:
      full && redigerbar && skole
        ? skole.ansatte
            .filter((p) => kanHaTiltak(org, sak, p.oid))
            .sort((a, b) => a.navn.localeCompare(b.navn, 'nb'))
            .map((p) => ({ oid: p.oid, navn: p.navn }))
        : [],
  };
}
