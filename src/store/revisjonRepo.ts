/**
 * The yearly revision as items (issue 23): one item per school year holds the questions' versions
 * and when it was sent; one item per school and school year holds that school's answer. Separate
 * items, so two rektors answering at once never conflict; each write is checked against the
 * version read (a stale one is a ConflictError), and the keys make a double click one item. The
 * audit entries of a change ride on the item it writes (envelope.ts) and are projected afterwards.
 */
import type { Revisjon, RevisjonsSvar } from '../domain/revisjon';
import { type AuditEntry, type Envelope, envelope, withPending } from './envelope';
import type { ColumnValue, Item, Store } from './port';
import type { ListName } from './schema';

export interface Stored<T> {
  verdi: T;
  itemId: string;
  versjon: string;
  audit: AuditEntry[];
}

const LISTE = 'revisjoner' satisfies ListName;
const revisjonNokkel = (skolear: string) => `revisjon|${skolear}`;
const svarNokkel = (skolear: string, skoleId: string) => `svar|${skolear}|${skoleId}`;
const fra = <T>(item: Item<Envelope<T>>): Stored<T> => ({ verdi: item.data.value, itemId: item.id, versjon: item.version, audit: item.data.audit });

/** Creates the item, or (given what was read) writes it back if unchanged since; a stale read is a ConflictError. */
async function skriv<T>(store: Store, nokkel: string, columns: Record<string, ColumnValue>, verdi: T, audit: AuditEntry[], stored?: Stored<T>): Promise<{ lagret: Stored<T>; skrevet: boolean }> {
  const env = envelope(verdi, [], [...(stored?.audit ?? []), ...audit]);
  if (!stored) {
    const { item, created } = await store.create<Envelope<T>>(LISTE, { key: nokkel, columns: withPending(columns, env), data: env });
    return { lagret: fra(item), skrevet: created };
  }
  return { lagret: fra(await store.update<Envelope<T>>(LISTE, { id: stored.itemId, version: stored.versjon, columns: withPending(columns, env), data: env })), skrevet: true };
}

export async function getRevisjon(store: Store, skolear: string): Promise<Stored<Revisjon> | undefined> {
  const item = await store.getByKey<Envelope<Revisjon>>(LISTE, revisjonNokkel(skolear));
  return item && fra(item);
}

/** Writes the revision; `skrevet` is false when another writer created it first (nothing written: read again). */
export function saveRevisjon(store: Store, r: Revisjon, audit: AuditEntry[], stored?: Stored<Revisjon>) {
  return skriv(store, revisjonNokkel(r.skolear), { Type: 'revisjon', Skolear: r.skolear, SkoleId: null }, r, audit, stored);
}

export async function getSvar(store: Store, skolear: string, skoleId: string): Promise<Stored<RevisjonsSvar> | undefined> {
  const item = await store.getByKey<Envelope<RevisjonsSvar>>(LISTE, svarNokkel(skolear, skoleId));
  return item && fra(item);
}

export function saveSvar(store: Store, s: RevisjonsSvar, audit: AuditEntry[], stored?: Stored<RevisjonsSvar>) {
  return skriv(store, svarNokkel(s.skolear, s.skoleId), { Type: 'svar', Skolear: s.skolear, SkoleId: s.skoleId }, s, audit, stored);
}

/** Every school's answer of one school year (an indexed column; a few dozen items). */
export async function alleSvar(store: Store, skolear: string): Promise<RevisjonsSvar[]> {
  const ut: RevisjonsSvar[] = [];
  for await (const item of store.query<Envelope<RevisjonsSvar>>(LISTE, { where: [{ column: 'Skolear', op: 'eq', value: skolear }] })) {
    if (item.columns.Type === 'svar') ut.push(item.data.value);
  }
  return ut;
}
