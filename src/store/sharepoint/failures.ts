/**
 * What a Graph failure means to the store's callers: the port's errors (port.ts). A retryable or
 * access failure is StoreUnavailableError (the person is told to try again, nothing is lost); a
 * query SharePoint refuses is InvalidQueryError; a refused write a plain Error.
 */
import { InvalidQueryError, StoreUnavailableError } from '../port';
import type { ListDef } from '../schema';
import { GraphFailure } from './gateway';

/** A Graph failure as the port's error: retryable ones become StoreUnavailableError, a refused write a plain Error. */
export function unavailable(err: unknown, what: string): Error {
  if (!(err instanceof GraphFailure)) return err as Error;
  const detail = `${err.status} ${err.code}: ${err.message}`;
  if (err.status === 429 || err.status >= 500) {
    return new StoreUnavailableError(`Microsoft Graph er opptatt eller utilgjengelig (${detail}) for ${what}; prøv igjen senere`, { cause: err });
  }
  if (err.status === 401 || err.status === 403) {
    return new StoreUnavailableError(`Appen har ikke tilgang til SharePoint-området (${detail}); sjekk app-registreringen og områdetilgangen`, { cause: err });
  }
  if (err.status === 404) return new StoreUnavailableError(`Fant ikke ${what} i SharePoint (${detail}); er listene klargjort?`, { cause: err });
  return new Error(`Microsoft Graph avviste skrivingen til ${what} (${detail})`, { cause: err });
}

export function queryFailure(def: ListDef, err: unknown): Error {
  if (err instanceof GraphFailure && /list view threshold/i.test(err.message)) {
    return new InvalidQueryError(
      `The query on ${def.name} exceeds SharePoint's list view threshold (5,000 items): its first condition must be on an indexed column and match fewer items`,
    );
  }
  if (err instanceof GraphFailure && err.status === 400) return new InvalidQueryError(`SharePoint refused the query on ${def.name}: ${err.message}`);
  return unavailable(err, `spørringen på ${def.name}`);
}
