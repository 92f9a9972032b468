/**
 * Delivering a case's outbox entries (the dispatcher calls this for each one). Decides what the
 * law and the product want when delivery fails: nobody is silently dropped — an unreachable
 * receiver is marked as such in the case and the audit log, and when nobody in line has the
 * varsel the next receiver in line (another varselmottaker, then kommunalsjef) gets it — only while
 * the case is still unreceived, as stored at that moment: a received or closed case is never passed on.
 * What a delivery changes on the card (skoleeier told or not, someone not reached) reaches every copy
 * held (cardCopies.ts); someone who already holds a copy gets that copy updated, never a second card.
 */
import type { Oid } from '../domain/organisasjon';
import type { Delivery, Sak } from '../domain/sak';
import { retryDelayMs } from '../outbox/entries';
import type { OutboxEntry } from '../store/envelope';
import type { DeliveryHandler, DeliveryOutcome } from '../outbox/handler';
import type { Anledning, Notifier } from './notifier';
import { type SakData, sakFraStore } from '../store/sakRepo';
import { ADMIN_INGEN_KOMMUNALSJEF } from './skoleeierVarsling';
import { outboxEntry, auditEntry } from './outboxEntries';
import type { AppKontekst } from './kontekst';
import { INGEN_KUNNSKAP, sakKunnskap } from './planStatus';
import { byggSakView, skoleeierVarsling, type SakView } from './sakView';
import { OPPDATERING, oppdaterKopier, viserSaken } from './cardCopies';
import { OPPFOLGING, merknadNaa, oppfolgingTekst } from './paaminnelseKopier';
import { innsyn } from './tilgang';
import { ELEV_VIL_SNAKKE, leverVilSnakke } from './elev/vilSnakke';

/**
 * Tries to reach one person (about 15 minutes with the dispatcher's back-off) before the app stops
 * waiting for them and records them as not reached — and a varsel goes on to the next in line.
 * Below the dispatcher's dead-letter bound, so a legal notification never just dies in the outbox.
 */
const MAKS_FORSOK = 5;

/** Which copy of the card an outbox entry makes. */
const ROLLE_FOR: Record<string, Delivery['rolle']> = { varsel: 'mottaker', informert: 'informert', meldt: 'informert', tildelt: 'saksansvarlig' };

