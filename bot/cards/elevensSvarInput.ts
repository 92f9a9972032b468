/**
 * «Opplever eleven skolemiljøet som trygt og godt?» as card inputs (the evaluation card, the case
 * card's note), and rektor's reason for closing against a «nei» or «delvis» (the closing panels,
 * the evaluation card). The use cases decide; these only ask.
 */
import { ELEVENS_SVAR, type ElevensSvar, MAKS_HVORFOR } from '../../src/domain/elevensOpplevelse';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { ELEVENS_SVAR_TEKST, folgSprak } from '../../src/i18n/aktiv';
import { banner, feltFeil, kapp, type Element } from './felles';

const t = folgSprak((k) => k.kort.elevensSvar);

export interface SvarInputValg {
  /** Input ids on this card (every input on a card is sent with every action, so each form has its own). */
  id: { svar: string; hvorfor: string };
  verdier: { svar?: string; hvorfor?: string };
  feil: { svar?: string; hvorfor?: string };
  /** Required in an evaluation; in a note only when it is the pupil's own experience (the use case says so). */
  paakrevd: boolean;
  etikett?: string;
}

export function elevensSvarInput(v: SvarInputValg): Element[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: v.id.svar,
      label: v.etikett ?? t.sporsmal,
      style: 'expanded',
      ...(v.paakrevd ? { isRequired: true, errorMessage: t.sporsmal } : {}),
      choices: ELEVENS_SVAR.map((s) => ({ title: ELEVENS_SVAR_TEKST[s], value: s })),
      value: kapp(v.verdier.svar ?? '', 20),
    },
    ...feltFeil(v.feil.svar),
    { type: 'Input.Text', id: v.id.hvorfor, label: t.hvorfor, maxLength: MAKS_HVORFOR, value: kapp(v.verdier.hvorfor ?? '', MAKS_HVORFOR) },
    ...feltFeil(v.feil.hvorfor),
  ];
}

/** Shown only while the pupil's latest answer binds (or the evaluation card, where this answer may). */
export function motElevenInput(id: string, svar: ElevensSvar | undefined, verdi: string, feil: string | undefined): Element[] {
  return [
    ...(svar ? [banner(t.motEleven(ELEVENS_SVAR_TEKST[svar].toLowerCase()), 'Warning')] : []),
    { type: 'Input.Text', id, label: t.motElevenEtikett, isMultiline: true, maxLength: MAKS_LENGDE.begrunnelse, value: kapp(verdi, MAKS_LENGDE.begrunnelse) },
    ...feltFeil(feil),
  ];
}
