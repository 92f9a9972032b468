/**
 * The bot learned where a person can be reached (install, any message). Stored only for a person
 * of the organisation in its tenant: anyone else who installs the bot or writes to it leaves
 * nothing behind. If it is new, the cards that could not reach them before are woken to go out now.
 */
import { wakeEntriesFor } from '../outbox/wake';
import type { Samtale, SamtaleRepo } from '../store/samtaleRepo';
import { kjentAktor } from './aktorer';
import type { AppKontekst } from './kontekst';

/** True when queued cards were woken (and their delivery started). */
export async function huskSamtale(ktx: AppKontekst, samtaler: SamtaleRepo, samtale: Samtale): Promise<boolean> {
  if (!kjentAktor(ktx, { oid: samtale.oid, tenantId: samtale.tenantId }).ok) return false;
  if (!(await samtaler.save(samtale))) return false;
  const vekket = (await wakeEntriesFor(ktx.store, samtale.oid, ktx.naa())) > 0;
  if (vekket) ktx.startLevering();
  return vekket;
}
