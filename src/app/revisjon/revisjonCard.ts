/**
 * The revision's card to a rektor, as it is when delivered: nothing when the person is no longer
 * the school's rektor or the school year has changed since it was sent (the card would ask for
 * the wrong year's answers).
 */
import type { Oid } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import { revisjonTekster as t } from '../../i18n/aktiv';
import type { Paaminnelse } from '../../store/paaminnelseRepo';
import type { AppKontekst } from '../kontekst';
import type { PaaminnelseView } from '../notifier';
import { navnPaa } from '../sakView';
import { skolearetNa } from '../views/skoletall';

export function revisjonView(ktx: AppKontekst, til: Oid, p: Paaminnelse): PaaminnelseView | undefined {
  const skole = p.skoleId ? finnSkole(ktx.org, p.skoleId) : undefined;
  if (!skole || skole.rektor !== til || p.skolear !== skolearetNa(ktx).navn) return undefined;
  return { type: 'revisjon', melding: t.kort.tekst(navnPaa(ktx.org, p.av ?? ''), p.skolear) };
}
