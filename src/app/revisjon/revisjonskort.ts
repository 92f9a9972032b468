/**
 * The revision's card to a rektor, as it is when delivered: nothing when the person is no longer
 * the school's rektor or the school year has changed since it was sent (the card would ask for
 * the wrong year's answers).
 */
import type { Oid } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import { revisjonTekster as t } from '../../i18n/revisjon';
import type { Paminnelse } from '../../store/paminnelseRepo';
import type { AppKontekst } from '../kontekst';
import type { PaminnelseVisning } from '../notifier';
import { navnPaa } from '../sakVisning';
import { skolearetNa } from '../fane/skoletall';

export function revisjonVisning(ktx: AppKontekst, til: Oid, p: Paminnelse): PaminnelseVisning | undefined {
  const skole = p.skoleId ? finnSkole(ktx.org, p.skoleId) : undefined;
  if (!skole || skole.rektor !== til || p.skolear !== skolearetNa(ktx).navn) return undefined;
  return { type: 'revisjon', melding: t.kort.tekst(navnPaa(ktx.org, p.av ?? ''), p.skolear) };
}
