/**
 * The aktivitetsplan (opplæringslova §12-4): the written plan for one pupil, and what it must
 * contain before it is put to use. Statsforvalteren judges the school by this document.
 */
import { erGyldigDato } from './frister';
import type { Oid } from './organisasjon';

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
}

/** The three conclusions an evaluation can reach (DOMAIN.md). */
export const EVALUERING_UTFALL = ['gjenopprettet', 'gjenopprettet_tiltak_fortsetter', 'ikke_gjenopprettet'] as const;
export type EvalueringUtfall = (typeof EVALUERING_UTFALL)[number];

export interface Evaluering {
  /** YYYY-MM-DD the evaluation was held. */
  dato: string;
  utfall: EvalueringUtfall;
  elevensSyn: string;
  vurdering: string;
  /** Set when tiltak go on: the plan is never left without a next evaluation. */
  nyEvalueringsdato?: string;
  av: Oid;
  tid: string;
}

export const PLAN_STATUSER = ['utkast', 'aktiv', 'avsluttet'] as const;
export type PlanStatus = (typeof PLAN_STATUSER)[number];

export interface Aktivitetsplan {
  id: string;
  sakId: string;
  skoleId: string;
  elevNavn: string;
  status: PlanStatus;
  problem: string;
  bakgrunn: string;
  tiltak: Tiltak[];
  /** YYYY-MM-DD, '' when unset. */
  evalueringsdato: string;
  elevensStemme: string;
  barnetsBeste: string;
  foresattesSyn: string;
  evalueringer: Evaluering[];
  opprettet: string;
  opprettetAv: Oid;
}

export interface Mangel {
  /** Path of the missing field, e.g. 'tiltak[2].ansvarlig', so the form can point at it. */
  felt: string;
  melding: string;
  /** 'lov': the legal minimum; 'god_praksis': what Statsforvalteren looks for. */
  krav: 'lov' | 'god_praksis';
}

/** Every missing item at once, so the saksansvarlig fixes the plan in one pass, not by trial. */
export function manglerIPlan(plan: Aktivitetsplan, erAnsatt: (oid: Oid) => boolean): Mangel[] {
  const mangler: Mangel[] = [];
  const lov = (felt: string, melding: string) => mangler.push({ felt, melding, krav: 'lov' });

  if (tom(plan.problem)) lov('problem', 'Beskriv hvilket problem tiltakene skal løse.');
  if (plan.tiltak.length === 0) lov('tiltak', 'Planen må ha minst ett tiltak.');
  plan.tiltak.forEach((t, i) => {
    const felt = `tiltak[${i}]`;
    const navn = `Tiltak ${i + 1}`;
    if (tom(t.beskrivelse)) lov(`${felt}.beskrivelse`, `${navn} mangler en beskrivelse av hva som skal gjøres.`);
    if (tom(t.tidsrom)) lov(`${felt}.tidsrom`, `${navn} mangler når det skal gjennomføres.`);
    if (tom(t.ansvarlig)) lov(`${felt}.ansvarlig`, `${navn} mangler en ansvarlig.`);
    else if (!erAnsatt(t.ansvarlig)) {
      lov(`${felt}.ansvarlig`, `Ansvarlig for ${navn.toLowerCase()} må være en ansatt ved skolen, aldri eleven eller en forelder.`);
    }
  });
  if (tom(plan.evalueringsdato)) lov('evalueringsdato', 'Planen mangler dato for når tiltakene skal evalueres.');
  else if (!erGyldigDato(plan.evalueringsdato)) lov('evalueringsdato', 'Evalueringsdatoen er ikke en gyldig dato.');

  // Not the legal minimum, but missing barnets beste is Statsforvalteren's most common finding,
  // and rektor must see that it is documented before the plan is used.
  if (tom(plan.elevensStemme)) {
    mangler.push({ felt: 'elevensStemme', melding: 'Planen mangler elevens stemme: hvordan eleven er hørt og hva eleven ønsker.', krav: 'god_praksis' });
  }
  if (tom(plan.barnetsBeste)) {
    mangler.push({ felt: 'barnetsBeste', melding: 'Planen mangler barnets beste-vurdering.', krav: 'god_praksis' });
  }
  return mangler;
}

export function kanAktiveres(plan: Aktivitetsplan, erAnsatt: (oid: Oid) => boolean): boolean {
  return manglerIPlan(plan, erAnsatt).length === 0;
}

/** Only "restored" ends the plan; with tiltak continuing, the plan stays open. */
export function evalueringSluttforerPlan(e: Evaluering): boolean {
  return e.utfall === 'gjenopprettet';
}

function tom(tekst: string): boolean {
  return tekst.trim() === '';
}
