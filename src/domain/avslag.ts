/**
 * A refusal by the domain's rules, as a code (docs/ordliste.md: «avslag»): the domain says which
 * rule refused and at which input, never in words. The words live in the catalog keyed by the code
 * (src/i18n/avslag.ts), so each driver can say them in the person's language.
 */
import type { Handling, Status } from './sak';
import type { ElevensSvar } from './elevensOpplevelse';

/** What a code's sentence names, for the codes whose sentence names something. */
export interface AvslagParametre {
  /** An action the case's status does not allow (no more specific code fits). */
  feil_status: { handling: Handling; status: Status };
  /** A reason too long for a card: at the one input it is about. */
  for_lang: { felt: 'begrunnelse' | 'begrunnelseMotEleven'; maks: number };
  /** A «.» or one word where an assessment in the person's own words is required. */
  ikke_vurdering: { hva: 'elevensStemme' | 'barnetsBeste' | 'begrunnelse' | 'begrunnelseMotEleven'; minsteOrd: number };
  /** The pupil's latest answer is «nei» or «delvis». */
  elev_ikke_trygg: { svar: ElevensSvar };
  utfall1_mot_eleven: { svar: ElevensSvar };
  /** Tiltak number `nr` (1-based) of the plan lacks something. */
  tiltak_beskrivelse_mangler: { nr: number };
  tiltak_tidsrom_mangler: { nr: number };
  tiltak_ansvarlig_mangler: { nr: number };
  tiltak_ansvarlig_ikke_ansatt: { nr: number };
  vurdering_mangler: { nr: number };
  /** YYYY-MM-DD the version evaluated was activated. */
  dato_for_aktivering: { aktivert: string };
}

/** Every refusal the domain can give; the codes without parameters need only the code (and perhaps the input). */
export const AVSLAG_UTEN_PARAMETRE = [
  // The lifecycle (livslop.ts)
  'sak_avsluttet',
  'allerede_mottatt',
  'ikke_mottatt_undersokelse',
  'undersokelse_startet',
  'har_plan',
  'ikke_undersokt_plan',
  'ikke_mottatt_avslutt',
  'ikke_undersokt_avslutt',
  'har_plan_avslutt',
  'ingen_plan_avslutt',
  'ikke_mottatt_omklassifiser',
  'velg_klassifisering',
  'velg_gjelder',
  'elevens_opplevelse_ikke_logget',
  'plan_ikke_evaluert_trygg',
  'allerede_meldt',
  'begrunnelse_mangler',
  'ikke_informert',
  // The plan (aktivitetsplan.ts)
  'problem_mangler',
  'tiltak_mangler',
  'evalueringsdato_mangler',
  'evalueringsdato_ugyldig',
  'evalueringsdato_for_idag',
  'elevens_stemme_mangler',
  'barnets_beste_mangler',
  'plan_avsluttet',
  'versjon_aktivert',
  'plan_avsluttet_evaluer',
  'plan_ikke_aktivert',
  'dato_mangler',
  'dato_frem_i_tid',
  'deltakere_mangler',
  'elevens_opplevelse_mangler',
  'elevens_svar_mangler',
  'velg_fortsetter',
  'neste_dato_mangler',
  'neste_dato_for_tidlig',
  // Routing a varsel (routing.ts)
  'ingen_kommunalsjef_varsel',
  'ingen_varselmottaker',
] as const;

export type AvslagKode = (typeof AVSLAG_UTEN_PARAMETRE)[number] | keyof AvslagParametre;

/** One refusal: its code, the input it is about (a form field's path) when it is about one, and what its sentence names. */
export type Avslag = {
  [K in AvslagKode]: { kode: K; felt?: string } & (K extends keyof AvslagParametre ? AvslagParametre[K] : unknown);
}[AvslagKode];

/** A refusal at an input, e.g. 'tiltak[2].ansvarlig', so the form can point at it. */
export type FeltAvslag = Avslag & { felt: string };
