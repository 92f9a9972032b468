/**
 * Saker as items: the aggregate in an envelope, plus the indexed columns that queries need.
 * Adapter-independent: works on any Store.
 *
 * A sak's id and case number are opaque, never the store's item id: item ids are one sequence
 * for the whole municipality, so gaps in a rektor's own case numbers would count the cases hidden
 * from rektor (varsler about the school's leadership). The item id stays inside the store layer.
 */
import { createHash } from 'node:crypto';
import type { Sak } from '../domain/sak';
import { osloDato } from '../domain/frister';
import { erAvsluttet } from '../domain/livslop';
import { lesLagretVarsel } from '../domain/varsel';
import { type AuditEntry, type Envelope, type OutboxEntry, type StoredEnvelope, envelope, withPending } from './envelope';
import { type ColumnValue, ConflictError, type Item, type Store } from './port';

/** What is stored: the whole sak. */
export type SakData = Sak;

export interface StoredSak extends StoredEnvelope<SakData> {
  sak: Sak;
}

const nokkel = (sakId: string) => `sak:${sakId}`;

/**
 * The sak's id, derived from who sent which form: the same submit (double click, Teams retry)
 * gives the same id and so the same item. 128 bits of a hash: unguessable and without order.
 */
export function sakIdFor(oid: string, skjemaId: string): string {
  return createHash('sha256').update(`varsel\n${oid}\n${skjemaId}`).digest('base64url').slice(0, 22);
}

// No 0/O, 1/I/L, 2/Z, 5/S, 8/B: read aloud or typed from a screen, a case number must survive it.
const ALFABET = 'ACDEFGHJKMNPQRTUVWXY3467';

/** A case number people can quote, e.g. "2026-KF7M-3QXA": the year, and 8 characters from the id. */
export function lagSaksnummer(sakId: string, opprettet: string): string {
  const bytes = createHash('sha256').update(`saksnummer\n${sakId}`).digest();
  const tegn = [...bytes.subarray(0, 8)].map((b) => ALFABET[b % ALFABET.length]).join('');
  return `${osloDato(new Date(opprettet)).slice(0, 4)}-${tegn.slice(0, 4)}-${tegn.slice(4)}`;
}

/**
 * The selection a case belongs to, so that the tab reads a school's cases in bounded queries
 * (SharePoint's list view threshold: the first, indexed clause must match fewer than 5,000 items):
 * all open cases of a school at once ('apen'), closed ones per month of the varsel ('2026-03',
 * Oslo) — small selections, read in parallel, of which a school year is 13 whatever the
 * municipality's first school day, and a case number's year 12.
 */
export function utvalgFor(skoleId: string, hvilke: 'apen' | string): string {
  return `${skoleId}|${hvilke}`;
}

export function sakKolonner(sak: SakData): Record<string, ColumnValue> {
  return {
    SkoleId: sak.skoleId,
    Kanal: sak.ruting.kanal,
    Status: sak.status,
    VarsletAv: sak.varsletAv,
    Saksansvarlig: sak.saksansvarlig ?? null,
    Opprettet: sak.opprettet,
    Utvalg: utvalgFor(sak.skoleId, erAvsluttet(sak.status) ? osloDato(new Date(sak.opprettet)).slice(0, 7) : 'apen'),
  };
}

/**
 * The stored case in today's shape. Varsler stored by the old form are read with what the old form
 * may have filled in by itself marked as uncertain (lesLagretVarsel); every read of a case (here
 * and in delivery) passes sakFraLager, so SQLite and SharePoint read old cases alike, with no bulk rewrite of a list
 * that may hold thousands of items. The next write of the case stores the new shape.
 */
export function sakFraStore(value: SakData): Sak {
  return { ...value, varsel: lesLagretVarsel(value.varsel, value.opprettet) };
}

export function fraItem(item: Item<Envelope<SakData>>): StoredSak {
  const { value, outbox, audit } = item.data;
  return { sak: sakFraStore(value), itemId: item.id, versjon: item.version, outbox, audit, item };
}

export async function opprettSak(
  store: Store,
  sak: Sak,
  outbox: OutboxEntry[],
  audit: AuditEntry[],
): Promise<{ lagret: StoredSak; opprettet: boolean }> {
  const env = envelope(sak, outbox, audit);
  const { item, created } = await store.create('saker', { key: nokkel(sak.id), columns: withPending(sakKolonner(sak), env), data: env });
  return { lagret: fraItem(item), opprettet: created };
}

export async function getSak(store: Store, sakId: string): Promise<StoredSak | undefined> {
  const item = await store.getByKey<Envelope<SakData>>('saker', nokkel(sakId));
  return item && fraItem(item);
}

/** Every case with this status (an indexed column). */
export async function* sakerMedStatus(store: Store, status: Sak['status']): AsyncIterable<StoredSak> {
  for await (const item of store.query<Envelope<SakData>>('saker', { where: [{ column: 'Status', op: 'eq', value: status }] })) yield fraItem(item);
}

/** Writes a changed sak with what the change caused, in one item write. Throws ConflictError if stale. */
export async function saveSak(
  store: Store,
  stored: StoredSak,
  sak: Sak,
  nyeOutboxEntries: OutboxEntry[],
  nyAudit: AuditEntry[],
): Promise<StoredSak> {
  const env = envelope(sak, [...stored.outbox, ...nyeOutboxEntries], [...stored.audit, ...nyAudit]);
  const item = await store.update('saker', { id: stored.itemId, version: stored.versjon, columns: withPending(sakKolonner(sak), env), data: env });
  return fraItem(item);
}

/**
 * Cases stored before the Utvalg column existed have none, and the tab's bounded reads (a school's
 * open cases, its closed ones per month) would not find them: this writes the column where it is
 * missing, nothing else, computed from the case's own columns (school, status, when opened). The
 * embedded store finds them by one indexed query for the empty column. On SharePoint a filter on
 * an empty column is no bounded selection past 5,000 items, so the adapter pages through the
 * whole list instead (`Store.backfill`: the few columns read, 5,000 items a request, the writes
 * 20 to a $batch). Both run at start; idempotent (a case that has it is not written again), and a
 * run that stops is completed by the next. Returns how many it filled.
 */
export async function fyllManglendeUtvalg(store: Store, opts: { pageSize?: number } = {}): Promise<number> {
  if (store.backfill) {
    const r = await store.backfill('saker', utvalgSomMangler, ['SkoleId', 'Status', 'Opprettet', 'Utvalg'], opts);
    return r.written;
  }
  let fylt = 0;
  const mangler: Item<Envelope<SakData>>[] = [];
  for await (const item of store.query<Envelope<SakData>>('saker', { where: [{ column: 'Utvalg', op: 'eq', value: null }] })) mangler.push(item);
  for (const item of mangler) {
    try {
      await store.update('saker', { id: item.id, version: item.version, columns: { ...item.columns, ...utvalgSomMangler(item.columns) }, data: item.data });
      fylt++;
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return fylt;
}

/** The Utvalg a stored case lacks, from its columns (as sakKolonner writes it); undefined if it has one. */
function utvalgSomMangler(kolonner: Record<string, ColumnValue>): { Utvalg: string } | undefined {
  if (kolonner.Utvalg) return undefined;
  const [skoleId, status, opprettet] = [kolonner.SkoleId, kolonner.Status, kolonner.Opprettet].map(String) as [string, Sak['status'], string];
  return { Utvalg: utvalgFor(skoleId, erAvsluttet(status) ? osloDato(new Date(opprettet)).slice(0, 7) : 'apen') };
}
