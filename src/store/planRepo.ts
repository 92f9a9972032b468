/**
 * Aktivitetsplaner as items: the plan with its tiltak and evaluations is one aggregate. A plan
 * belongs to one sak and takes its opaque id (see sakRepo.ts for why ids are never item ids).
 */
import type { Aktivitetsplan } from '../domain/aktivitetsplan';
import { type AuditEntry, type Envelope, envelope, withPending } from './envelope';
import type { ColumnValue, Item, Store } from './port';

export type PlanData = Aktivitetsplan;

const nokkel = (planId: string) => `plan:${planId}`;

export function planKolonner(plan: PlanData): Record<string, ColumnValue> {
  return {
    SakId: plan.sakId,
    SkoleId: plan.skoleId,
    Status: plan.status,
    // Only an active plan is due for evaluation; the reminder sweep filters on this column alone.
    NesteEvaluering: plan.status === 'aktiv' && plan.evalueringsdato ? plan.evalueringsdato : null,
  };
}

function fraItem(item: Item<Envelope<PlanData>>): { plan: Aktivitetsplan; versjon: string } {
  return { plan: item.data.value, versjon: item.version };
}

/** One plan per case: keyed by the case, so opening it twice (or retrying after a crash) gives the same plan. */
export async function opprettPlan(store: Store, plan: PlanData, audit: AuditEntry[]): Promise<{ plan: Aktivitetsplan; versjon: string }> {
  const env = envelope(plan, [], audit);
  const { item } = await store.create('aktivitetsplaner', { key: nokkel(plan.id), columns: withPending(planKolonner(plan), env), data: env });
  return fraItem(item);
}

export async function hentPlan(store: Store, planId: string): Promise<{ plan: Aktivitetsplan; versjon: string } | undefined> {
  const item = await store.getByKey<Envelope<PlanData>>('aktivitetsplaner', nokkel(planId));
  return item && fraItem(item);
}
