/** To the kommunalsjefer: a role that reads cases was given or taken (src/app/org/rolleendring.ts). Names and roles only,
 * as TextRuns (the names were typed by an administrator). */
import type { PaaminnelseView } from '../../src/app/notifier';
import { botTekster as t } from '../../src/i18n/aktiv';
import { adaptiveCard, fritekst, overskrift, tekst, type Card } from './felles';

export function rolleendringCard(v: Extract<PaaminnelseView, { type: 'rolleendring' }>): Card {
  return adaptiveCard([overskrift(t.rolleendring.tittel), fritekst(v.melding, 2000), tekst(t.rolleendring.hvorfor, { isSubtle: true })]);
}
