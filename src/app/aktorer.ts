/** Resolving the acting person: known in the organisation's tenant, or refused with a clear message. */
import type { Roller } from '../domain/roller';
import { rollerFor } from '../domain/roller';
import { nb } from '../i18n/nb';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, ok } from './resultat';

/** The acting person's roles, or a clear refusal for someone outside the organisation. */
export function kjentAktor(ktx: AppKontekst, aktor: Aktor): Resultat<Roller> {
  if (aktor.tenantId !== ktx.org.tenantId) return feil({ kode: 'ukjent_person', melding: nb.feil.annenTenant });
  const roller = rollerFor(ktx.org, aktor.oid);
  if (!roller.person) return feil({ kode: 'ukjent_person', melding: nb.feil.ukjentPerson });
  return ok(roller);
}
