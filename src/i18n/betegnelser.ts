/**
 * The names people read for the domain's states and choices — case status, actions, kinds of log
 * entry, tiltak level, evaluation outcome, plan status — in bokmål, shared by the cards, the API's messages, the
 * documents and the tab.
 */
import type { EvalueringUtfall, PlanStatus, TiltakNiva } from '../domain/aktivitetsplan';
import type { ElevensSvar } from '../domain/elevensOpplevelse';
import type { Handling, Hendelse, Informering, Status } from '../domain/sak';
import type { KommerFra } from '../domain/varsel';
import type { LoggType } from '../domain/sakslogg';

export const STATUS_TEKST: Record<Status, string> = {
  ny: 'Ny',
  mottatt: 'Mottatt',
  undersokes: 'Undersøkes',
  tiltak: 'Aktivitetsplan',
  avsluttet: 'Avsluttet',
  avsluttet_uten_tiltak: 'Avsluttet uten tiltak',
};

export const HANDLING_TEKST: Record<Handling, string> = {
  ta_imot: 'Ta imot',
  tildel: 'Tildel saksansvarlig',
  start_undersokelse: 'Start undersøkelse',
  opprett_plan: 'Opprett aktivitetsplan',
  avslutt_uten_tiltak: 'Avslutt uten tiltak',
  avslutt: 'Avslutt saken',
  meld_skoleeier: 'Meld til skoleeier',
  omklassifiser: 'Endre hvem saken gjelder',
};

export const NIVA_TEKST: Record<TiltakNiva, string> = { individ: 'Individ', gruppe: 'Gruppe/klasse', skole: 'Skole' };

export const UTFALL_TEKST: Record<EvalueringUtfall, string> = {
  gjenopprettet: '1 – Eleven har et trygt og godt skolemiljø. Planen avsluttes.',
  gjenopprettet_tiltak_fortsetter: '2 – Trygt og godt, men noen tiltak fortsetter.',
  ikke_gjenopprettet: '3 – Ikke trygt og godt ennå: tiltak videreføres, endres eller legges til (ny versjon av planen).',
};

export const PLAN_STATUS_TEKST: Record<PlanStatus, string> = { utkast: 'Utkast', aktiv: 'Aktiv', evaluert: 'Evaluert', avsluttet: 'Avsluttet' };

export const LOGG_TYPE_TEKST: Record<LoggType, string> = {
  elevens_opplevelse: 'Elevens egen opplevelse',
  samtale_elev: 'Samtale med eleven',
  samtale_andre_elever: 'Samtale med andre elever',
  samtale_foresatte: 'Samtale med foresatte',
  samtale_ansatte: 'Samtale med ansatte',
  observasjon: 'Observasjon',
  kartlegging: 'Sosiogram eller kartlegging',
  mote: 'Møte',
  annet: 'Annet',
};

/** What a person did with a case's content, as the pupil's innsyn export lists it (the audit chain's read codes). */
export const LESING_TEKST: Record<string, string> = {
  sak_lest: 'Leste saken',
  tidslinje_lest: 'Leste dokumentasjonen per delplikt',
  logg_lest: 'Leste saksloggen',
  plan_lest: 'Leste aktivitetsplanen',
  dokumentasjon_lest: 'Tok ut dokumentasjonen (PDF)',
  brev_lest: 'Laget brevet til eleven eller foresatte',
  saker_listet: 'Så saken i sakslisten',
  oppgaver_listet: 'Så saken i Mine oppgaver',
  venter_listet: 'Så saken i «Venter på deg»',
  innsyn_uttrekk: 'Tok ut innsyn',
};

/** What happened, in the past tense, for the history in the documents (never the code, e.g. `ta_imot`). */
export const HENDELSE_TEKST: Record<Hendelse['handling'], string> = {
  sendt: 'Varsel sendt',
  levert: 'Varsel levert',
  levering_feilet: 'Varselet kunne ikke leveres',
  skoleeier_informert: 'Skoleeier varslet',
  skoleeier_ikke_informert: 'Skoleeier kunne ikke varsles',
  ta_imot: 'Tatt imot',
  tildel: 'Saksansvarlig tildelt',
  start_undersokelse: 'Undersøkelsen startet',
  opprett_plan: 'Aktivitetsplan opprettet',
  avslutt_uten_tiltak: 'Avsluttet uten tiltak',
  avslutt: 'Saken avsluttet',
  meld_skoleeier: 'Meldt til skoleeier',
  omklassifiser: 'Klassifisering endret',
  be_om_oppfolging: 'Skoleeier ba rektor følge opp saken',
  ta_over: 'Skoleeier tok over saken',
};

/** Who the krenking comes from, as the reporter answered or a receiver classified it. */
export const KLASSIFISERING_TEKST: Record<KommerFra, string> = {
  nei: 'Ikke noen som jobber på skolen',
  vet_ikke: 'Vet ikke',
  ansatt: 'En ansatt ved skolen (§ 12-5)',
  ledelse: 'Noen i skolens ledelse (§ 12-5, skoleeier behandler saken)',
};
/** «Opplever eleven skolemiljøet som trygt og godt?» and its answers. */
/** The word before a time of day: «07.12.2026 kl. 10:12» (src/domain/datovisning.ts). */
export const KLOKKA = 'kl.';
export const ELEVENS_SVAR_SPORSMAL = 'Opplever eleven skolemiljøet som trygt og godt?';
export const ELEVENS_SVAR_TEKST: Record<ElevensSvar, string> = {
  ja: 'Ja',
  delvis: 'Delvis',
  nei: 'Nei',
  ikke_mulig: 'Ikke mulig å spørre',
};

/** Closing or concluding against the pupil's «nei»/«delvis»: the label of rektor's written reason in documents. */
export const MOT_ELEVEN_ETIKETT = 'Avsluttet mot elevens egen opplevelse – begrunnelse';

/** Who one record of informing is about: the pupil, a named parent, or (records from before) both in one line. */
export function informertHvemTekst(i: Pick<Informering, 'hvem' | 'navn' | 'elev' | 'foresatte'>): string {
  if (i.hvem === 'elev') return 'Eleven';
  if (i.hvem === 'foresatt') return `Forelder/foresatt (${i.navn ?? 'ikke oppgitt'})`;
  return [i.elev ? 'Eleven' : '', i.foresatte ? 'foresatte' : ''].filter(Boolean).join(' og ') + ' (registrert samlet)';
}
