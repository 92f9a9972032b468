/**
 * The verbs the cards send (Action.Execute `verb`) and the bot dispatches on (verbs.ts): these
 * for forms, views and reminders, plus one per case action, named as the Handling itself (src/domain/sak.ts).
 */
import type { Handling } from '../src/domain/sak';

export const VERB = {
  visSkjema: 'vis_skjema',
  sendVarsel: 'send_varsel',
  visSak: 'vis_sak',
  loggfor: 'loggfor',
  /** The bekreftelse reminder: confirm the duties in the card, and its refresh. */
  bekreftPlikter: 'bekreft_plikter',
  visPlikter: 'vis_plikter',
  /** The evaluation reminder: record the evaluation in the card, and its refresh. */
  registrerEvaluering: 'registrer_evaluering',
  visEvaluering: 'vis_evaluering',
  /** The kommunalsjef's steps (src/app/skoleeierSteg.ts), named as the SkoleeierSteg itself. */
  beOmOppfolging: 'be_om_oppfolging',
  taOver: 'ta_over',
} as const;

/** The pupil's cards (issue 25; elevVerbs.ts): the form, sending it, and what they have told. */
export const ELEV_VERB = { visSkjema: 'elev_vis_skjema', siFra: 'elev_si_fra', mine: 'elev_mine' } as const;

/**
 * Every verb a card may send. A card's Action.Execute takes only these (felles.ts), and the handler
 * table (verbs.ts) is a record over exactly these: a verb without a handler does not typecheck.
 */
export type Verb = (typeof VERB)[keyof typeof VERB] | (typeof ELEV_VERB)[keyof typeof ELEV_VERB] | Handling;

/** Which card a case is shown as; carried in vis_sak's data so a refresh renders the same kind. */
export type SakCardType = 'sak' | 'kvittering' | 'informasjon';
