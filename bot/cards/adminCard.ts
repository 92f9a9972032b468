/** To the municipality's administrators: a problem in the organisation to fix. Never case content. */
import type { AdminMessage } from '../../src/app/notifier';
import { botTekster as t } from '../../src/i18n/aktiv';
import { adaptiveCard, banner, overskrift, type Card } from './felles';

export function adminCard(message: AdminMessage): Card {
  const tekster: Record<AdminMessage, string> = { ingen_kommunalsjef: t.admin.ingenKommunalsjef };
  return adaptiveCard([overskrift(t.admin.tittel), banner(tekster[message], 'Warning')]);
}
