/**
 * The audit log as a hash chain, on either store. Each entry gets the next number and
 * hash = sha256(previous hash + the entry), so changing, removing or inserting an entry breaks
 * every hash after it, and `npm run audit:verify` names the first broken link. The columns that
 * readers query and show (Nr, Liste, ElementId, Aktor, Handling, Tidspunkt) must equal the hashed
 * entry, so an edit of a column alone (a site owner in the browser) is named too.
 *
 * Appends are ordered through one head item (key `kjede:hode`, guarded by its version), but the
 * head is not a municipality-wide bottleneck: within a process, appends that arrive while one is
 * being written wait for it and then go together as one group (group commit), so ten use cases
 * appending at once cost two or three writes of the head, not ten rounds of conflicts. A group:
 * 1. take the head this process last wrote (or read it; if an earlier append crashed after moving
 *    the head, store its entries first);
 * 2. number and hash the group's entries from the head and write the head with them as `ventende`
 *    — a concurrent appender in another process gets a conflict and starts over;
 * 3. store the entries (keyed by their id, so a repeat stores nothing twice), 20 to a $batch;
 * 4. answer the group's callers; then, after a quiet moment (ROLIG_MS) with no new append, clear
 *    `ventende` — a group that comes meanwhile replaces it with its own head write instead.
 * The head remembers the last ids it chained (`nylige`), so an entry projected twice (a crash between
 * projecting and removing it from its case) is chained once. A crash anywhere leaves either
 * nothing or a head whose `ventende` the next append (or the verifier) completes.
 *
 * Limit, written down in docs/trusselmodell.md: someone with write access to the store can
 * rewrite the whole chain and the head consistently; the chain shows tampering by anyone who
 * cannot, and the head's hash, copied out (the verifier prints it), anchors everything before it.
 */
import { createHash } from 'node:crypto';
import { ConflictError, type ColumnValue, type Item, type Store } from './port';

