/**
 * The tab API's one error mapping: a use case's Feil → an HTTP status and a problem body
 * (RFC 9457, application/problem+json) carrying the Norwegian message the tab shows as it is.
 * A domain refusal comes as a code; its words are the catalog's (src/i18n/avslag.ts).
 */
import type { Feil } from '../../app/resultat';
import { ord, ordPerFelt } from '../../i18n/aktiv';
import type { Problem } from './contract';

export const STATUS_FOR_FEIL: Readonly<Record<Feil['kode'], number>> = {
  ugyldig: 400,
  ukjent_person: 403,
  ikke_tillatt: 403,
  // Someone without access is told "not found", so a case's existence is not revealed.
  ikke_funnet: 404,
  konflikt: 409,
  ulovlig_overgang: 409,
  // A final step the person must confirm first (the tab asks, then sends it again confirmed).
  maa_bekreftes: 428,
  utilgjengelig: 503,
};

export function problemFor(f: Feil): Problem {
  const status = STATUS_FOR_FEIL[f.kode];
  return {
    type: `urn:skolemiljo:problem:${f.kode}`,
    title: ord(f.melding),
    status,
    kode: f.kode,
    ...('felt' in f && f.felt ? { felt: ordPerFelt(f.felt) } : {}),
  };
}

/** Not a use case's answer: the request did not say who is asking (see identitet.ts). */
export function ikkeInnlogget(message: string): Problem {
  return { type: 'urn:skolemiljo:problem:ikke_innlogget', title: message, status: 401, kode: 'ikke_innlogget' };
}

/** The request itself could not be read (body, path); nothing was done. */
export function uleseligForesporsel(status: number, message: string): Problem {
  return { type: 'urn:skolemiljo:problem:uleselig', title: message, status, kode: 'uleselig' };
}

/** An unexpected failure: a reference the person can quote, nothing else. */
export function uventet(message: string, ref: string): Problem {
  return { type: 'urn:skolemiljo:problem:uventet', title: message, status: 500, kode: 'uventet', ref };
}
