/**
 * The tab API's routes for the organisation (issue 12): the administrators' school setup, each
 * school's varslingsliste kept by its rektor, and the Entra sync on demand. Each route is one use
 * case call; the use cases (src/app/org) check who may do what and name every wrong field.
 */
import type restify from 'restify';
import type { Request } from 'restify';
import type { AppKontekst } from '../../app/kontekst';
import { kobleSkole, navngiRektor, opprettSkole, settKommunensFolk, visOppsett } from '../../app/org/skoleoppsett';
import { type Personkatalog, sokPersoner } from '../../app/org/personsok';
import { type SyncPort, startSync, visSync } from '../../app/org/syncFraEntra';
import { endreVarslingsliste, visVarslingsliste } from '../../app/org/varslingsliste';
import { settKommunensKontakt, settSkolensKontakt } from '../../app/org/kontaktinfo';
import { OrgKropp, RUTER } from './contract';
import { type RouteDeps, route, routeMedKropp } from './route';

const skoleId = (req: Request) => String(req.params.skoleId ?? '');

/** The body's fields with the school from the path (the path wins over a field of the same name). */
const medSkole = (kropp: Record<string, unknown>, req: Request) => ({ ...kropp, skoleId: skoleId(req) });

export function monterOrganisasjon(server: restify.Server, ktx: AppKontekst, r: RouteDeps, sync: SyncPort | undefined, personkatalog: Personkatalog | undefined): void {
  server.get(RUTER.orgOppsett.sti, route(r, (aktor) => visOppsett(ktx, aktor)));
  server.post(RUTER.opprettSkole.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp) => opprettSkole(ktx, aktor, kropp)));
  server.put(RUTER.kobleSkole.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp, req) => kobleSkole(ktx, aktor, medSkole(kropp, req))));
  server.put(RUTER.navngiRektor.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp, req) => navngiRektor(ktx, aktor, medSkole(kropp, req), personkatalog)));
  server.put(RUTER.kommunensFolk.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp) => settKommunensFolk(ktx, aktor, kropp, personkatalog)));
  server.put(RUTER.skolensKontakt.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp, req) => settSkolensKontakt(ktx, aktor, skoleId(req), medSkole(kropp, req))));
  server.put(RUTER.kommunensKontakt.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp) => settKommunensKontakt(ktx, aktor, kropp)));
  server.get(RUTER.varslingsliste.sti, route(r, (aktor, req) => visVarslingsliste(ktx, aktor, skoleId(req))));
  server.put(RUTER.endreVarslingsliste.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp, req) => endreVarslingsliste(ktx, aktor, medSkole(kropp, req))));
  server.get(RUTER.synk.sti, route(r, (aktor) => visSync(ktx, aktor, sync)));
  server.get(RUTER.personsok.sti, route(r, (aktor, req) => sokPersoner(ktx, aktor, new URL(req.url ?? '', 'http://x').searchParams.get('sok'), personkatalog)));
  server.post(RUTER.startSynk.sti, ...routeMedKropp(r, OrgKropp, (aktor, kropp) => startSync(ktx, aktor, kropp, sync)));
}
