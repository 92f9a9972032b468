/**
 * Delivering the card to the adult a pupil chose (issue 25). Checked again at delivery: if the case
 * has since been (re)classified as about an adult at the school, or the adult is now one the case
 * is hidden from, the card is not sent (the receivers see the pupil's wish on the case instead).
 */
import type { Sak } from '../../domain/sak';
import { finnElev } from '../../domain/roller';
import { kanVarsleValgtVoksen } from '../../domain/fraEleven';
import { retryDelayMs } from '../../outbox/entries';
import type { DeliveryOutcome } from '../../outbox/handler';
import type { OutboxEntry } from '../../store/envelope';
import type { SakData } from '../../store/sakRepo';
import type { AppKontekst } from '../kontekst';
import type { Notifier } from '../notifier';
import { erSkjermet } from '../tilgang';
import { auditEntry } from '../outboxEntries';

const MAKS_FORSOK = 5;

/** The outbox kind of the chosen adult's card (queued by src/app/elev/siFra.ts). */
export const ELEV_VIL_SNAKKE = 'elev_vil_snakke';

export async function leverVilSnakke(ktx: AppKontekst, notifier: Notifier, entry: OutboxEntry, sak: Sak): Promise<DeliveryOutcome<SakData>> {
  const elev = finnElev(ktx.org, sak.varsletAv)?.elev;
  if (!elev || !kanVarsleValgtVoksen(sak.ruting, entry.to) || erSkjermet(ktx.org, sak, entry.to)) {
    return { done: true, audit: [auditEntry(ktx, 'system', 'levering_hoppet_over', `til=${entry.to}`)] };
  }
  const svar = await notifier.sendPaaminnelse(entry.to, { type: 'elev_vil_snakke', elevNavn: elev.navn, ...(elev.klasse ? { klasse: elev.klasse } : {}) });
  if (svar.ok) return { done: true, audit: [auditEntry(ktx, 'system', 'elev_vil_snakke_levert', `til=${entry.to}`)] };
  if (svar.reason !== 'unreachable' && entry.attempts + 1 < MAKS_FORSOK) {
    return { done: false, notBefore: new Date(ktx.naa().getTime() + (svar.retryAfterMs ?? retryDelayMs(entry.attempts))).toISOString() };
  }
  return { done: true, audit: [auditEntry(ktx, 'system', 'levering_feilet', `til=${entry.to}`)] };
}
