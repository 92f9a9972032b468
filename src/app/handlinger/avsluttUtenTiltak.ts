/** «Avslutt uten tiltak»: the investigation found no tiltak needed; the reason is the record (its length checked by the lifecycle). */
import { ok } from '../resultat';
import { motEleven } from './avslutt';
import type { Steg } from './endring';

export const avsluttUtenTiltak: Steg = (_ktx, aktor, endring, inn) => {
  endring.sak.avslutning = { av: aktor.oid, tid: inn.tid, begrunnelse: inn.begrunnelse, ...motEleven(inn) };
  endring.hendelse.begrunnelse = inn.begrunnelse;
  return ok(undefined);
};
