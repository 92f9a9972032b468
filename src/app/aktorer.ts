/** Resolving the acting person: known in the organisation's tenant, or refused with a clear message. */
import type { Roller } from '../domain/roller';
import { rollerFor } from '../domain/roller';
import { nb } from '../i18n/aktiv';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, ok } from './resultat';

/** The acting person's roles, or a clear refusal for someone outside the organisation. */
export function kjentAktor(ktx: AppKontekst, aktor: Aktor): Resultat<Roller> {
  const roller = iTenanten(ktx, aktor);
  if (!roller.ok) return roller;
  if (roller.verdi.elev) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  if (!roller.verdi.person) return feil({ kode: 'ukjent_person', melding: nb.feil.ukjentPerson });
  return roller;
}

/**
 * Anyone in the organisation's tenant, whether the organisation knows them or not (a vikar, a new
 * hire, someone Entra places in no school's group): they may report a varsel, see its status and
 * read the duties (issue 12: anyone in the tenant can report). Roles are empty for someone unknown.
 */
export function iTenanten(ktx: AppKontekst, aktor: Aktor): Resultat<Roller> {
  if (aktor.tenantId !== ktx.org.tenantId) return feil({ kode: 'ukjent_person', melding: nb.feil.annenTenant });
  const roller = rollerFor(ktx.org, aktor.oid);
  // A pupil (issue 25) reaches «Si fra» and what they said (src/app/elev), never what staff may do.
  if (roller.elev) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  return ok(roller);
}
