// The domain's refusals (src/domain/avslag.ts) in English, keyed by code; made from the rest of the en catalog (en.ts passes it in), read inside each function.
import { formaterDato } from '../domain/frister';
import type { AvslagTekster } from './avslag';
import type { Katalog } from './katalog';

/** What an assessment is called in the sentence that asks for it in the person's own words. */
function vurderingNavn(en: Omit<Katalog, 'avslag'>, hva: 'elevensStemme' | 'barnetsBeste' | 'begrunnelse' | 'begrunnelseMotEleven'): string {
  switch (hva) {
    case 'elevensStemme':
      return 'The pupil’s voice';
    case 'barnetsBeste':
      return 'The best-interests assessment (barnets beste-vurdering)';
    case 'begrunnelse':
      return 'The reason';
    case 'begrunnelseMotEleven':
      return en.nb.felt.begrunnelseMotEleven;
  }
}

export function avslagEn(en: Omit<Katalog, 'avslag'>): AvslagTekster {
  return {
    sak_avsluttet: () => 'The case is closed.',
    allerede_mottatt: () => 'The case has already been received.',
    ikke_mottatt_undersokelse: () => 'The case must be received before the investigation can start.',
    undersokelse_startet: () => 'The investigation has already started.',
    har_plan: () => 'The case already has an activity plan (aktivitetsplan).',
    ikke_undersokt_plan: () => 'The investigation must start before an activity plan (aktivitetsplan) is made.',
    ikke_mottatt_avslutt: () => 'The case must be received before it can be closed.',
    ikke_undersokt_avslutt: () =>
      'Before the case can be closed without measures, the investigation must have started and the pupil’s own experience must be logged.',
    har_plan_avslutt: () => 'The case has an activity plan (aktivitetsplan) and is closed once the plan has been evaluated.',
    ingen_plan_avslutt: () =>
      `The case has no activity plan (aktivitetsplan). Use «${en.betegnelser.HANDLING_TEKST.avslutt_uten_tiltak}» if no measures are needed.`,
    ikke_mottatt_omklassifiser: () => 'The case must be received first. Choose who the case is about when you receive it.',
    feil_status: (a) =>
      `«${en.betegnelser.HANDLING_TEKST[a.handling]}» cannot be done while the case has the status «${en.betegnelser.STATUS_TEKST[a.status]}».`,
    velg_klassifisering: () => 'Choose who, in your judgement, is mistreating the pupil.',
    velg_gjelder: () => 'Choose who the case is about.',
    elevens_opplevelse_ikke_logget: () => 'The pupil’s own experience must be logged before the case can be closed without measures.',
    plan_ikke_evaluert_trygg: () =>
      'The case can only be closed once the activity plan (aktivitetsplan) has been evaluated and the pupil feels safe and well.',
    allerede_meldt: () => 'The case has already been passed to the school owner (skoleeier).',
    begrunnelse_mangler: () => 'You must write a reason.',
    for_lang: (a) =>
      a.felt === 'begrunnelse' ? `The reason can have at most ${a.maks} characters.` : en.nb.feil.forLang(en.nb.felt[a.felt], a.maks),
    ikke_informert: () => 'Write when and how the pupil and the parents were told, before the case is closed.',
    ikke_vurdering: (a) =>
      `${vurderingNavn(en, a.hva)} must be written in your own words (at least ${a.minsteOrd} words), not just signs or one word.`,
    elev_ikke_trygg: (a) =>
      `The pupil has said that the school environment is not safe and good (answer: «${en.betegnelser.ELEVENS_SVAR_TEKST[a.svar].toLowerCase()}»). ` +
      'The school then has a duty to put measures (tiltak) in place. Only the principal (rektor) can close the case anyway, with a written reason why.',
    // Only «nei» and «delvis» bind; the answer is shown by the word the catalog gives it.
    utfall1_mot_eleven: (a) =>
      `The pupil answered «${en.betegnelser.ELEVENS_SVAR_TEKST[a.svar].toLowerCase()}» when asked whether the school environment is safe and good. ` +
      'The evaluation therefore cannot conclude that it has been restored; choose outcome 2 or 3. ' +
      'Only the principal (rektor) can conclude against the pupil’s own experience, with a written reason.',
    problem_mangler: () => 'Describe the problem the measures must solve.',
    tiltak_mangler: () => 'The plan must have at least one measure (tiltak).',
    tiltak_beskrivelse_mangler: (a) => `Measure ${a.nr} does not say what will be done.`,
    tiltak_tidsrom_mangler: (a) => `Measure ${a.nr} does not say when it will be carried out.`,
    tiltak_ansvarlig_mangler: (a) => `Measure ${a.nr} has nobody responsible for it.`,
    tiltak_ansvarlig_ikke_ansatt: (a) => `The person responsible for measure ${a.nr} must be an employee of the school, never the pupil or a parent.`,
    evalueringsdato_mangler: () => 'The plan is missing the date when the measures will be evaluated.',
    evalueringsdato_ugyldig: () => 'The evaluation date is not a valid date.',
    evalueringsdato_for_idag: () => 'The evaluation date cannot be before today.',
    elevens_stemme_mangler: () => 'The plan is missing the pupil’s voice: how the pupil has been heard, and what the pupil wants.',
    barnets_beste_mangler: () => 'The plan is missing the best-interests assessment (barnets beste-vurdering).',
    plan_avsluttet: () => 'The plan is closed.',
    versjon_aktivert: () => 'This version of the plan is already in use.',
    plan_avsluttet_evaluer: () => 'The plan is closed and cannot be evaluated again.',
    plan_ikke_aktivert: () => 'The plan must be put into use before it can be evaluated.',
    dato_mangler: () => 'Write the date the evaluation was held.',
    dato_frem_i_tid: () => 'The evaluation cannot be recorded before it has been held.',
    dato_for_aktivering: (a) => `The evaluation cannot have been held before the plan was put into use (${formaterDato(a.aktivert)}).`,
    deltakere_mangler: () => 'Write who took part (the pupil, parents, staff).',
    elevens_opplevelse_mangler: () => 'Write the pupil’s own experience.',
    elevens_svar_mangler: () => en.nb.validering.elevensSvarMangler,
    vurdering_mangler: (a) => `Write how measure ${a.nr} has worked.`,
    velg_fortsetter: () => 'Choose which measures continue.',
    neste_dato_mangler: () => 'The measures continue: set a date for the next evaluation.',
    neste_dato_for_tidlig: () => 'The next evaluation must be after this one.',
    ingen_kommunalsjef_varsel: () =>
      'The municipality has no head of education (kommunalsjef) registered, so the report about the school’s leadership cannot be sent. ' +
      'Contact the municipality’s administrator.',
    ingen_varselmottaker: () =>
      'The school has no report receiver registered, so the report cannot be sent. Contact the municipality’s administrator.',
  };
}
