/**
 * Delivering a case's outbox entries (the dispatcher calls this for each one). Decides what the
 * law and the product want when delivery fails: nobody is silently dropped — an unreachable
 * receiver is marked as such in the case and the audit log, and when nobody in line has the
 * varsel the next receiver in line (another varselmottaker, then kommunalsjef) gets it.
 */
import type { Oid } from '../domain/organisasjon';
import type { Levering, Sak } from '../domain/sak';
import { retryDelayMs } from '../outbox/dispatcher';
import type { OutboxEntry } from '../store/envelope';
import type { DeliveryHandler, DeliveryOutcome } from '../outbox/handler';
import type { Anledning, Notifier } from './notifier';
import { type SakData, sakFraLager } from '../store/sakRepo';
import { ADMIN_INGEN_KOMMUNALSJEF } from './skoleeierVarsling';
import { melding, revisjon } from './utboksposter';
import type { AppKontekst } from './kontekst';
import { handlingsKunnskap } from './planStatus';
import { byggSakVisning } from './sakVisning';
import { innsyn } from './tilgang';

/**
 * Tries to reach one person (about 15 minutes with the dispatcher's back-off) before the app stops
 * waiting for them and records them as not reached — and a varsel goes on to the next in line.
 * Below the dispatcher's dead-letter bound, so a legal notification never just dies in the outbox.
 */
const MAKS_FORSOK = 5;

/** Which copy of the card an outbox entry makes. */
const ROLLE_FOR: Record<string, Levering['rolle']> = { varsel: 'mottaker', informert: 'informert', meldt: 'informert', tildelt: 'saksansvarlig' };

function settLevering(sak: SakData, oid: Oid, rolle: Levering['rolle'], endring: Partial<Levering>): SakData {
  return { ...sak, leveringer: sak.leveringer.map((l) => (l.oid === oid && l.rolle === rolle ? { ...l, ...endring } : l)) };
}

/**
 * The next person in line who has not been tried, when nobody already has (or is getting) the
 * varsel: the routing's receivers and reserve, then today's kommunalsjefer — a varsel always ends
 * with skoleeier rather than with nobody.
 */
function nesteIRekken(ktx: AppKontekst, sak: SakData, uoppnaelig: Oid): Oid | undefined {
  const mottakere = sak.leveringer.filter((l) => l.rolle === 'mottaker' && l.oid !== uoppnaelig);
  if (mottakere.some((l) => l.status !== 'uoppnaelig')) return undefined;
  const provd = new Set(sak.leveringer.filter((l) => l.rolle === 'mottaker').map((l) => l.oid));
  const kommunalsjefer = ktx.org.kommune.kommunalsjefer.map((k) => k.oid);
  return [...sak.ruting.mottakere, ...sak.ruting.reserve, ...kommunalsjefer].find(
    (oid) => !provd.has(oid) && oid !== uoppnaelig && !sak.ruting.skjermetFor.includes(oid),
  );
}