/** One audit entry, as the app writes it. Ids and short codes only, never names or case text. */
export interface AuditEntry {
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

export interface Lenke extends AuditEntry {
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

export function lenkeHash(forrige: string, nr: number, post: AuditEntry): string {
  const { id, at, actor, action, detail, list, itemId } = post;
  return createHash('sha256').update(`${forrige}\n${kanonisk({ nr, id, at, actor, action, detail, list, itemId })}`).digest('hex');
}

/** The columns a link is stored and queried by: each must equal the hashed entry. */
function kolonner(l: Lenke): Record<string, ColumnValue> {
  return { Nr: l.nr, Liste: l.list ?? '', ElementId: l.itemId ?? '', Aktor: l.actor, Handling: l.action, Tidspunkt: l.at };
}

function lenkeItem(l: Lenke) {
  return { key: l.id, columns: kolonner(l), data: l };
}

/** The first column of a stored link that differs from its entry (a time compared to the second, as SharePoint keeps it). */
function endretKolonne(stored: Record<string, ColumnValue>, l: Lenke): string | undefined {
  const sekund = (v: ColumnValue) => Math.floor(Date.parse(String(v)) / 1000);
  for (const [navn, verdi] of Object.entries(kolonner(l))) {
    const har = stored[navn] ?? '';
    if (navn === 'Tidspunkt' ? sekund(har) !== sekund(verdi) : har !== verdi) return navn;
  }
  return undefined;
}

async function getHode(store: Store): Promise<Item<Hode>> {
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

/** Entries waiting to be appended in this process, and the group being written (per store object, so a test's wrapper has its own). */
interface Ko {
  venter: { poster: AuditEntry[]; ferdig: () => void; feilet: (e: unknown) => void }[];
  skriver?: Promise<void>;
  /** The head as this process last wrote it, its `ventende` stored: the next group writes it without reading it first. */
  kjent?: Item<Hode>;
  /** Ends the quiet moment before `ventende` is cleared (a new append, or revisjonSkrevet). */
  vekk?: () => void;
}
const koer = new WeakMap<Store, Ko>();
/** Entries per group: the head carries them as `ventende`, and an item has a size limit (MAX_DATA_CHARS). */
const MAKS_GRUPPE = 60;
/** How long the writer waits for more appends before it clears `ventende` with a write of its own. */
const ROLIG_MS = 150;

/**
 * Appends the entries to the chain (those already chained are skipped); resolves once they are
 * stored. Appends that arrive together go as one group. Throws what the store throws.
 */
export function leggTilAudit(store: Store, poster: AuditEntry[]): Promise<void> {
  if (poster.length === 0) return Promise.resolve();
  const ko = koer.get(store) ?? koer.set(store, { venter: [] }).get(store)!;
  return new Promise<void>((ferdig, feilet) => {
    ko.venter.push({ poster, ferdig, feilet });
    ko.vekk?.();
    startSkriver(store, ko);
  });
}

/** Resolves when this process has no append under way (its last `ventende` cleared): call before closing the store. */
export async function auditSkrevet(store: Store): Promise<void> {
  const ko = koer.get(store);
  while (ko?.skriver) {
    ko.vekk?.();
    await ko.skriver;
  }
}

function startSkriver(store: Store, ko: Ko): void {
  ko.skriver ??= skrivGrupper(store, ko).finally(() => {
    ko.skriver = undefined;
    // Calls that came after the last group was taken and before this ran.
    if (ko.venter.length > 0) startSkriver(store, ko);
  });
}

async function skrivGrupper(store: Store, ko: Ko): Promise<void> {
  while (ko.venter.length > 0) {
    // Whole calls only, so each caller learns the fate of all its entries; one large call goes alone.
    let n = 0;
    let antall = 0;
    while (n < ko.venter.length && (n === 0 || antall + ko.venter[n]!.poster.length <= MAKS_GRUPPE)) antall += ko.venter[n++]!.poster.length;
    const gruppe = ko.venter.splice(0, n);
    try {
      await tilfoy(store, ko, gruppe.flatMap((g) => g.poster));
      gruppe.forEach((g) => g.ferdig());
    } catch (e) {
      gruppe.forEach((g) => g.feilet(e));
      continue;
    }
    // The callers have their answer. `ventende` is cleared after a quiet moment; a group that comes
    // meanwhile replaces it with its head write instead, which saves this write while appends keep coming.
    if (ko.venter.length === 0) await new Promise<void>((r) => ((ko.vekk = r), setTimeout(r, ROLIG_MS).unref()));
    ko.vekk = undefined;
    if (ko.venter.length === 0) await tomVentende(store, ko);
  }
}

/** Clears the head's `ventende` once its entries are stored, so that from then on a deleted link is named. */
async function tomVentende(store: Store, ko: Ko): Promise<void> {
  const hode = ko.kjent;
  if (!hode || hode.data.ventende.length === 0) return;
  ko.kjent = undefined;
  try {
    ko.kjent = await store.update<Hode>('revisjonslogg', { id: hode.id, version: hode.version, columns: hode.columns, data: { ...hode.data, ventende: [] } });
  } catch {
    // Another process moved the head on (its write replaces `ventende`), or the store is briefly away: the next append reads the head afresh.
  }
}

async function tilfoy(store: Store, ko: Ko, poster: AuditEntry[]): Promise<void> {
  for (let konflikter = 0; ; konflikter++) {
    const sist = ko.kjent;
    ko.kjent = undefined;
    const hode = sist ?? (await getHode(store));
    const h = hode.data;
    // Read afresh: an append that crashed (or is under way elsewhere) between moving the head and storing its entries is finished first.
    if (!sist && h.ventende.length > 0) await store.createMany('revisjonslogg', h.ventende.map(lenkeItem));
    const kjent = new Set([...h.nylige, ...h.ventende.map((l) => l.id)]);
    const nye = poster.filter((p, i) => !kjent.has(p.id) && poster.findIndex((q) => q.id === p.id) === i);
    if (nye.length === 0) {
      ko.kjent = hode;
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
    await store.createMany('revisjonslogg', lenker.map(lenkeItem));
    ko.kjent = flyttet;
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
  /** Links whose columns were edited apart from their entry: named in chain order below. */
  const endret = new Map<number, string>();
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
      const kolonne = endretKolonne(item.columns, item.data);
      if (kolonne) endret.set(item.data.nr, kolonne);
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
    const kolonne = endret.get(nr);
    if (kolonne) return { ok: false, antall: nr - 1, brudd: { nr, grunn: `kolonnen ${kolonne} er endret etter at lenken ble skrevet` } };
    forrige = l.hash;
  }
  if (siste > hode.nr) return { ok: false, antall: hode.nr, brudd: { nr: hode.nr + 1, grunn: 'lenker etter kjedens hode (lagt til utenom appen?)' } };
  if (forrige !== hode.hash) return { ok: false, antall: siste, brudd: { nr: siste, grunn: 'kjedens hode stemmer ikke med siste lenke' } };
  return { ok: true, antall: siste, hode: hode.hash };
}
