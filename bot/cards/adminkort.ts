/** To the municipality's administrators: a problem in the organisation to fix. Never case content. */
import type { AdminMelding } from '../../src/app/notifier';
import { botTekster as t } from '../../src/i18n/aktiv';
import { adaptivtKort, banner, overskrift, type Kort } from './felles';

export function adminkort(melding: AdminMelding): Kort {
  const tekster: Record<AdminMelding, string> = { ingen_kommunalsjef: t.admin.ingenKommunalsjef };
  return adaptivtKort([overskrift(t.admin.tittel), banner(tekster[melding], 'Warning')]);
}
