/**
 * The organisation in the store: the kommune, the schools (each one item holding its
 * varslingsliste and that list's history) and the staff (one item per person, in 16 buckets so
 * every query stays under SharePoint's list view threshold). Works on any Store.
 */
import type { Oid } from '../domain/organisasjon';
import { type ColumnValue, ConflictError, type Item, type Store } from '../store/port';
import type { AnsattData, KommuneData, SkoleData, SyncTilstand } from './data';

const KOMMUNE = 'kommune';
const SYNC = 'synk';
const skoleNokkel = (id: string) => `skole:${id}`;
const ansattNokkel = (oid: Oid) => `ansatt:${oid}`;
const BOLKER = '0123456789abcdef'.split('');

/** The oid's first hex digit: the bucket its item is found in. */
export const bolk = (oid: Oid): string => oid.charAt(0).toLowerCase();

export interface Stored<T> {
  data: T;
  itemId: string;
  versjon: string;
}

const stored = <T>(item: Item<T>): Stored<T> => ({ data: item.data, itemId: item.id, versjon: item.version });

/** The organisation's item under a key (the kommune, a school, the sync's state). */
async function getOrg<T>(store: Store, key: string): Promise<Stored<T> | undefined> {
  const item = await store.getByKey<T>('organisasjon', key);
  return item && stored(item);
}

type Kolonner = Record<string, ColumnValue>;

/** Replaces what was read (ConflictError if stale). */
const erstatt = async <T>(store: Store, forrige: Stored<T>, columns: Kolonner, data: T): Promise<Stored<T>> =>
  stored(await store.update('organisasjon', { id: forrige.itemId, version: forrige.versjon, columns, data }));

/** Creates the item under `key` (ConflictError when the key is taken) or replaces it when `forrige` is given. */
async function saveOrg<T>(store: Store, key: string, columns: Kolonner, data: T, forrige?: Stored<T>): Promise<Stored<T>> {
  if (forrige) return erstatt(store, forrige, columns, data);
  const { item, created } = await store.create('organisasjon', { key, columns, data });
  if (!created) throw new ConflictError('Organisasjon', item.id);
  return stored(item);
}

export const getKommune = (store: Store) => getOrg<KommuneData>(store, KOMMUNE);

/** Creates the kommune item, or replaces it when `forrige` is given (ConflictError if stale). */
export const saveKommune = (store: Store, data: KommuneData, forrige?: Stored<KommuneData>) => saveOrg(store, KOMMUNE, { Type: 'kommune', SkoleId: null }, data, forrige);

export const getSkole = (store: Store, id: string) => getOrg<SkoleData>(store, skoleNokkel(id));

export async function getSkoler(store: Store): Promise<Stored<SkoleData>[]> {
  const ut: Stored<SkoleData>[] = [];
  for await (const item of store.query<SkoleData>('organisasjon', { where: [{ column: 'Type', op: 'eq', value: 'skole' }] })) ut.push(stored(item));
  return ut;
}

/** The schools and the sync's state in one query (the sync's first read; the list holds a few hundred items at most). */
export async function getSkolerOgSync(store: Store): Promise<{ skoler: Stored<SkoleData>[]; synk?: Stored<SyncTilstand> }> {
  const skoler: Stored<SkoleData>[] = [];
  let sync: Stored<SyncTilstand> | undefined;
  for await (const item of store.query<SkoleData | SyncTilstand>('organisasjon', { where: [{ column: 'Type', op: 'ne', value: KOMMUNE }] })) {
    if (item.columns.Type === 'skole') skoler.push(stored(item as Item<SkoleData>));
    else if (item.key === SYNC) sync = stored(item as Item<SyncTilstand>);
  }
  return { skoler, ...(sync ? { synk: sync } : {}) };
}

/** Creates a school (ConflictError when the id is taken) or replaces it when `forrige` is given. */
export const saveSkole = (store: Store, data: SkoleData, forrige?: Stored<SkoleData>) => saveOrg(store, skoleNokkel(data.id), { Type: 'skole', SkoleId: data.id }, data, forrige);

export async function getAnsatt(store: Store, oid: Oid): Promise<Stored<AnsattData> | undefined> {
  const item = await store.getByKey<AnsattData>('ansatte', ansattNokkel(oid));
  return item && stored(item);
}

/** Every stored person, bucket by bucket. */
export async function getAnsatte(store: Store): Promise<Stored<AnsattData>[]> {
  const ut: Stored<AnsattData>[] = [];
  for (const b of BOLKER) {
    // A limit lets the SharePoint adapter ask for up to 5,000 items a page: one request per bucket.
    for await (const item of store.query<AnsattData>('ansatte', { where: [{ column: 'Bolk', op: 'eq', value: b }], limit: 100_000 })) ut.push(stored(item));
  }
  return ut;
}

/**
 * Writes a person: `endre` gets what is stored (undefined for someone new) and returns the new
 * record, or undefined to leave it as it is (`kjent`: what the caller already read, saving a read). Retried on a conflict with a fresh read, so the sync
 * and an admin naming a rektor at the same moment both land.
 */
export async function endreAnsatt(
  store: Store,
  oid: Oid,
  endre: (naa: AnsattData | undefined) => AnsattData | undefined,
  kjent?: Stored<AnsattData>,
): Promise<AnsattData | undefined> {
  let naa = kjent ?? (await getAnsatt(store, oid));
  for (let forsok = 0; ; forsok++) {
    const ny = endre(naa?.data);
    if (!ny || (naa && JSON.stringify(ny) === JSON.stringify(naa.data))) return naa?.data;
    const columns = { Oid: oid, Bolk: bolk(oid) };
    try {
      if (naa) return (await store.update('ansatte', { id: naa.itemId, version: naa.versjon, columns, data: ny })).data;
      const { item, created } = await store.create('ansatte', { key: ansattNokkel(oid), columns, data: ny });
      if (created) return item.data;
      naa = stored(item);
    } catch (e) {
      if (!(e instanceof ConflictError) || forsok >= 3) throw e;
      naa = await getAnsatt(store, oid);
    }
  }
}

/**
 * Stores people new to the store, 20 to a $batch: the ones that already exist (someone stored them
 * meanwhile, e.g. an admin naming a rektor) are changed through endreAnsatt instead.
 */
export async function opprettAnsatte(store: Store, nye: AnsattData[], endre: (oid: Oid, naa: AnsattData | undefined) => AnsattData | undefined): Promise<void> {
  const svar = await store.createMany(
    'ansatte',
    nye.map((a) => ({ key: ansattNokkel(a.oid), columns: { Oid: a.oid, Bolk: bolk(a.oid) }, data: a })),
  );
  for (const { item, created } of svar) {
    const oid = (item.data as AnsattData).oid;
    if (!created) await endreAnsatt(store, oid, (naa) => endre(oid, naa), stored(item as Item<AnsattData>));
  }
}

export const getSync = (store: Store) => getOrg<SyncTilstand>(store, SYNC);

/** Unlike a school, a sync state someone created meanwhile is replaced, not refused. */
export async function saveSync(store: Store, data: SyncTilstand, forrige?: Stored<SyncTilstand>): Promise<Stored<SyncTilstand>> {
  const columns = { Type: 'synk', SkoleId: null };
  if (forrige) return erstatt(store, forrige, columns, data);
  const { item, created } = await store.create('organisasjon', { key: SYNC, columns, data });
  return created ? stored(item) : erstatt(store, stored(item), columns, data);
}
