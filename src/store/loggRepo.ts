/**
 * The case log as items: one item per entry, never updated (a correction is a new entry). The
 * key is the entry's idempotency key, so the same note sent twice (double click, retry) is stored once.
 */
import type { Loggforing, LoggType } from '../domain/sakslogg';
import { type AuditEntry, type Envelope, envelope, withPending } from './envelope';
import type { Item, Store } from './port';

export async function opprettLoggforing(store: Store, nokkel: string, loggforing: Loggforing, audit: AuditEntry[]): Promise<{ loggforing: Loggforing; opprettet: boolean; item: Item<Envelope<Loggforing>> }> {
  const env = envelope(loggforing, [], audit);
  const columns = withPending({ SakId: loggforing.sakId, Type: loggforing.type, Dato: loggforing.dato }, env);
  const { item, created } = await store.create<Envelope<Loggforing>>('sakslogg', { key: `logg:${nokkel}`, columns, data: env });
  return { loggforing: item.data.value, opprettet: created, item };
}

/** Every entry of a case, in the order written. */
export async function getLogg(store: Store, sakId: string): Promise<Loggforing[]> {
  const logg: Loggforing[] = [];
  for await (const item of store.query<Envelope<Loggforing>>('sakslogg', { where: [{ column: 'SakId', op: 'eq', value: sakId }] })) {
    logg.push(item.data.value);
  }
  return logg.sort((a, b) => a.tid.localeCompare(b.tid));
}

/** Whether the case has an entry of this kind: one small query, not the whole log. */
export async function harLoggforing(store: Store, sakId: string, type: LoggType): Promise<boolean> {
  const q = store.query('sakslogg', { where: [{ column: 'SakId', op: 'eq', value: sakId }, { column: 'Type', op: 'eq', value: type }], limit: 1 });
  for await (const _ of q) return true;
  return false;
}
