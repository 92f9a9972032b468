/**
 * The domain's refusals (src/domain/avslag.ts) in bokmål, keyed by code: one sentence per rule,
 * saying what to do instead where there is something to do. A driver words a refusal with
 * `avslagTekst` (or `ord`, for a message that may be either a refusal or a sentence already).
 * Nynorsk and English are objects of the same shape (`AvslagTekster`).
 */
import type { Avslag, AvslagKode } from '../domain/avslag';
import { formaterDato } from '../domain/frister';
import { ELEVENS_SVAR_TEKST, HANDLING_TEKST, STATUS_TEKST } from './betegnelser';
import { nb } from './nb';

export type AvslagTekster = { [K in AvslagKode]: (a: Extract<Avslag, { kode: K }>) => string };

/** What an assessment is called in the sentence that asks for it in the person's own words. */
const VURDERING_NAVN = {
  elevensStemme: 'Elevens stemme',
  barnetsBeste: 'Barnets beste-vurderingen',
  begrunnelse: 'Begrunnelsen',
  begrunnelseMotEleven: nb.felt.begrunnelseMotEleven,
} as const;

export const avslag: AvslagTekster = {
  sak_avsluttet: () => 'Saken er avsluttet.',
  allerede_mottatt: () => 'Saken er allerede tatt imot.',
  ikke_mottatt_undersokelse: () => 'Saken må tas imot før undersøkelsen startes.',
  undersokelse_startet: () => 'Undersøkelsen er allerede startet.',
  har_plan: () => 'Saken har allerede en aktivitetsplan.',
  ikke_undersokt_plan: () => 'Undersøkelsen må startes før det lages en aktivitetsplan.',
  ikke_mottatt_avslutt: () => 'Saken må tas imot før den kan avsluttes.',
  ikke_undersokt_avslutt: () => 'Undersøkelsen må startes, og elevens egen opplevelse loggføres, før saken kan avsluttes uten tiltak.',
  har_plan_avslutt: () => 'Saken har en aktivitetsplan og avsluttes når planen er evaluert.',
  ingen_plan_avslutt: () => 'Saken har ingen aktivitetsplan. Bruk «Avslutt uten tiltak» hvis det ikke trengs tiltak.',
  ikke_mottatt_omklassifiser: () => 'Saken må tas imot først. Velg hvem saken gjelder når du tar den imot.',
  feil_status: (a) => `«${HANDLING_TEKST[a.handling]}» kan ikke gjøres når saken har status «${STATUS_TEKST[a.status]}».`,
  velg_klassifisering: () => 'Velg hvem som krenker eleven, etter din vurdering.',
  velg_gjelder: () => 'Velg hvem saken gjelder.',
  elevens_opplevelse_ikke_logget: () => 'Elevens egen opplevelse må være loggført før saken kan avsluttes uten tiltak.',
  plan_ikke_evaluert_trygg: () => 'Saken kan avsluttes først når aktivitetsplanen er evaluert og eleven har det trygt og godt.',
  allerede_meldt: () => 'Saken er allerede meldt til skoleeier.',
  begrunnelse_mangler: () => 'En begrunnelse må fylles ut.',
  for_lang: (a) => (a.felt === 'begrunnelse' ? `Begrunnelsen kan være høyst ${a.maks} tegn.` : nb.feil.forLang(nb.felt[a.felt], a.maks)),
  ikke_informert: () => 'Skriv når og hvordan eleven og foreldrene er informert før saken avsluttes.',
  ikke_vurdering: (a) => `${VURDERING_NAVN[a.hva]} må skrives med egne ord (minst ${a.minsteOrd} ord), ikke bare tegn eller ett ord.`,
  elev_ikke_trygg: (a) =>
    `Eleven har sagt at skolemiljøet ikke er trygt og godt (svar: «${ELEVENS_SVAR_TEKST[a.svar].toLowerCase()}»). Da har skolen plikt til å sette inn tiltak. ` +
    'Bare rektor kan avslutte likevel, med en skriftlig begrunnelse for hvorfor.',
  // Only «nei» and «delvis» bind; the answer's code is the word the pupil's answer is shown by.
  utfall1_mot_eleven: (a) =>
    `Eleven har svart «${a.svar}» på om skolemiljøet er trygt og godt. Da kan ikke evalueringen konkludere med at det er gjenopprettet; ` +
    'velg utfall 2 eller 3. Bare rektor kan konkludere mot elevens opplevelse, med en skriftlig begrunnelse.',
  problem_mangler: () => 'Beskriv hvilket problem tiltakene skal løse.',
  tiltak_mangler: () => 'Planen må ha minst ett tiltak.',
  tiltak_beskrivelse_mangler: (a) => `Tiltak ${a.nr} mangler en beskrivelse av hva som skal gjøres.`,
  tiltak_tidsrom_mangler: (a) => `Tiltak ${a.nr} mangler når det skal gjennomføres.`,
  tiltak_ansvarlig_mangler: (a) => `Tiltak ${a.nr} mangler en ansvarlig.`,
  tiltak_ansvarlig_ikke_ansatt: (a) => `Ansvarlig for tiltak ${a.nr} må være en ansatt ved skolen, aldri eleven eller en forelder.`,
  evalueringsdato_mangler: () => 'Planen mangler dato for når tiltakene skal evalueres.',
  evalueringsdato_ugyldig: () => 'Evalueringsdatoen er ikke en gyldig dato.',
  evalueringsdato_for_idag: () => 'Evalueringsdatoen kan ikke ligge før i dag.',
  elevens_stemme_mangler: () => 'Planen mangler elevens stemme: hvordan eleven er hørt og hva eleven ønsker.',
  barnets_beste_mangler: () => 'Planen mangler barnets beste-vurdering.',
  plan_avsluttet: () => 'Planen er avsluttet.',
  versjon_aktivert: () => 'Denne versjonen av planen er allerede aktivert.',
  plan_avsluttet_evaluer: () => 'Planen er avsluttet og kan ikke evalueres igjen.',
  plan_ikke_aktivert: () => 'Planen må aktiveres før den kan evalueres.',
  dato_mangler: () => 'Skriv datoen evalueringen ble holdt.',
  dato_frem_i_tid: () => 'Evalueringen kan ikke registreres før den er holdt.',
  dato_for_aktivering: (a) => `Evalueringen kan ikke være holdt før planen ble aktivert (${formaterDato(a.aktivert)}).`,
  deltakere_mangler: () => 'Skriv hvem som deltok (eleven, foreldrene, ansatte).',
  elevens_opplevelse_mangler: () => 'Skriv elevens egen opplevelse.',
  elevens_svar_mangler: () => nb.validering.elevensSvarMangler,
  vurdering_mangler: (a) => `Skriv en vurdering av tiltak ${a.nr}.`,
  velg_fortsetter: () => 'Velg hvilke tiltak som fortsetter.',
  neste_dato_mangler: () => 'Tiltakene fortsetter: sett dato for neste evaluering.',
  neste_dato_for_tidlig: () => 'Neste evaluering må ligge etter denne.',
  ingen_kommunalsjef_varsel: () =>
    'Kommunen har ingen kommunalsjef registrert, så varselet om skolens ledelse kan ikke sendes. Kontakt kommunens administrator.',
  ingen_varselmottaker: () => 'Skolen har ingen varselmottaker registrert, så varselet kan ikke sendes. Kontakt kommunens administrator.',
};

/** A refusal's sentence in the given catalog (bokmål unless the driver knows the person reads another). */
export function avslagTekst(a: Avslag, tekster: AvslagTekster = avslag): string {
  return (tekster[a.kode] as (a: Avslag) => string)(a);
}

/**
 * What a use case's failure says before a driver words it: a sentence the use case took from the
 * catalog, a domain refusal by code, or a heading with the refusals under it (all that is missing).
 */
export type Message = string | Avslag | { overskrift: string; punkter: Avslag[] };

/** A message in words: a list is its heading and one «• » line per refusal. */
export function ord(m: Message, tekster: AvslagTekster = avslag): string {
  if (typeof m === 'string') return m;
  if ('overskrift' in m) return [m.overskrift, ...m.punkter.map((a) => `• ${avslagTekst(a, tekster)}`)].join('\n');
  return avslagTekst(m, tekster);
}

/** Each field's message in words. */
export function ordPerFelt(felt: Record<string, Message>, tekster: AvslagTekster = avslag): Record<string, string> {
  return Object.fromEntries(Object.entries(felt).map(([k, m]) => [k, ord(m, tekster)]));
}