function settDelivery(sak: SakData, oid: Oid, rolle: Delivery['rolle'], endring: Partial<Delivery>): SakData {
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

export function lagDeliveryHandler(ktx: AppKontekst, notifier: Notifier): DeliveryHandler<SakData> {
  return async (entry, data): Promise<DeliveryOutcome<SakData>> => {
    const sak: Sak = sakFraStore(data);
    const tid = ktx.naa().toISOString();
    const rolle = ROLLE_FOR[entry.kind];
    if (entry.kind === ADMIN_INGEN_KOMMUNALSJEF) {
      // To an administrator about the organisation, not the case: no case content, no access needed.
      const svar = await notifier.sendAdminMessage(entry.to, 'ingen_kommunalsjef');
      if (svar.ok || svar.reason === 'unreachable' || entry.attempts + 1 >= MAKS_FORSOK) return { done: true, audit: [auditEntry(ktx, 'system', svar.ok ? 'admin_varslet' : 'admin_ikke_nadd', `til=${entry.to}`)] };
      return igjen(ktx, entry, svar.retryAfterMs);
    }
    if (entry.kind === ELEV_VIL_SNAKKE) return leverVilSnakke(ktx, notifier, entry, sak);
    const tilgang = innsyn(ktx.org, sak, entry.to);
    if (!tilgang && entry.kind === OPPDATERING) {
      // A copy held by someone the case is now hidden from (moved to kommunalsjef, or a delegate after
      // a §12-5 classification): blanked, so nothing of the case stays in their chat.
      const kopi = { conversationId: String(entry.params?.conversationId), activityId: String(entry.params?.activityId) };
      const svar = await notifier.skjulSak(entry.to, kopi);
      if (svar.ok || svar.reason === 'unreachable' || entry.attempts + 1 >= MAKS_FORSOK) return { done: true, audit: [auditEntry(ktx, 'system', 'kopi_skjult', `til=${entry.to}`)] };
      return igjen(ktx, entry, svar.retryAfterMs);
    }
    if (!tilgang) {
      // Roles changed since the entry was queued (or the receiver became one the case is hidden from):
      // not theirs to get; a varsel goes on to the next in line as if they could not be reached.
      if (entry.kind === 'varsel') return ikkeNadd(ktx, entry, 'levering_hoppet_over');
      return { done: true, audit: [auditEntry(ktx, 'system', 'levering_hoppet_over', `til=${entry.to}`)] };
    }
    if (entry.kind === 'varsel' && sak.status !== 'ny' && !sak.ruting.mottakere.includes(entry.to)) {
      // Passed on while nobody had it, but received (or closed) since: not theirs any more.
      return {
        done: true,
        update: (s) => ({ ...s, leveringer: s.leveringer.filter((l) => !(l.oid === entry.to && l.rolle === 'mottaker' && l.status === 'venter')) }),
        audit: [auditEntry(ktx, 'system', 'levering_hoppet_over', `til=${entry.to}`)],
      };
    }
    // A new card exists only once it is delivered, so it shows its own delivery as done, not «sendes».
    const somLevert = rolle ? { ...sak, leveringer: settDelivery(sak, entry.to, rolle, { status: 'levert' }).leveringer } : sak;
    const full = tilgang === 'full';
    const view = byggSakView(ktx.org, somLevert, entry.to, tilgang, full ? await sakKunnskap(ktx, sak) : INGEN_KUNNSKAP);

    if (entry.kind === OPPFOLGING) return sendOppfolging(ktx, notifier, entry, sak, view);
    // Someone who already holds a copy (a kommunalsjef told of the case who then receives it) gets it updated, not a second card.
    const holdt = entry.kind === OPPDATERING ? undefined : sak.leveringer.find((l) => l.oid === entry.to && l.activityId && l.conversationId && l.rolle !== 'varsler' && l.rolle !== rolle);
    if (entry.kind === OPPDATERING || holdt) {
      const kopi = holdt ? { conversationId: holdt.conversationId!, activityId: holdt.activityId! } : { conversationId: String(entry.params?.conversationId), activityId: String(entry.params?.activityId) };
      // A reminder copy says what is true now: still due, or what was done, by whom, when.
      const paaminnelse = sak.leveringer.find((l) => l.activityId === kopi.activityId && l.rolle === 'paminnelse');
      const merknad = paaminnelse ? await merknadNaa(ktx, sak, paaminnelse) : undefined;
      // An evaluation's form still due stays the form (it refreshes itself when opened).
      if (merknad?.aktuell && paaminnelse?.grunn?.skjema) return { done: true };
      const svar = await notifier.oppdaterSak(entry.to, kopi, view, sak.leveringer, merknad?.melding);
      if (svar.ok) return holdt ? levert(ktx, entry, sak, rolle, kopi, tid) : { done: true };
      if (svar.reason !== 'unreachable' && entry.attempts + 1 < MAKS_FORSOK) return igjen(ktx, entry, svar.retryAfterMs);
      // A stale copy is no loss: it refreshes itself when opened (refresh.userIds).
      return holdt ? ikkeNadd(ktx, entry, 'levering_feilet') : { done: true };
    }

    const anledning: Anledning = entry.kind === 'informert' || entry.kind === 'meldt' || entry.kind === 'tildelt' ? entry.kind : 'ny';
    const svar = await notifier.sendSak(entry.to, view, anledning, undefined, sak.leveringer);
    if (svar.ok) return levert(ktx, entry, sak, rolle, svar, tid);
    if (svar.reason !== 'unreachable' && entry.attempts + 1 < MAKS_FORSOK) return igjen(ktx, entry, svar.retryAfterMs);
    return ikkeNadd(ktx, entry, 'levering_feilet');
  };
}

/**
 * The card is in this person's chat (`kopi`): recorded in the case. When the case now says something
 * else of skoleeier than when this delivery began (told, §12-5 or rektor's report), every copy is updated.
 */
function levert(ktx: AppKontekst, entry: OutboxEntry, foer: Sak, rolle: Delivery['rolle'] | undefined, kopi: { conversationId: string; activityId: string }, tid: string): DeliveryOutcome<SakData> {
  const { conversationId, activityId } = kopi;
  return {
    done: true,
    update: (s) => {
      const ny = settDelivery(s, entry.to, rolle ?? 'mottaker', { status: 'levert', conversationId, activityId, tid });
      const hendelse = rolle === 'informert' ? 'skoleeier_informert' : 'levert';
      return { ...ny, historikk: [...ny.historikk, { nr: ny.historikk.length + 1, handling: hendelse, av: 'system', til: entry.to, tid }] };
    },
    // The card just sent was built from the case as it was when this delivery began (`foer`): it is updated too.
    follow: (s) => ({ value: s, enqueue: skoleeierEndret(ktx, foer, s) ? oppdaterKopier(ktx, s, {}, viserSaken(ktx, sakFraStore(s))) : [] }),
    audit: [auditEntry(ktx, 'system', rolle === 'informert' ? 'skoleeier_informert' : 'levert', `til=${entry.to}`)],
  };
}

/** Whether what the cards say of skoleeier (told, being told, not told) differs between two states of the case. */
function skoleeierEndret(ktx: AppKontekst, foer: Sak, naa: SakData): boolean {
  return skoleeierVarsling(ktx.org, foer)?.status !== skoleeierVarsling(ktx.org, sakFraStore(naa))?.status;
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
    audit: [auditEntry(ktx, 'system', hva, `til=${entry.to}`)],
    update: (s) => {
      const ny = settDelivery(s, entry.to, rolle, { status: 'uoppnaelig', tid });
      return { ...ny, historikk: [...ny.historikk, { nr: ny.historikk.length + 1, handling: 'levering_feilet', av: 'system', til: entry.to, tid }] };
    },
    follow: (s) => {
      // Every copy held shows who could not be reached (and, for skoleeier's notice, that skoleeier is NOT told).
      const kopier = oppdaterKopier(ktx, s, {}, viserSaken(ktx, sakFraStore(s)));
      // Passed on only while the case, as stored now, is still unreceived.
      const neste = entry.kind === 'varsel' && s.status === 'ny' ? nesteIRekken(ktx, s, entry.to) : undefined;
      if (!neste) return { value: s, enqueue: kopier };
      const value = s.leveringer.some((l) => l.oid === neste && l.rolle === 'mottaker') ? s : { ...s, leveringer: [...s.leveringer, { oid: neste, rolle: 'mottaker' as const, status: 'venter' as const, tid }] };
      return { value, enqueue: [...kopier, outboxEntry(ktx, 'varsel', neste)], audit: [auditEntry(ktx, 'system', 'sendt_videre', `til=${neste}`)] };
    },
  };
}

