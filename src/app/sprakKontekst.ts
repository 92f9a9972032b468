/**
 * The server's current language (issue 24): bound with AsyncLocalStorage at each driver's entry —
 * a tab API request, a chat turn, each outbox delivery (the receiver's language) — and for the
 * record (the municipality's målform), and read by the catalog through src/i18n/gjeldende.ts. The
 * language travels with the async work it was set for; two people served at once never mix.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Oid } from '../domain/organisasjon';
import type { DeliveryHandler } from '../outbox/handler';
import { settSprakKilde } from '../i18n/gjeldende';
import { type Sprak, sprakFraLocale } from '../i18n/sprak';
import type { AppKontekst } from './kontekst';
import { malform, sprakFor } from './sprakvalg';

const gjeldende = new AsyncLocalStorage<Sprak>();
settSprakKilde(() => gjeldende.getStore());

/** Runs `arbeid` (and everything it awaits) writing in `sprak`. */
export function medSprak<T>(sprak: Sprak, arbeid: () => T): T {
  return gjeldende.run(sprak, arbeid);
}

/** Runs `arbeid` in the language `oid` reads (own choice, else `locale`, else målform). */
export async function somPerson<T>(ktx: AppKontekst, oid: Oid | undefined, locale: string | null | undefined, arbeid: () => Promise<T>): Promise<T> {
  const sprak = oid ? await sprakFor(ktx, oid, locale) : (sprakFraLocale(locale) ?? malform(ktx));
  return medSprak(sprak, arbeid);
}

/** What is written for the record — the documentation, the history, reports — is in the målform. */
export function forArkivet<T>(ktx: Pick<AppKontekst, 'org'>, arbeid: () => T): T {
  return medSprak(malform(ktx), arbeid);
}


/** An outbox handler that writes each delivery in its receiver's language (a card to rektor in rektor's). */
export function iMottakersSprak<T>(ktx: AppKontekst, handler: DeliveryHandler<T>): DeliveryHandler<T> {
  return (entry, value, itemId) => somPerson(ktx, entry.to, undefined, () => handler(entry, value, itemId));
}
