/**
 * The yearly revision as items (issue 23): one item per school year holds the questions' versions
 * and when it was sent; one item per school and school year holds that school's answer. Separate
 * items, so two rektors answering at once never conflict; each write is checked against the
 * version read (a stale one is a ConflictError), and the keys make a double click one item.
 */
import type { Revisjon, RevisjonsSvar } from '../domain/revisjon';
import type { Item, Store } from './port';

export interface Lagret<T> {
  verdi: T;
  itemId: string;
  versjon: string;
}

const revisjonNokkel = (skolear: string) => `revisjon|${skolear}`;
const svarNokkel = (skolear: string, skoleId: string) => `svar|${skolear}|${skoleId}`;
const fra = <T>(item: Item<T>): Lagret<T> => ({ verdi: item.data, itemId: item.id, versjon: item.version });

export async function hentRevisjon(store: Store, skolear: string): Promise<Lagret<Revisjon> | undefined> {
  const item = await store.getByKey<Revisjon>('revisjoner', revisjonNokkel(skolear));
  return item && fra(item);
}

/** Writes the revision: creates it when `lagret` is absent (another creator first: a ConflictError-free no-op, the stored one is returned). */
export async function lagreRevisjon(store: Store, r: Revisjon, lagret?: Lagret<Revisjon>): Promise<Lagret<Revisjon>> {
  const columns = { Type: 'revisjon', Skolear: r.skolear, SkoleId: null };
  if (!lagret) return fra((await store.create<Revisjon>('revisjoner', { key: revisjonNokkel(r.skolear), columns, data: r })).item);
  return fra(await store.update<Revisjon>('revisjoner', { id: lagret.itemId, version: lagret.versjon, columns, data: r }));
}

export async function hentSvar(store: Store, skolear: string, skoleId: string): Promise<Lagret<RevisjonsSvar> | undefined> {
  const item = await store.getByKey<RevisjonsSvar>('revisjoner', svarNokkel(skolear, skoleId));
  return item && fra(item);
}

export async function lagreSvar(store: Store, s: RevisjonsSvar, lagret?: Lagret<RevisjonsSvar>): Promise<Lagret<RevisjonsSvar>> {
  const columns = { Type: 'svar', Skolear: s.skolear, SkoleId: s.skoleId };
  if (!lagret) {
    const { item, created } = await store.create<RevisjonsSvar>('revisjoner', { key: svarNokkel(s.skolear, s.skoleId), columns, data: s });
    // Someone saved the school's answer first: write over it with the version just read.
    return created ? fra(item) : fra(await store.update<RevisjonsSvar>('revisjoner', { id: item.id, version: item.version, columns, data: s }));
  }
  return fra(await store.update<RevisjonsSvar>('revisjoner', { id: lagret.itemId, version: lagret.versjon, columns, data: s }));
}

/** Every school's answer of one school year (an indexed column; a few dozen items). */
export async function alleSvar(store: Store, skolear: string): Promise<RevisjonsSvar[]> {
  const ut: RevisjonsSvar[] = [];
  for await (const item of store.query<RevisjonsSvar>('revisjoner', { where: [{ column: 'Skolear', op: 'eq', value: skolear }] })) {
    if (item.columns.Type === 'svar') ut.push(item.data);
  }
  return ut;
}