/**
 * The kommunalsjef's «Be rektor følge opp» (src/app/skoleeierSteg.ts): a new card in rektor's chat with
 * the request on top, recorded on its copy (matched by the request's time) so the case's changes update it.
 */
async function sendOppfolging(ktx: AppKontekst, notifier: Notifier, entry: OutboxEntry, sak: Sak, view: SakView): Promise<DeliveryOutcome<SakData>> {
  const grunnTid = String(entry.params?.grunnTid ?? '');
  const er = (l: Delivery) => l.oid === entry.to && l.rolle === 'paminnelse' && l.grunn?.type === OPPFOLGING && l.grunn.tid === grunnTid;
  const grunn = sak.leveringer.find(er)?.grunn;
  if (!grunn) return { done: true };
  const sett = (endring: Partial<Delivery>) => (s: SakData): SakData => ({ ...s, leveringer: s.leveringer.map((l) => (er(l) ? { ...l, ...endring } : l)) });
  const svar = await notifier.sendSak(entry.to, view, 'paminnelse', oppfolgingTekst(ktx, grunn), sak.leveringer);
  const tid = ktx.naa().toISOString();
  if (svar.ok) return { done: true, update: sett({ status: 'levert', conversationId: svar.conversationId, activityId: svar.activityId, tid }), audit: [auditEntry(ktx, 'system', 'oppfolging_levert', `til=${entry.to}`)] };
  if (svar.reason !== 'unreachable' && entry.attempts + 1 < MAKS_FORSOK) return igjen(ktx, entry, svar.retryAfterMs);
  // Not reached: every copy (the kommunalsjef's too) shows it under «Vis detaljer».
  return {
    done: true,
    update: sett({ status: 'uoppnaelig', tid }),
    follow: (s) => ({ value: s, enqueue: oppdaterKopier(ktx, s, {}, viserSaken(ktx, sakFraStore(s))) }),
    audit: [auditEntry(ktx, 'system', 'oppfolging_ikke_levert', `til=${entry.to}`)],
  };
}

function igjen(ktx: AppKontekst, entry: OutboxEntry, retryAfterMs?: number): DeliveryOutcome<SakData> {
  const vent = retryAfterMs ?? retryDelayMs(entry.attempts);
  return { done: false, notBefore: new Date(ktx.naa().getTime() + vent).toISOString() };
}
