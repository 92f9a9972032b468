/** What a change causes, as entries riding on the changed item: notifications to send and audit entries to project. */
import type { AuditEntry, OutboxEntry } from '../store/envelope';
import type { AppKontekst } from './kontekst';

export function auditEntry(ktx: AppKontekst, actor: string, action: string, detail?: string): AuditEntry {
  return { id: ktx.nyId(), at: ktx.naa().toISOString(), actor, action, ...(detail ? { detail } : {}) };
}

export function outboxEntry(ktx: AppKontekst, kind: string, to: string, params?: OutboxEntry['params']): OutboxEntry {
  return { id: ktx.nyId(), kind, to, created: ktx.naa().toISOString(), attempts: 0, ...(params ? { params } : {}) };
}
