/**
 * Separation of duties for the roles that read cases (docs/trusselmodell.md): a kommunalsjef, a
 * municipal case worker (saksbehandler) and a rektor.
 * - Nobody gives themselves such a role: the administrator (who by design reads no case content)
 *   naming itself kommunalsjef, case worker or rektor is refused, so a quiet «name myself, read,
 *   revert» is impossible; another administrator must do it, and that is on the record.
 * - Every change is kept with who, when, before and after — in the kommune's own history (or the
 *   school's list history, for rektor) — and is an audit entry and a card to the kommunalsjefer as
 *   they were before the change (so a kommunalsjef removed is told too). The entry and the cards ride
 *   on one item (the reminders' list, type 'rolleendring'), written in one store operation and
 *   delivered by the outbox: neither is lost once the change is saved.
 */
import type { Oid, Person, Rolleendring } from '../../domain/organisasjon';
import { osloDato } from '../../domain/frister';
import { finnSkole } from '../../domain/roller';
import { formaterTid, nb } from '../../i18n/aktiv';
import { kravEllerFinn, type Paaminnelse } from '../../store/paaminnelseRepo';
import type { Aktor, AppKontekst } from '../kontekst';
import type { PaaminnelseView } from '../notifier';
import { type Resultat, feil, ok } from '../resultat';
import { navnPaa } from '../sakView';
import { outboxEntry, auditEntry } from '../outboxEntries';

/** The outbox kind of a role change's card. */
export const ROLLEENDRING_KIND = 'rolleendring';

/** Refused when the person would give themselves a role that reads cases they do not hold already. */
export function ikkeSegSelv(aktor: Aktor, for_: readonly Person[], etter: readonly Person[]): Resultat<true> {
  const hadde = for_.some((p) => p.oid === aktor.oid);
  const far = etter.some((p) => p.oid === aktor.oid);
  return far && !hadde ? feil({ kode: 'ikke_tillatt', melding: nb.org.egenRolle }) : ok(true);
}

/** The change, if anyone came or went (the order of a list alone is no change of who reads). */
export function endring(aktor: Aktor, tid: Date, rolle: Rolleendring['rolle'], for_: Person[], etter: Person[], skoleId?: string): Rolleendring | undefined {
  const fra = new Set(for_.map((p) => p.oid));
  const til = new Set(etter.map((p) => p.oid));
  if (fra.size === til.size && [...fra].every((oid) => til.has(oid))) return undefined;
  return { rolle, ...(skoleId ? { skoleId } : {}), av: aktor.oid, tid: tid.toISOString(), for: for_, etter };
}

/**
 * Puts the changes on the record and tells the kommunalsjefer (as they were before): one item with
 * an audit entry per change and a card per kommunalsjef. Called after the change is saved.
 */
export async function kunngjor(ktx: AppKontekst, endringer: Rolleendring[], kommunalsjeferFor: readonly Oid[]): Promise<void> {
  for (const e of endringer) {
    const id = ktx.nyId();
    const p: Paaminnelse = { type: 'rolleendring', ting: `rolle:${id}`, dag: osloDato(new Date(e.tid)), straks: false, rolleendring: e, av: e.av, opprettet: e.tid };
    const detalj = `rolle=${e.rolle};skole=${e.skoleId ?? '-'};for=${e.for.map((x) => x.oid).join(',')};etter=${e.etter.map((x) => x.oid).join(',')}`;
    const card = [...new Set(kommunalsjeferFor)].map((oid) => outboxEntry(ktx, ROLLEENDRING_KIND, oid));
    const { item } = await kravEllerFinn(ktx.store, p, p.dag, card, [auditEntry(ktx, e.av, 'rolle_endret', detalj)]);
    ktx.log.info({ rolle: e.rolle, skoleId: e.skoleId, kort: card.length }, 'rolle endret');
    ktx.startLevering({ list: 'paminnelser', item });
  }
}

/** The card's text: who named whom to what, when, before and after — names and roles only. */
export function rolleendringView(ktx: AppKontekst, e: Rolleendring): PaaminnelseView {
  const t = nb.org.rolleendring;
  const navn = (ps: Person[]) => (ps.length === 0 ? t.ingen : ps.map((p) => p.navn).join(', '));
  const rolle = e.rolle === 'rektor' ? t.rektor(finnSkole(ktx.org, e.skoleId ?? '')?.navn ?? e.skoleId ?? '') : t[e.rolle];
  return { type: 'rolleendring', melding: t.tekst(navnPaa(ktx.org, e.av), rolle, formaterTid(new Date(e.tid)), navn(e.for), navn(e.etter)) };
}
