/** Resolving the acting person, and the small helpers every use case shares. */
import type { Roller } from '../domain/roller';
import { rollerFor } from '../domain/roller';
import { nb } from '../i18n/nb';
import type { AuditEntry, OutboxEntry } from '../outbox/envelope';
import { StoreUnavailableError } from '../store/port';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, ok } from './resultat';

/** The acting person's roles, or a clear refusal for someone outside the organisation. */
export function kjentAktor(ktx: AppKontekst, aktor: Aktor): Resultat<Roller> {
  if (aktor.tenantId !== ktx.org.tenantId) return feil({ kode: 'ukjent_person', melding: nb.feil.annenTenant });
  const roller = rollerFor(ktx.org, aktor.oid);
  if (!roller.person) return feil({ kode: 'ukjent_person', melding: nb.feil.ukjentPerson });
  return ok(roller);
}

export function revisjon(ktx: AppKontekst, actor: string, action: string, detail?: string): AuditEntry {
  return { id: ktx.nyId(), at: ktx.naa().toISOString(), actor, action, ...(detail ? { detail } : {}) };
}

export function melding(ktx: AppKontekst, kind: string, to: string, params?: OutboxEntry['params']): OutboxEntry {
  return { id: ktx.nyId(), kind, to, created: ktx.naa().toISOString(), attempts: 0, ...(params ? { params } : {}) };
}

/** A store that cannot be reached is an expected failure the person is told about; nothing they typed is lost. */
export async function medLagring<T>(arbeid: () => Promise<Resultat<T>>): Promise<Resultat<T>> {
  try {
    return await arbeid();
  } catch (e) {
    if (e instanceof StoreUnavailableError) return feil({ kode: 'utilgjengelig', melding: nb.feil.utilgjengelig });
    throw e;
  }
}