export function lagLeveringsHandler(ktx: AppKontekst, notifier: Notifier): DeliveryHandler<SakData> {
  return async (entry, data): Promise<DeliveryOutcome<SakData>> => {
    const sak: Sak = sakFraLager(data);
    const tid = ktx.naa().toISOString();
    const rolle = ROLLE_FOR[entry.kind];
    if (entry.kind === ADMIN_INGEN_KOMMUNALSJEF) {
      // To an administrator about the organisation, not the case: no case content, no access needed.
      const svar = await notifier.sendAdminMelding(entry.to, 'ingen_kommunalsjef');
      if (svar.ok || svar.reason === 'unreachable' || entry.attempts + 1 >= MAKS_FORSOK) return { done: true, audit: [revisjon(ktx, 'system', svar.ok ? 'admin_varslet' : 'admin_ikke_nadd', `til=${entry.to}`)] };
      return igjen(ktx, entry, svar.retryAfterMs);
    }
    const tilgang = innsyn(ktx.org, sak, entry.to);
    if (!tilgang && entry.kind === 'oppdatering') {
      // A copy held by someone the case is now hidden from (moved to kommunalsjef, or a delegate after
      // a §12-5 classification): blanked, so nothing of the case stays in their chat.
      const kopi = { conversationId: String(entry.params?.conversationId), activityId: String(entry.params?.activityId) };
      const svar = await notifier.skjulSak(entry.to, kopi);
      if (svar.ok || svar.reason === 'unreachable' || entry.attempts + 1 >= MAKS_FORSOK) return { done: true, audit: [revisjon(ktx, 'system', 'kopi_skjult', `til=${entry.to}`)] };
      return igjen(ktx, entry, svar.retryAfterMs);
    }
    if (!tilgang) {
      // Roles changed since the entry was queued (or the receiver became one the case is hidden from):
      // not theirs to get; a varsel goes on to the next in line as if they could not be reached.
      if (entry.kind === 'varsel') return ikkeNadd(ktx, entry, 'levering_hoppet_over');
      return { done: true, audit: [revisjon(ktx, 'system', 'levering_hoppet_over', `til=${entry.to}`)] };
    }
    // A new card exists only once it is delivered, so it shows its own delivery as done, not «sendes».
    const somLevert = rolle ? { ...sak, leveringer: settLevering(sak, entry.to, rolle, { status: 'levert' }).leveringer } : sak;
    const full = tilgang === 'full';
    const visning = byggSakVisning(ktx.org, somLevert, entry.to, tilgang, full ? await handlingsKunnskap(ktx, sak) : { planEvaluertTrygg: false });

    if (entry.kind === 'oppdatering') {
      const kopi = { conversationId: String(entry.params?.conversationId), activityId: String(entry.params?.activityId) };
      const svar = await notifier.oppdaterSak(entry.to, kopi, visning, sak.leveringer);
      // A stale copy is no loss: it refreshes itself when opened (refresh.userIds).
      if (svar.ok || svar.reason === 'unreachable' || entry.attempts + 1 >= MAKS_FORSOK) return { done: true };
      return igjen(ktx, entry, svar.retryAfterMs);
    }

    const anledning: Anledning = entry.kind === 'informert' || entry.kind === 'meldt' || entry.kind === 'tildelt' ? entry.kind : 'ny';
    const svar = await notifier.sendSak(entry.to, visning, anledning, undefined, sak.leveringer);
    if (svar.ok) {
      const { conversationId, activityId } = svar;
      return {
        done: true,
        update: (s) => {
          const ny = settLevering(s, entry.to, rolle ?? 'mottaker', { status: 'levert', conversationId, activityId, tid });
          const hendelse = rolle === 'informert' ? 'skoleeier_informert' : 'levert';
          return { ...ny, historikk: [...ny.historikk, { nr: ny.historikk.length + 1, handling: hendelse, av: 'system', til: entry.to, tid }] };
        },
        audit: [revisjon(ktx, 'system', rolle === 'informert' ? 'skoleeier_informert' : 'levert', `til=${entry.to}`)],
      };
    }
    if (svar.reason !== 'unreachable' && entry.attempts + 1 < MAKS_FORSOK) return igjen(ktx, entry, svar.retryAfterMs);
    return ikkeNadd(ktx, entry, 'levering_feilet');
  };
}

/**
 * This person cannot get the card: recorded in the case; a varsel goes on to the next in line.
 * Who is next is decided on the case as stored with the outcomes of the cards sent beside this one
 * (`follow`), so the last receiver found unreachable passes it on, once.
 */
function ikkeNadd(ktx: AppKontekst, entry: OutboxEntry, hva: 'levering_feilet' | 'levering_hoppet_over'): DeliveryOutcome<SakData> {
  const tid = ktx.naa().toISOString();
  const rolle = ROLLE_FOR[entry.kind] ?? 'mottaker';
  return {
    done: true,
    audit: [revisjon(ktx, 'system', hva, `til=${entry.to}`)],
    update: (s) => {
      const ny = settLevering(s, entry.to, rolle, { status: 'uoppnaelig', tid });
      return { ...ny, historikk: [...ny.historikk, { nr: ny.historikk.length + 1, handling: 'levering_feilet', av: 'system', til: entry.to, tid }] };
    },
    follow: (s) => {
      const neste = entry.kind === 'varsel' ? nesteIRekken(ktx, s, entry.to) : undefined;
      if (!neste) return { value: s };
      const value = s.leveringer.some((l) => l.oid === neste && l.rolle === 'mottaker') ? s : { ...s, leveringer: [...s.leveringer, { oid: neste, rolle: 'mottaker' as const, status: 'venter' as const, tid }] };
      return { value, enqueue: [melding(ktx, 'varsel', neste)], audit: [revisjon(ktx, 'system', 'sendt_videre', `til=${neste}`)] };
    },
  };
}

function igjen(ktx: AppKontekst, entry: OutboxEntry, retryAfterMs?: number): DeliveryOutcome<SakData> {
  const vent = retryAfterMs ?? retryDelayMs(entry.attempts);
  return { done: false, notBefore: new Date(ktx.naa().getTime() + vent).toISOString() };
}
