/**
 * Reading many cases and plans for the tab's lists, through the indexed columns (SkoleId,
 * Saksansvarlig, Utvalg, Status, NesteEvaluering): never a scan of the municipality. What a person
 * may see of them is decided by the callers with tilgang.ts.
 *
 * The bounded reads (SharePoint's list view threshold: the first, indexed clause must match fewer
 * than 5,000 items, whatever the list's size) are those the tab's everyday pages use: a school's
 * open cases, its closed ones of one calendar year, one person's cases, the unreceived varsler,
 * the plans in force. Each reads its whole selection in one request where it can (pageSize).
 */
import type { Aktivitetsplan } from '../../domain/aktivitetsplan';
import type { Sak } from '../../domain/sak';
import type { Envelope } from '../../store/envelope';
import type { PlanData } from '../../store/planRepo';
import type { Condition } from '../../store/port';
import { type SakData, sakFraStore, utvalgFor } from '../../store/sakRepo';
import type { AppKontekst } from '../kontekst';

/** A selection is below the list view threshold, so one request of the largest page reads it. */
const HELE_UTVALGET = 5000;

export async function sakerHvor(ktx: AppKontekst, hvor: Condition): Promise<Sak[]> {
  const ut: Sak[] = [];
  for await (const item of ktx.store.query<Envelope<SakData>>('saker', { where: [hvor], pageSize: HELE_UTVALGET })) ut.push(sakFraStore(item.data.value));
  return ut;
}

/** Several selections at once: each is its own small query, so they run side by side. */
async function sakerIUtvalg(ktx: AppKontekst, utvalg: string[]): Promise<Sak[]> {
  const deler = await Promise.all([...new Set(utvalg)].map((u) => sakerHvor(ktx, { column: 'Utvalg', op: 'eq', value: u })));
  return deler.flat();
}

/** The open cases of these schools. */
export const apneSakerVed = (ktx: AppKontekst, skoleIder: Iterable<string>) => sakerIUtvalg(ktx, [...skoleIder].map((s) => utvalgFor(s, 'apen')));

/** The closed cases of these schools whose varsel came in one of these months ('2026-03', Oslo). */
export const avsluttedeSakerVed = (ktx: AppKontekst, skoleIder: Iterable<string>, maaneder: string[]) =>
  sakerIUtvalg(ktx, [...skoleIder].flatMap((s) => maaneder.map((m) => utvalgFor(s, m))));

/** The cases of the whole municipality that nobody has received yet (few: receiving is due within a day). */
export const uinnkomneSaker = (ktx: AppKontekst) => sakerHvor(ktx, { column: 'Status', op: 'eq', value: 'ny' });

/**
 * The plans in force (active or evaluated) of the whole municipality whose next evaluation is on
 * or before `til` (YYYY-MM-DD), by their case's id; without `til`, every plan in force.
 */
export async function planerIKraft(ktx: AppKontekst, til?: string): Promise<Map<string, Aktivitetsplan>> {
  const ut = new Map<string, Aktivitetsplan>();
  const hvor: Condition = til ? { column: 'NesteEvaluering', op: 'le', value: til } : { column: 'NesteEvaluering', op: 'ge', value: '2000-01-01' };
  for await (const item of ktx.store.query<Envelope<PlanData>>('aktivitetsplaner', { where: [hvor], pageSize: HELE_UTVALGET })) {
    ut.set(item.data.value.sakId, item.data.value);
  }
  return ut;
}

/** An active plan whose evaluation date has passed (Oslo date `idag`). */
export function evalueringForfalt(plan: Aktivitetsplan | undefined, idag: string): boolean {
  return !!plan && plan.status === 'aktiv' && plan.nesteEvaluering !== '' && plan.nesteEvaluering < idag;
}
