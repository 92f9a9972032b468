/**
 * Who holds a copy of a case's card: for refresh.userIds (Teams user ids, 29:…) and for knowing
 * which kind of card a copy is (a receipt, a case card or a notice).
 */
import type { AppKontekst } from '../src/app/kontekst';
import type { Delivery } from '../src/domain/sak';
import { getSak } from '../src/store/sakRepo';
import type { SamtaleRepo } from '../src/store/samtaleRepo';
import type { SakCardType } from './verbnavn';

export interface CardHolders {
  teamsIds: string[];
  leveringer: Delivery[];
}

/** `kjente`: the case's deliveries as the caller already holds them (the outbox's item); else the case is read. */
export async function cardHolders(ktx: AppKontekst, samtaler: SamtaleRepo, sakId: string, kjente?: readonly Delivery[]): Promise<CardHolders> {
  const deliveries = kjente ? [...kjente] : ((await getSak(ktx.store, sakId))?.sak.leveringer ?? []);
  const oids = [...new Set(deliveries.filter((l) => l.activityId).map((l) => l.oid))];
  const samtaleListe = await Promise.all(oids.map((oid) => samtaler.get(oid)));
  return { teamsIds: samtaleListe.map((s) => s?.teamsId ?? '').filter((id) => id.length > 0), leveringer: deliveries };
}

/** The kind of card a delivered copy is, from the role it was delivered for. */
export function cardTypeForKopi(deliveries: readonly Delivery[], activityId: string): SakCardType {
  const rolle = deliveries.find((l) => l.activityId === activityId)?.rolle;
  return rolle === 'varsler' ? 'kvittering' : rolle === 'informert' ? 'informasjon' : 'sak';
}
