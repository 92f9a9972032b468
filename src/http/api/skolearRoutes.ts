/**
 * The tab API's routes for the school year (issue 23): the skolerute (read, save, read an .ics file
 * into the form) and the årshjul (read, define, mark a checkpoint done). Each route is one use case
 * call; the use cases (src/app/skolear) check who may do what and name every wrong field.
 */
import type restify from 'restify';
import type { Request } from 'restify';
import type { AppKontekst } from '../../app/kontekst';
import { lagreAarshjul, markerSjekkpunkt, visAarshjul } from '../../app/skolear/aarshjul';
import { lagreSkolerute, lesSkoleruteFil, visSkolerute } from '../../app/skolear/skolerute';
import { OrgKropp, RUTER } from './contract';
import { type RouteDeps, route, routeMedKropp } from './route';

/** ?skolear=2026-2027 (the use case falls back to this school year for anything else). */
const skolear = (req: Request) => new URL(req.url ?? '/', 'http://fane').searchParams.get('skolear') ?? undefined;

export function monterSkolear(server: restify.Server, ktx: AppKontekst, r: RouteDeps): void {
  server.get(RUTER.skolerute.sti, route(r, (aktor, req) => visSkolerute(ktx, aktor, skolear(req))));
  // A JSON object body (OrgKropp), handed to the use case, which validates every field.
  server.put(RUTER.lagreSkolerute.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp) => lagreSkolerute(ktx, aktor, kropp)));
  server.post(RUTER.skoleruteIcs.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp) => lesSkoleruteFil(ktx, aktor, kropp)));
  server.get(RUTER.aarshjul.sti, route(r, (aktor, req) => visAarshjul(ktx, aktor, skolear(req))));
  server.put(RUTER.lagreAarshjul.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp) => lagreAarshjul(ktx, aktor, kropp)));
  server.post(RUTER.markerSjekkpunkt.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp) => markerSjekkpunkt(ktx, aktor, kropp)));
}
