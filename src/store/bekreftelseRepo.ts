/**
 * Bekreftelser as items: one per person, school, school year and text version. The key is that
 * whole tuple, so a double submit (or two tabs) stores one record; a new text version is a new one.
 */
import type { Bekreftelse } from '../domain/bekreftelse';
import type { Store } from './port';

const nokkel = (b: Pick<Bekreftelse, 'oid' | 'skoleId' | 'skolear' | 'tekstversjon'>) => `bekreftelse:${b.oid}:${b.skoleId}:${b.skolear}:${b.tekstversjon}`;

/** Stores the confirmation unless it exists; returns the stored one (the first, on a double submit). */
export async function saveBekreftelse(store: Store, b: Bekreftelse): Promise<{ bekreftelse: Bekreftelse; ny: boolean }> {
  const { item, created } = await store.create<Bekreftelse>('bekreftelser', {
    key: nokkel(b),
    columns: { Oid: b.oid, SkoleId: b.skoleId, Skolear: b.skolear },
    data: b,
  });
  return { bekreftelse: item.data, ny: created };
}

/** The confirmations of a school year whose column (a school, a person) has the value. */
async function iSkolearet(store: Store, column: 'SkoleId' | 'Oid', value: string, skolear: string): Promise<Bekreftelse[]> {
  const ut: Bekreftelse[] = [];
  const where = [
    { column, op: 'eq' as const, value },
    { column: 'Skolear', op: 'eq' as const, value: skolear },
  ];
  for await (const item of store.query<Bekreftelse>('bekreftelser', { where })) ut.push(item.data);
  return ut;
}

/** Every confirmation at a school in a school year (all text versions). */
export const bekreftelserVed = (store: Store, skoleId: string, skolear: string) => iSkolearet(store, 'SkoleId', skoleId, skolear);

/** One person's confirmations in a school year, at any school. */
export const mineBekreftelser = (store: Store, oid: string, skolear: string) => iSkolearet(store, 'Oid', oid, skolear);
