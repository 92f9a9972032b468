/**
 * When skoleeier must be told (§12-5, a case reclassified to «ansatt») but the municipality has no
 * kommunalsjef registered: the case records that skoleeier could NOT be told (its card says so and
 * why, never that skoleeier knows), and each administrator gets a message to fix the organisation.
 * The administrators' message holds no case content: they have no access to cases.
 */
import type { Hendelse } from '../domain/sak';
import type { AuditEntry, OutboxEntry } from '../store/envelope';
import type { AppKontekst } from './kontekst';
import { outboxEntry, auditEntry } from './outboxEntries';

/** The outbox kind of a message to the administrators about a problem in the organisation. */
export const ADMIN_INGEN_KOMMUNALSJEF = 'admin_ingen_kommunalsjef';

export function skoleeierIkkeVarslet(ktx: AppKontekst, tid: string): { hendelse: Omit<Hendelse, 'nr' | 'tid'>; meldinger: OutboxEntry[]; revisjon: AuditEntry[] } {
  return {
    hendelse: { handling: 'skoleeier_ikke_informert', av: 'system', begrunnelse: 'ingen_kommunalsjef' },
    meldinger: ktx.org.kommune.administratorer.map((a) => outboxEntry(ktx, ADMIN_INGEN_KOMMUNALSJEF, a.oid)),
    revisjon: [auditEntry(ktx, 'system', 'skoleeier_ikke_informert', `grunn=ingen_kommunalsjef;tid=${tid}`)],
  };
}
