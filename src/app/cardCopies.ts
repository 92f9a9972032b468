/**
 * Every copy of a case's card that anyone holds follows the case: whatever changes it — an action in
 * a card or the tab, a job, a delivery that succeeded or failed — queues one update per copy held.
 * A copy is one Teams message (activityId): a person who holds the same message under two roles
 * (a kommunalsjef told of the case who then receives it) gets it updated once.
 */
import type { Oid } from '../domain/organisasjon';
import type { Delivery, Sak } from '../domain/sak';
import type { OutboxEntry } from '../store/envelope';
import { ConflictError } from '../store/port';
import { getSak, saveSak } from '../store/sakRepo';
import { innsyn } from './tilgang';
import type { AppKontekst } from './kontekst';
import { outboxEntry } from './outboxEntries';

/** The outbox kind that replaces a held copy with the case as it is now (src/app/delivery.ts). */
export const OPPDATERING = 'oppdatering';

/**
 * The copies that show how the case is handled (who has it, whether skoleeier is told, the plan): case
 * cards (and reminder cards) of people who still see the case — not the receipt or skoleeier's notice, and not a copy
 * already blanked when the case left its holder's sight.
 */
export function viserSaken(ktx: AppKontekst, sak: Sak): (l: Delivery) => boolean {
  return (l) => (l.rolle === 'mottaker' || l.rolle === 'saksansvarlig' || l.rolle === 'paminnelse') && innsyn(ktx.org, sak, l.oid) === 'full';
}

/**
 * Updates for every held copy but the one(s) `unntatt` names: the clicked card (it gets the answer),
 * or the actor's own copies. `bare`: only the copies it accepts (those that show what changed).
 */
export function oppdaterKopier(ktx: AppKontekst, sak: Pick<Sak, 'leveringer'>, unntatt: { kortId?: string; oid?: Oid } = {}, bare?: (l: Delivery) => boolean): OutboxEntry[] {
  const sett = new Set<string>();
  const ut: OutboxEntry[] = [];
  for (const l of sak.leveringer) {
    if (!l.activityId || !l.conversationId || sett.has(l.activityId) || (bare && !bare(l))) continue;
    sett.add(l.activityId);
    if (l.activityId === unntatt.kortId || l.oid === unntatt.oid) continue;
    ut.push(outboxEntry(ktx, OPPDATERING, l.oid, { conversationId: l.conversationId, activityId: l.activityId }));
  }
  return ut;
}

const MAKS_FORSOK = 3;

/**
 * A change outside the case that its cards show (the plan activated, evaluated or closed in the tab):
 * every held case card is updated, in one write to the case.
 */
export async function oppdaterKopierAvSak(ktx: AppKontekst, sakId: string): Promise<void> {
  await skrivBesteForsok(ktx, sakId, async (sak) => {
    const nye = oppdaterKopier(ktx, sak, {}, viserSaken(ktx, sak));
    return nye.length > 0 ? { sak, outbox: nye } : undefined;
  });
}

/**
 * A reminder card delivered (a message of its own, rolle 'paminnelse'): kept on the case as a copy, so
 * the case's changes update it. When what it asked for was done while it was on its way (`utdatert`),
 * it is updated at once, in the same write.
 */
export async function husPaaminnelseKopi(ktx: AppKontekst, sakId: string, kopi: Delivery, utdatert: (sak: Sak) => Promise<boolean>): Promise<void> {
  await skrivBesteForsok(ktx, sakId, async (stored) => {
    if (stored.leveringer.some((l) => l.activityId === kopi.activityId)) return undefined;
    // A daily reminder (an evaluation overdue) would add a copy a day: only the newest of the same
    // reminder to the same person is followed; the older ones refresh themselves when opened.
    const samme = (l: Delivery) => l.rolle === 'paminnelse' && l.oid === kopi.oid && l.grunn?.type === kopi.grunn?.type && l.grunn?.evalueringsdato === kopi.grunn?.evalueringsdato;
    const sak = { ...stored, leveringer: [...stored.leveringer.filter((l) => !samme(l)), kopi] };
    const oppdater = (await utdatert(sak)) ? [outboxEntry(ktx, OPPDATERING, kopi.oid, { conversationId: kopi.conversationId ?? '', activityId: kopi.activityId ?? '' })] : [];
    return { sak, outbox: oppdater };
  });
}

/**
 * One write to the case after a change already stored elsewhere, tried again on a conflict. Best effort:
 * a failure is logged and left to Teams' refresh-on-view, never turned into a failed change.
 */
async function skrivBesteForsok(ktx: AppKontekst, sakId: string, endre: (sak: Sak) => Promise<{ sak: Sak; outbox: OutboxEntry[] } | undefined>): Promise<void> {
  try {
    for (let forsok = 1; forsok <= MAKS_FORSOK; forsok++) {
      const stored = await getSak(ktx.store, sakId);
      if (!stored) return;
      const endring = await endre(stored.sak);
      if (!endring) return;
      try {
        const ny = await saveSak(ktx.store, stored, endring.sak, endring.outbox, []);
        if (endring.outbox.length > 0) ktx.startLevering({ list: 'saker', item: ny.item });
        return;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
  } catch (e) {
    ktx.log.warn({ sakId, err: { name: (e as Error)?.name } }, 'kunne ikke oppdatere kortene til saken');
  }
}
