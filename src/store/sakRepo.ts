/**
 * Saker as items: the aggregate (without its store-assigned id) in an envelope, plus the indexed
 * columns that queries need. Adapter-independent: works on any Store.
 */
import type { Sak } from '../domain/sak';
import { osloDato } from '../domain/frister';
import { type AuditEntry, type Envelope, type OutboxEntry, envelope, withPending } from '../outbox/envelope';
import type { ColumnValue, Item, Store } from './port';

/** What is stored: the sak without the fields the store assigns. */
export type SakData = Omit<Sak, 'id' | 'saksnummer'>;

export interface LagretSak {
  sak: Sak;
  versjon: string;
  outbox: OutboxEntry[];
  audit: AuditEntry[];
}

export function sakKolonner(sak: SakData): Record<string, ColumnValue> {
  return {
    SkoleId: sak.skoleId,
    Kanal: sak.ruting.kanal,
    Status: sak.status,
    VarsletAv: sak.varsletAv,
    Saksansvarlig: sak.saksansvarlig ?? null,
    Opprettet: sak.opprettet,
  };
}

/** A human case number: the year it was reported and the store's sequence, e.g. "2026-17". */
export function saksnummer(id: string, opprettet: string): string {
  return `${osloDato(new Date(opprettet)).slice(0, 4)}-${id}`;
}

export function fraItem(item: Item<Envelope<SakData>>): LagretSak {
  const { value, outbox, audit } = item.data;
  return { sak: { ...value, id: item.id, saksnummer: saksnummer(item.id, value.opprettet) }, versjon: item.version, outbox, audit };
}

function tilData(sak: Sak | SakData): SakData {
  const { id: _id, saksnummer: _nr, ...data } = sak as Sak;
  return data;
}

export async function opprettSak(
  store: Store,
  nokkel: string,
  sak: SakData,
  outbox: OutboxEntry[],
  audit: AuditEntry[],
): Promise<{ lagret: LagretSak; opprettet: boolean }> {
  const env = envelope(sak, outbox, audit);
  const { item, created } = await store.create('saker', { key: nokkel, columns: withPending(sakKolonner(sak), env), data: env });
  return { lagret: fraItem(item), opprettet: created };
}

export async function hentSak(store: Store, id: string): Promise<LagretSak | undefined> {
  const item = await store.get<Envelope<SakData>>('saker', id);
  return item && fraItem(item);
}

/** Writes a changed sak with what the change caused, in one item write. Throws ConflictError if stale. */
export async function lagreSak(
  store: Store,
  lagret: LagretSak,
  sak: Sak,
  nyeMeldinger: OutboxEntry[],
  nyRevisjon: AuditEntry[],
): Promise<LagretSak> {
  const data = tilData(sak);
  const env = envelope(data, [...lagret.outbox, ...nyeMeldinger], [...lagret.audit, ...nyRevisjon]);
  const item = await store.update('saker', { id: sak.id, version: lagret.versjon, columns: withPending(sakKolonner(data), env), data: env });
  return fraItem(item);
}
