/**
 * «Opprett aktivitetsplan»: a draft plan, its own aggregate keyed by the case, so a retry after a
 * crash finds the same draft. Created by the loop (sakHandlinger.ts) before the case is written.
 */
import { nyPlan } from '../../domain/aktivitetsplan';
import { auditEntry } from '../outboxEntries';
import { ok } from '../resultat';
import type { Steg } from './endring';

export const opprettPlan: Steg = (ktx, aktor, endring, inn) => {
  const sak = endring.sak;
  const plan = nyPlan({ id: sak.id, sakId: sak.id, skoleId: sak.skoleId, elevNavn: sak.varsel.elevNavn, av: aktor.oid, tid: inn.tid });
  endring.nyPlan = { plan, revisjon: [auditEntry(ktx, aktor.oid, 'plan_opprettet', `sak=${sak.id}`)] };
  sak.planId = plan.id;
  return ok(undefined);
};
