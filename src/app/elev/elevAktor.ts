/** Resolving a pupil (issue 25): in the organisation's tenant and known as a pupil, or refused. */
import { rollerFor, type Roller } from '../../domain/roller';
import { nb } from '../../i18n/nb';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, ok } from '../resultat';

/** The pupil's roles (with `elev` set), or a refusal for anyone who is not a pupil of the organisation. */
export function elevITenanten(ktx: AppKontekst, aktor: Aktor): Resultat<Roller & { elev: NonNullable<Roller['elev']> }> {
  if (aktor.tenantId !== ktx.org.tenantId) return feil({ kode: 'ukjent_person', melding: nb.feil.annenTenant });
  const roller = rollerFor(ktx.org, aktor.oid);
  if (!roller.elev) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  return ok({ ...roller, elev: roller.elev });
}
