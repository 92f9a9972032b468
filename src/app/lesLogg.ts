/**
 * Every read of a case's content by anyone but the reporter is an audit entry: who read which case,
 * what (the page, its timeline, log, plan, the documentation, a letter, the case list), and when —
 * ids and codes only. The reporter reading their own receipt is not: it is their own varsel.
 *
 * A read writes nothing to the case, so its entry goes straight to the audit chain — but after the
 * answer, never in the reader's time: the use case queues it here and returns; one writer per store
 * appends what is queued in batches through the chain's append (leggTilRevisjon). A failed append is
 * logged and tried again with a growing pause, never dropped and never thrown (no request or timer
 * can end the process through it). Closing the app waits for the queue (`lesingerSkrevet`), and what
 * still could not be written then is logged as an error, entry by entry (ids only): never lost silently.
 */
import type { Logger } from '../logging';
import { ItemTooLargeError, type Store } from '../store/port';
import { type AuditEntry, leggTilAudit } from '../store/auditChain';
import type { StoredSak } from '../store/sakRepo';
import type { AppKontekst } from './kontekst';
import type { Innsyn } from './tilgang';
import { auditEntry } from './outboxEntries';

/** What was read: one code per view of case content (the innsyn export names each). */
export const LESINGER = ['sak_lest', 'tidslinje_lest', 'logg_lest', 'plan_lest', 'dokumentasjon_lest', 'brev_lest', 'saker_listet', 'oppgaver_listet', 'venter_listet'] as const;
export type Lesing = (typeof LESINGER)[number];

/** Entries per append: one chain write per batch however many people read at once. */
const PARTI = 50;
/**
 * Characters of entries per append: the chain's head carries an append's entries until they are
 * stored, and an item holds at most MAX_DATA_CHARS (60,000) — beside the head's own list of recent ids.
 */
const PARTI_TEGN = 15_000;
/** Cases named per list entry (about 3,800 characters): a longer list is read as several entries. */
const SAKER_PER_POST = 100;
const FORSTE_PAUSE_MS = 100;
const STORSTE_PAUSE_MS = 30_000;

class Lesingsko {
  private ventende: AuditEntry[] = [];
  private skriver: Promise<void> | undefined;
  private forsok = 0;

  constructor(
    private readonly store: Store,
    public log: Logger,
  ) {}

  legg(post: AuditEntry): void {
    this.ventende.push(post);
    this.skriver ??= this.skriv();
  }

  get antall(): number {
    return this.ventende.length;
  }

  /** Resolves when the queue is empty (or, with a deadline, then; whatever is left is logged and returned). */
  async tom(fristMs?: number): Promise<AuditEntry[]> {
    const slutt = fristMs === undefined ? Infinity : Date.now() + fristMs;
    while (this.skriver && Date.now() < slutt) {
      await Promise.race([this.skriver, new Promise((r) => setTimeout(r, Math.min(100, Math.max(1, slutt - Date.now()))).unref())]);
    }
    return [...this.ventende];
  }

  private async skriv(): Promise<void> {
    // After the answer: the reader's request finishes before the chain is touched.
    await new Promise((r) => setImmediate(r));
    while (this.ventende.length > 0) {
      const parti = nestePart(this.ventende);
      try {
        await leggTilAudit(this.store, parti);
        this.ventende.splice(0, parti.length);
        this.forsok = 0;
      } catch (e) {
        if (e instanceof ItemTooLargeError && parti.length === 1) {
          // Can never be stored (the entries are bounded so this should not happen): said loudly, with its ids, not retried forever.
          const [p] = parti;
          this.log.error({ revisjonId: p!.id, aktor: p!.actor, handling: p!.action, elementId: p!.itemId, tid: p!.at }, 'revisjon: lesing for stor til kjeden, ikke skrevet');
          this.ventende.splice(0, 1);
          continue;
        }
        this.forsok++;
        const pause = Math.min(STORSTE_PAUSE_MS, FORSTE_PAUSE_MS * 2 ** (this.forsok - 1));
        this.log.warn({ err: { name: (e as Error)?.name }, ventende: this.ventende.length, forsok: this.forsok, pauseMs: pause }, 'revisjon: lesinger ikke skrevet ennå, prøver igjen');
        await new Promise((r) => setTimeout(r, pause).unref());
      }
    }
    this.skriver = undefined;
  }
}

/** The next batch: at most PARTI entries and PARTI_TEGN characters (at least one entry). */
function nestePart(ventende: readonly AuditEntry[]): AuditEntry[] {
  let tegn = 0;
  let n = 0;
  while (n < ventende.length && n < PARTI) {
    tegn += JSON.stringify(ventende[n]).length;
    if (n > 0 && tegn > PARTI_TEGN) break;
    n++;
  }
  return ventende.slice(0, n);
}

const koer = new WeakMap<Store, Lesingsko>();

function ko(ktx: AppKontekst): Lesingsko {
  let k = koer.get(ktx.store);
  if (!k) koer.set(ktx.store, (k = new Lesingsko(ktx.store, ktx.log)));
  return k;
}

/** Queues the entry for one read of one case (nothing for the reporter's own receipt). Never waits, never throws. */
export function loggLesing(ktx: AppKontekst, oid: string, stored: StoredSak, hva: Lesing, innsyn?: Innsyn): void {
  if (oid === stored.sak.varsletAv) return;
  ko(ktx).legg({ ...auditEntry(ktx, oid, hva, innsyn ? `innsyn=${innsyn}` : undefined), list: 'saker', itemId: stored.itemId });
}

type Listelesing = Extract<Lesing, 'saker_listet' | 'oppgaver_listet' | 'venter_listet'>;
const LISTELESINGER: readonly string[] = ['saker_listet', 'oppgaver_listet', 'venter_listet'] satisfies Listelesing[];

/**
 * One entry for one read of a list of cases (Saker, Mine oppgaver), naming the cases it showed (by
 * case id) — a list of more than SAKER_PER_POST cases as one entry per part, so each fits the chain.
 */
export function loggListelesing(ktx: AppKontekst, oid: string, sakIder: readonly string[], hva: Listelesing = 'saker_listet'): void {
  const ider = [...new Set(sakIder)];
  for (let i = 0; i < ider.length; i += SAKER_PER_POST) {
    ko(ktx).legg({ ...auditEntry(ktx, oid, hva, `saker=${ider.slice(i, i + SAKER_PER_POST).join(',')}`), list: 'saker' });
  }
}

/** The case ids a list entry names (none for other entries). */
export function listedeSaker(post: Pick<AuditEntry, 'action' | 'detail'>): string[] {
  if (!LISTELESINGER.includes(post.action) || !post.detail?.startsWith('saker=')) return [];
  return post.detail.slice('saker='.length).split(',');
}

/**
 * Waits until the reads queued on this store are in the chain (before the innsyn export reads the
 * chain, and in tests), or until the deadline; returns what is still queued.
 */
export async function lesingerSkrevet(store: Store, fristMs?: number): Promise<AuditEntry[]> {
  return (await koer.get(store)?.tom(fristMs)) ?? [];
}

/** When the app closes: waits for the queue, and logs as an error, with its ids, each read still not written. */
export async function skrivLesingerForStenging(store: Store, fristMs: number): Promise<void> {
  const k = koer.get(store);
  for (const p of await lesingerSkrevet(store, fristMs)) {
    k?.log.error({ revisjonId: p.id, aktor: p.actor, handling: p.action, elementId: p.itemId, tid: p.at }, 'revisjon: lesing ikke skrevet før appen stengte');
  }
}
