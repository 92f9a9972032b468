/**
 * Aktivitetsplaner as items: the plan with its versions, tiltak and evaluations is one aggregate,
 * so an evaluation that opens a new version is one write. A plan belongs to one sak and takes its
 * opaque id (see sakRepo.ts for why ids are never item ids).
 */
import type { Aktivitetsplan } from '../domain/aktivitetsplan';
import { type AuditEntry, type Envelope, type OutboxEntry, type StoredEnvelope, envelope, withPending } from './envelope';
import type { ColumnValue, Item, Store } from './port';

export type PlanData = Aktivitetsplan;

export interface StoredPlan extends StoredEnvelope<PlanData> {
  plan: Aktivitetsplan;
}

const nokkel = (planId: string) => `plan:${planId}`;

export function planKolonner(plan: PlanData): Record<string, ColumnValue> {
  return {
    SakId: plan.sakId,
    SkoleId: plan.skoleId,
    Status: plan.status,
    // Only a plan in force is due for evaluation; the reminder sweep filters on this column alone.
    NesteEvaluering: (plan.status === 'aktiv' || plan.status === 'evaluert') && plan.nesteEvaluering ? plan.nesteEvaluering : null,
  };
}

function fraItem(item: Item<Envelope<PlanData>>): StoredPlan {
  const { value, outbox, audit } = item.data;
  return { plan: value, itemId: item.id, versjon: item.version, outbox, audit, item };
}

/** One plan per case: keyed by the case, so opening it twice (or retrying after a crash) gives the same plan. */
export async function opprettPlan(store: Store, plan: PlanData, audit: AuditEntry[]): Promise<StoredPlan> {
  const env = envelope(plan, [], audit);
  const { item } = await store.create('aktivitetsplaner', { key: nokkel(plan.id), columns: withPending(planKolonner(plan), env), data: env });
  return fraItem(item);
}

export async function getPlan(store: Store, planId: string): Promise<StoredPlan | undefined> {
  const item = await store.getByKey<Envelope<PlanData>>('aktivitetsplaner', nokkel(planId));
  return item && fraItem(item);
}

/** Writes a changed plan with what the change caused, in one item write. Throws ConflictError if stale. */
export async function savePlan(store: Store, stored: StoredPlan, plan: Aktivitetsplan, nyeOutboxEntries: OutboxEntry[], nyAudit: AuditEntry[]): Promise<StoredPlan> {
  const env = envelope(plan, [...stored.outbox, ...nyeOutboxEntries], [...stored.audit, ...nyAudit]);
  const item = await store.update('aktivitetsplaner', { id: stored.itemId, version: stored.versjon, columns: withPending(planKolonner(plan), env), data: env });
  return fraItem(item);
}
