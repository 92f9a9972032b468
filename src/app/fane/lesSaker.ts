/**
 * Reading many cases and plans for the tab's lists, through the indexed columns (SkoleId,
 * Saksansvarlig): never a scan of the municipality. What a person may see of them is decided by
 * the callers with tilgang.ts.
 */
import type { Aktivitetsplan } from '../../domain/aktivitetsplan';
import type { Sak } from '../../domain/sak';
import type { Envelope } from '../../store/envelope';
import type { PlanData } from '../../store/planRepo';
import type { Condition } from '../../store/port';
import { type SakData, sakFraLager } from '../../store/sakRepo';
import type { AppKontekst } from '../kontekst';

export async function sakerHvor(ktx: AppKontekst, hvor: Condition): Promise<Sak[]> {
  const ut: Sak[] = [];
  for await (const item of ktx.store.query<Envelope<SakData>>('saker', { where: [hvor] })) ut.push(sakFraLager(item.data.value));
  return ut;
}

export async function sakerVed(ktx: AppKontekst, skoleIder: Iterable<string>): Promise<Sak[]> {
  const ut: Sak[] = [];
  for (const skoleId of new Set(skoleIder)) ut.push(...(await sakerHvor(ktx, { column: 'SkoleId', op: 'eq', value: skoleId })));
  return ut;
}

/** The plans at these schools, by their case's id. */
export async function planerVed(ktx: AppKontekst, skoleIder: Iterable<string>): Promise<Map<string, Aktivitetsplan>> {
  const ut = new Map<string, Aktivitetsplan>();
  for (const skoleId of new Set(skoleIder)) {
    for await (const item of ktx.store.query<Envelope<PlanData>>('aktivitetsplaner', { where: [{ column: 'SkoleId', op: 'eq', value: skoleId }] })) {
      ut.set(item.data.value.sakId, item.data.value);
    }
  }
  return ut;
}

/** An active plan whose evaluation date has passed (Oslo date `idag`). */
export function evalueringForfalt(plan: Aktivitetsplan | undefined, idag: string): boolean {
  return !!plan && plan.status === 'aktiv' && plan.nesteEvaluering !== '' && plan.nesteEvaluering < idag;
}
