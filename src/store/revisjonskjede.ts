/**
 * The audit log as a hash chain, on either store. Each entry gets the next number and
 * hash = sha256(previous hash + the entry), so changing, removing or inserting an entry breaks
 * every hash after it, and `npm run audit:verify` names the first broken link.
 *
 * Appends are serialised through one head item (key `kjede:hode`, guarded by its version):
 * 1. read the head (or take the one this process last wrote); if an earlier append crashed after moving the head, store its entries first;
 * 2. number and hash the new entries from the head and write the head (with those entries as
 *    `ventende`) — a concurrent appender gets a conflict and starts over;
 * 3. store the entries (keyed by their id, so a repeat stores nothing twice);
 * 4. clear `ventende` on the head.
 * The head remembers the last ids it chained (`nylige`), so an entry projected twice (a crash
 * between projecting and removing it from its case) is chained once. A crash anywhere leaves
 * either nothing or a head whose `ventende` the next append (or the verifier) completes.
 *
 * Limit, written down in docs/trusselmodell.md: someone with write access to the store can
 * rewrite the whole chain and the head consistently; the chain shows tampering by anyone who
 * cannot, and the head's hash, copied out (the verifier prints it), anchors everything before it.
 */
import { createHash } from 'node:crypto';
import { ConflictError, type Item, type Store } from './port';

/** One audit entry, as the app writes it. Ids and short codes only, never names or case text. */
export interface Revisjonspost {
  /** Unique (uuid): the item's key, so chaining the same entry twice stores it once. */
  id: string;
  at: string;
  actor: string;
  action: string;
  detail?: string;
  /** The list and item the entry is about (a case's item), when it is about one. */
  list?: string;
  itemId?: string;
}

export interface Lenke extends Revisjonspost {
  nr: number;
  /** The previous entry's hash (START for the first). */
  forrige: string;
  hash: string;
}

interface Hode {
  nr: number;
  hash: string;
  ventende: Lenke[];
  nylige: string[];
}

export const HODE_NOKKEL = 'kjede:hode';
export const START = '0'.repeat(64);
/** Ids remembered on the head to chain a re-projected entry once; re-projection follows within minutes. */
const NYLIGE = 500;
const MAKS_KONFLIKTER = 50;
/** Links read per query when verifying. */
const VINDU = 2000;

