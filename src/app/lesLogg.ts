/**
 * Reading a case's content is logged, like every change: who read which case, when, and with
 * which view — ids and codes only. The reporter reading their own receipt is not: it is their own
 * varsel. Written straight to the audit chain, since a read writes nothing to the case itself.
 */
import { leggTilRevisjon } from '../store/revisjonskjede';
import type { LagretSak } from '../store/sakRepo';
import type { AppKontekst } from './kontekst';
import type { Innsyn } from './tilgang';
import { revisjon } from './utboksposter';

export async function loggLesing(ktx: AppKontekst, oid: string, lagret: LagretSak, innsyn: Innsyn): Promise<void> {
  if (oid === lagret.sak.varsletAv) return;
  await leggTilRevisjon(ktx.store, [{ ...revisjon(ktx, oid, 'sak_lest', `innsyn=${innsyn}`), list: 'saker', itemId: lagret.itemId }]);
}
