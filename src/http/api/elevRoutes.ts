/**
 * The pupils' routes (issue 25): «Si fra» and «Det jeg har sagt fra om». The use cases refuse
 * anyone who is not a pupil, and every other route refuses pupils (src/app/aktorer.ts).
 */
import type restify from 'restify';
import type { AppKontekst } from '../../app/kontekst';
import { getSiFraForm, mineMeldinger, siFra } from '../../app/elev/siFra';
import { RUTER, SendVarselKropp } from './contract';
import { route, routeMedKropp, type RouteDeps } from './route';

export function monterElev(server: restify.Server, ktx: AppKontekst, r: RouteDeps): void {
  server.get(RUTER.siFraSkjema.sti, route(r, (aktor) => getSiFraForm(ktx, aktor)));
  // The same body shape as a staff varsel: the form's id makes a double click one record.
  server.post(RUTER.siFra.sti, ...routeMedKropp(r, SendVarselKropp, (aktor, { skjemaId, ...verdier }) => siFra(ktx, aktor, verdier, { skjemaId })));
  server.get(RUTER.mineMeldinger.sti, route(r, (aktor) => mineMeldinger(ktx, aktor)));
}
