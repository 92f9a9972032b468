/**
 * Expected failures are values, not exceptions: the bot and the tab API turn them into a
 * message for the person, each through its one table (bot/feilSvar.ts, src/http/api/problem.ts).
 * Unexpected failures are thrown and logged.
 */
import type { Message } from '../i18n/avslag';
import { nb } from '../i18n/aktiv';
import { StoreUnavailableError } from '../store/port';

/** What a failure says: a domain rule's refusal by code is worded by the driver through the catalog (src/i18n/avslag.ts). */
export type { Message as Melding };

export type Feil =
  | { kode: 'ugyldig'; melding: Message; felt: Record<string, Message> }
  | { kode: 'ikke_tillatt'; melding: string }
  | { kode: 'ikke_funnet'; melding: string }
  | { kode: 'ukjent_person'; melding: string }
  | { kode: 'ulovlig_overgang'; melding: Message; felt?: Record<string, Message> }
  /** Valid, but a final step: the person confirms it first (nothing was written). */
  | { kode: 'maa_bekreftes'; melding: string }
  | { kode: 'konflikt'; melding: string }
  | { kode: 'utilgjengelig'; melding: Message };

export type Resultat<T> = { ok: true; verdi: T } | { ok: false; feil: Feil };

export const ok = <T>(verdi: T): Resultat<T> => ({ ok: true, verdi });
export const feil = <T = never>(f: Feil): Resultat<T> => ({ ok: false, feil: f });

/** A store that cannot be reached is an expected failure the person is told about; nothing they typed is lost. */
export async function medStore<T>(arbeid: () => Promise<Resultat<T>>): Promise<Resultat<T>> {
  try {
    return await arbeid();
  } catch (e) {
    if (e instanceof StoreUnavailableError) return feil({ kode: 'utilgjengelig', melding: nb.feil.utilgjengelig });
    throw e;
  }
}
