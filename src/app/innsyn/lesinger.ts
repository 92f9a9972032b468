/**
 * «Hvem har lest saken»: for each of the pupil's cases, every read of its content and every innsyn
 * export, from the audit chain — the entries on the case's item (found by the indexed ElementId
 * column), and the list reads that named the case (one entry per read of a list, naming its cases).
 * Reads still queued (lesLogg.ts) are written first, so a read just made is listed.
 */
import { rollerFor } from '../../domain/roller';
import { LESING_TEKST, innsynTekster } from '../../i18n/aktiv';
import type { Lenke } from '../../store/auditChain';
import { visTid } from '../dokumenter/dokumentasjon';
import type { AppKontekst } from '../kontekst';
import { lesingerSkrevet, listedeSaker } from '../lesLogg';

export interface Lesingslinje {
  tid: string;
  hvem: string;
  hva: string;
}

/** Links read per query when looking for list reads (SharePoint: a query's first clause must match fewer than 5,000 items). */
const VINDU = 2000;
/** How long the export waits for reads still queued before it reads the chain. */
const VENT_MS = 5000;

/** The reads of each case (by item id), oldest first, in the export's words. */
export async function lesingerAv(ktx: AppKontekst, saker: readonly { sakId: string; itemId: string }[]): Promise<Map<string, Lesingslinje[]>> {
  await lesingerSkrevet(ktx.store, VENT_MS);
  const funnet = new Map<string, Lenke[]>(saker.map((s) => [s.itemId, []]));
  let forsteNr = Infinity;
  for (const { itemId } of saker) {
    for await (const i of ktx.store.query<Lenke>('revisjonslogg', { where: [{ column: 'ElementId', op: 'eq', value: itemId }] })) {
      forsteNr = Math.min(forsteNr, i.data.nr);
      if (LESING_TEKST[i.data.action] && !listedeSaker(i.data).length) funnet.get(itemId)!.push(i.data);
    }
  }
  // List reads name cases by id, not item: walk the chain from (a window before) the cases' first
  // entry — a list may show a case before its own first entry is chained.
  const itemFor = new Map(saker.map((s) => [s.sakId, s.itemId]));
  if (itemFor.size > 0) {
    let fra = Number.isFinite(forsteNr) ? Math.max(1, forsteNr - VINDU) : 1;
    for (let tom = false; !tom; fra += VINDU) {
      tom = true;
      const where = [{ column: 'Nr', op: 'ge' as const, value: fra }, { column: 'Nr', op: 'lt' as const, value: fra + VINDU }];
      for await (const i of ktx.store.query<Lenke>('revisjonslogg', { where })) {
        tom = false;
        for (const sakId of listedeSaker(i.data)) funnet.get(itemFor.get(sakId) ?? '')?.push(i.data);
      }
    }
  }
  const ut = new Map<string, Lesingslinje[]>();
  for (const [itemId, lenker] of funnet) {
    ut.set(
      itemId,
      lenker
        .sort((a, b) => a.at.localeCompare(b.at) || a.nr - b.nr)
        .map((l) => ({ tid: visTid(l.at), hvem: rollerFor(ktx.org, l.actor).person?.navn ?? innsynTekster.ukjentPerson, hva: LESING_TEKST[l.action]! })),
    );
  }
  return ut;
}
