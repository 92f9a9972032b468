/**
 * The bot learned where a person can be reached (install, any message). Stored; and if it is new,
 * cards that could not reach them before are woken to go out now.
 */
import { wakeEntriesFor } from '../outbox/wake';
import type { Samtale, SamtaleRepo } from '../store/samtaleRepo';
import type { AppKontekst } from './kontekst';

/** True when queued cards were woken (and their delivery started). */
export async function huskSamtale(ktx: AppKontekst, samtaler: SamtaleRepo, samtale: Samtale): Promise<boolean> {
  if (!(await samtaler.lagre(samtale))) return false;
  const vekket = (await wakeEntriesFor(ktx.store, samtale.oid, ktx.naa())) > 0;
  if (vekket) ktx.startLevering();
  return vekket;
}