/** Canonical JSON: keys sorted, so the hash does not depend on property order after a round trip. */
function kanonisk(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(kanonisk).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${kanonisk(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function lenkeHash(forrige: string, nr: number, post: Revisjonspost): string {
  const { id, at, actor, action, detail, list, itemId } = post;
  return createHash('sha256').update(`${forrige}\n${kanonisk({ nr, id, at, actor, action, detail, list, itemId })}`).digest('hex');
}

function lenkeItem(l: Lenke) {
  return {
    key: l.id,
    columns: { Nr: l.nr, Liste: l.list ?? '', ElementId: l.itemId ?? '', Aktor: l.actor, Handling: l.action, Tidspunkt: l.at },
    data: l,
  };
}

async function hentHode(store: Store): Promise<Item<Hode>> {
  const funnet = await store.getByKey<Hode>('revisjonslogg', HODE_NOKKEL);
  if (funnet) return funnet;
  const tom: Hode = { nr: 0, hash: START, ventende: [], nylige: [] };
  const { item } = await store.create<Hode>('revisjonslogg', {
    key: HODE_NOKKEL,
    columns: { Liste: 'kjede', ElementId: '', Aktor: 'system', Handling: 'kjedehode', Tidspunkt: new Date(0).toISOString() },
    data: tom,
  });
  return item;
}

/**
 * The head as this process last wrote it (its `ventende` cleared): the next append writes it
 * without reading it first. A head moved meanwhile by another process makes that write a
 * conflict, and the head is read afresh. Per store object, so a test's wrapper has its own.
 */
const kjentHode = new WeakMap<Store, Item<Hode>>();

/** Appends the entries to the chain (those already chained are skipped). Throws what the store throws. */
export async function leggTilRevisjon(store: Store, poster: Revisjonspost[]): Promise<void> {
  if (poster.length === 0) return;
  for (let konflikter = 0; ; konflikter++) {
    const sist = kjentHode.get(store);
    kjentHode.delete(store);
    const hode = sist ?? (await hentHode(store));
    const h = hode.data;
    // An append that crashed between moving the head and storing its entries is finished first.
    if (h.ventende.length > 0) await store.createMany('revisjonslogg', h.ventende.map(lenkeItem));
    const kjent = new Set([...h.nylige, ...h.ventende.map((l) => l.id)]);
    const nye = poster.filter((p, i) => !kjent.has(p.id) && poster.findIndex((q) => q.id === p.id) === i);
    if (nye.length === 0 && h.ventende.length === 0) {
      kjentHode.set(store, hode);
      return;
    }

    const lenker: Lenke[] = [];
    let forrige = h.hash;
    for (const [i, post] of nye.entries()) {
      const nr = h.nr + i + 1;
      const hash = lenkeHash(forrige, nr, post);
      lenker.push({ ...post, nr, forrige, hash });
      forrige = hash;
    }
    const nytt: Hode = { nr: h.nr + lenker.length, hash: forrige, ventende: lenker, nylige: [...h.nylige, ...lenker.map((l) => l.id)].slice(-NYLIGE) };
    let flyttet: Item<Hode>;
    try {
      flyttet = await store.update<Hode>('revisjonslogg', { id: hode.id, version: hode.version, columns: hode.columns, data: nytt });
    } catch (e) {
      if (e instanceof ConflictError && konflikter < MAKS_KONFLIKTER) continue;
      throw e;
    }
    if (lenker.length > 0) await store.createMany('revisjonslogg', lenker.map(lenkeItem));
    try {
      kjentHode.set(store, await store.update<Hode>('revisjonslogg', { id: flyttet.id, version: flyttet.version, columns: flyttet.columns, data: { ...nytt, ventende: [] } }));
    } catch (e) {
      // Another appender moved on and stores our entries as its step 1 (they are idempotent by key).
      if (!(e instanceof ConflictError)) throw e;
    }
    return;
  }
}

export type Kjedesjekk =
  | { ok: true; antall: number; hode: string }
  | { ok: false; antall: number; brudd: { nr: number; grunn: string } };

/** Walks the whole chain in order and names the first link that does not hold. */
export async function verifiserKjede(store: Store): Promise<Kjedesjekk> {
  const hode = (await store.getByKey<Hode>('revisjonslogg', HODE_NOKKEL))?.data ?? { nr: 0, hash: START, ventende: [], nylige: [] };
  const lenker = new Map<number, Lenke>();
  const dobbel: number[] = [];
  // In windows: on SharePoint a query's first clause must match fewer than 5,000 items.
  let tom = false;
  for (let fra = 1; fra <= hode.nr || !tom; fra += VINDU) {
    tom = true;
    const where = [{ column: 'Nr', op: 'ge' as const, value: fra }, { column: 'Nr', op: 'lt' as const, value: fra + VINDU }];
    for await (const item of store.query<Lenke>('revisjonslogg', { where, orderBy: { column: 'Nr' } })) {
      tom = false;
      if (lenker.has(item.data.nr)) dobbel.push(item.data.nr);
      lenker.set(item.data.nr, item.data);
      if (item.columns.Nr !== item.data.nr) return { ok: false, antall: lenker.size, brudd: { nr: item.data.nr, grunn: `kolonnen Nr (${String(item.columns.Nr)}) stemmer ikke med lenken` } };
    }
  }
  // Entries of an append still under way count as stored (the head holds them).
  for (const l of hode.ventende) if (!lenker.has(l.nr)) lenker.set(l.nr, l);
  if (dobbel.length > 0) return { ok: false, antall: lenker.size, brudd: { nr: dobbel[0]!, grunn: 'to lenker har samme nummer' } };

  let forrige = START;
  let siste = hode.nr;
  for (const nr of lenker.keys()) siste = Math.max(siste, nr);
  for (let nr = 1; nr <= siste; nr++) {
    const l = lenker.get(nr);
    if (!l) return { ok: false, antall: nr - 1, brudd: { nr, grunn: 'lenken mangler (slettet?)' } };
    if (l.forrige !== forrige) return { ok: false, antall: nr - 1, brudd: { nr, grunn: 'peker ikke på forrige lenke (satt inn eller fjernet før den?)' } };
    if (lenkeHash(forrige, nr, l) !== l.hash) return { ok: false, antall: nr - 1, brudd: { nr, grunn: 'innholdet er endret etter at det ble skrevet' } };
    forrige = l.hash;
  }
  if (siste > hode.nr) return { ok: false, antall: hode.nr, brudd: { nr: hode.nr + 1, grunn: 'lenker etter kjedens hode (lagt til utenom appen?)' } };
  if (forrige !== hode.hash) return { ok: false, antall: siste, brudd: { nr: siste, grunn: 'kjedens hode stemmer ikke med siste lenke' } };
  return { ok: true, antall: siste, hode: hode.hash };
}
