/**
 * The school year's items (list «Skoleår»): the municipality's skolerute and årshjul, one item each
 * per school year (keys 'skolerute:<skoleår>', 'aarshjul:<skoleår>'), changed by read-check-write on
 * their version; and each school's record of a checkpoint done ('utfort:<skoleår>:<skole>:<punkt>'),
 * created once — a double click stores one record.
 */
import type { Aarshjul, SjekkpunktUtfort } from '../domain/aarshjul';
import type { Skolerute } from '../domain/skolerute';
import { ConflictError, type Item, type Store } from './port';

type Helhet = { skolerute: Skolerute; aarshjul: Aarshjul };

const nokkel = (type: keyof Helhet, skolear: string) => `${type}:${skolear}`;

export async function getHelhet<K extends keyof Helhet>(store: Store, type: K, skolear: string): Promise<Item<Helhet[K]> | undefined> {
  return store.getByKey<Helhet[K]>('skolear', nokkel(type, skolear));
}

/**
 * Stores the skolerute or årshjul of a year over the version read: `versjon` undefined means the
 * caller read none stored (it saw the default). Someone else's save in between is a ConflictError,
 * never an overwrite.
 */
export async function saveHelhet<K extends keyof Helhet>(store: Store, type: K, verdi: Helhet[K], versjon: string | undefined): Promise<Item<Helhet[K]>> {
  const columns = { Type: type, Skolear: verdi.skolear };
  if (versjon === undefined) {
    const { item, created } = await store.create<Helhet[K]>('skolear', { key: nokkel(type, verdi.skolear), columns, data: verdi });
    if (!created) throw new ConflictError('skolear', item.id);
    return item;
  }
  const finnes = await getHelhet(store, type, verdi.skolear);
  if (!finnes) throw new ConflictError('skolear', nokkel(type, verdi.skolear));
  return store.update<Helhet[K]>('skolear', { id: finnes.id, version: versjon, columns, data: verdi });
}

const utfortNokkel = (u: Pick<SjekkpunktUtfort, 'skolear' | 'skoleId' | 'sjekkpunktId'>) => `utfort:${u.skolear}:${u.skoleId}:${u.sjekkpunktId}`;

/** Records a checkpoint done unless it is; returns the stored record (the first, on a double click). */
export async function saveUtfort(store: Store, u: SjekkpunktUtfort): Promise<{ utfort: SjekkpunktUtfort; ny: boolean }> {
  const { item, created } = await store.create<SjekkpunktUtfort>('skolear', {
    key: utfortNokkel(u),
    columns: { Type: 'utfort', Skolear: u.skolear, SkoleId: u.skoleId },
    data: u,
  });
  return { utfort: item.data, ny: created };
}

/** Every checkpoint done in a school year, at every school (a few hundred at most). */
export async function utforteI(store: Store, skolear: string): Promise<SjekkpunktUtfort[]> {
  const ut: SjekkpunktUtfort[] = [];
  const where = [
    { column: 'Skolear', op: 'eq' as const, value: skolear },
    { column: 'Type', op: 'eq' as const, value: 'utfort' },
  ];
  for await (const item of store.query<SjekkpunktUtfort>('skolear', { where })) ut.push(item.data);
  return ut;
}
