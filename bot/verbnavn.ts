/**
 * The verbs the cards send (Action.Execute `verb`) and the bot dispatches on (verbs.ts): these three
 * for forms and views, plus one per case action, named as the Handling itself (src/domain/sak.ts).
 */
export const VERB = {
  visSkjema: 'vis_skjema',
  sendVarsel: 'send_varsel',
  visSak: 'vis_sak',
  loggfor: 'loggfor',
} as const;

/** Which card a case is shown as; carried in vis_sak's data so a refresh renders the same kind. */
export type SakKortType = 'sak' | 'kvittering' | 'informasjon';
