/**
 * Reminders as items. A reminder is claimed by creating its item under the key (type, thing, dag):
 * the store's conditional write (SQLite's unique index, SharePoint's enforced unique column) lets
 * exactly one creator win, whichever process, sweep or restart tries — that is the whole
 * exactly-once mechanism. The notifications ride on the item (outbox envelope) and are delivered
 * by the outbox dispatcher like any other.
 */
import type { PaaminnelseType } from '../domain/paaminnelser';
import type { Rolleendring } from '../domain/organisasjon';
import { type AuditEntry, type Envelope, type OutboxEntry, envelope, withPending } from '../store/envelope';
import type { Item, Store } from './port';

export interface Paaminnelse {
  type: PaaminnelseType;
  /** What it is about (see the Ting column in schema.ts). */
  ting: string;
  /** The day the reminder belongs to (src/domain/paaminnelser.ts). */
  dag: string;
  straks: boolean;
  sakId?: string;
  planId?: string;
  /** For evaluation reminders: the date the reminder is about; a new date is a new thing. */
  evalueringsdato?: string;
  /** For bekreftelse reminders: the school and school year (src/domain/bekreftelse.ts) it is about. */
  skoleId?: string;
  skolear?: string;
  /** For an årshjul checkpoint: which one (src/app/skolear/sjekkpunktPaaminnelser.ts). */
  sjekkpunktId?: string;
  /** Who asked for it (rektor's «Send påminnelse»); the sweep's own are 'system'. */
  av?: string;
  /** For a role change: who named whom to what, when, before and after (src/app/org/rolleendring.ts). */
  rolleendring?: Rolleendring;
  /** How many it was sent to (rektor's «Send påminnelse», told to the next who clicks). */
  antall?: number;
  opprettet: string;
}

export const paaminnelseNokkel = (p: Pick<Paaminnelse, 'type' | 'ting' | 'dag'>) => `${p.type}|${p.ting}|${p.dag}`;

/**
 * Claims the reminder and queues its notifications in one write. Returns false when another
 * sweep (this process, another one, an earlier run) already claimed it: then nothing is written.
 */
export async function kravPaaminnelse(store: Store, p: Paaminnelse, sweepdag: string, outbox: OutboxEntry[], audit: AuditEntry[]): Promise<boolean> {
  return (await kravEllerFinn(store, p, sweepdag, outbox, audit)).created;
}

/** As kravPaminnelse, and returns the reminder as stored: this one, or the one claimed before it. */
export async function kravEllerFinn(
  store: Store,
  p: Paaminnelse,
  sweepdag: string,
  outbox: OutboxEntry[],
  audit: AuditEntry[],
): Promise<{ paminnelse: Paaminnelse; created: boolean; item: Item<Envelope<Paaminnelse>> }> {
  const { item, created } = await store.create<Envelope<Paaminnelse>>('paminnelser', nyttKrav(p, sweepdag, outbox, audit));
  return { paminnelse: item.data.value, created, item };
}

/**
 * Claims many reminders (one per person in a bekreftelse round) in as few requests as the store
 * allows; each is claimed as by kravPaminnelse. Returns how many this call claimed.
 */
export async function kravMange(store: Store, krav: { p: Paaminnelse; outbox: OutboxEntry[]; audit: AuditEntry[] }[], sweepdag: string): Promise<number> {
  if (krav.length === 0) return 0;
  const svar = await store.createMany<Envelope<Paaminnelse>>('paminnelser', krav.map((k) => nyttKrav(k.p, sweepdag, k.outbox, k.audit)));
  return svar.filter((s) => s.created).length;
}

function nyttKrav(p: Paaminnelse, sweepdag: string, outbox: OutboxEntry[], audit: AuditEntry[]) {
  const env = envelope(p, outbox, audit);
  const columns = withPending({ Type: p.type, Ting: p.ting, Dag: p.dag, Sveipdag: sweepdag }, env);
  return { key: paaminnelseNokkel(p), columns, data: env };
}

/**
 * The keys of the reminders claimed on `sveipdag`, in one indexed query: a sweep that runs every
 * few minutes skips those without a write attempt (on SharePoint a refused create costs two requests).
 */
export async function kravSweepdag(store: Store, sweepdag: string): Promise<Set<string>> {
  const nokler = new Set<string>();
  for await (const item of store.query('paminnelser', { where: [{ column: 'Sveipdag', op: 'eq', value: sweepdag }] })) {
    if (item.key) nokler.add(item.key);
  }
  return nokler;
}
