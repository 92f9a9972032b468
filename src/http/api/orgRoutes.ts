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
import { jsonKropp } from '../jsonKropp';
import { OrgKropp, RUTER } from './contract';
import { lesMed, type RouteDeps, route } from './route';

const skoleId = (req: Request) => String(req.params.skoleId ?? '');

/** The body's fields with the school from the path (the path wins over a field of the same name). */
const medSkole = <T>(req: Request, bruk: (raw: Record<string, unknown>) => T) => {
  const kropp = lesMed(OrgKropp, req.body);
  return kropp.ok ? bruk({ ...kropp.verdi, skoleId: skoleId(req) }) : { problem: kropp.problem };
};

export function monterOrganisasjon(server: restify.Server, ktx: AppKontekst, r: RouteDeps, sync: SyncPort | undefined, personkatalog: Personkatalog | undefined): void {
  server.get(RUTER.orgOppsett.sti, route(r, (aktor) => visOppsett(ktx, aktor)));
  server.post(
    RUTER.opprettSkole.sti,
    jsonKropp(),
    route(r, (aktor, req) => {
      const kropp = lesMed(OrgKropp, req.body);
      return kropp.ok ? opprettSkole(ktx, aktor, kropp.verdi) : { problem: kropp.problem };
    }),
  );
  server.put(RUTER.kobleSkole.sti, jsonKropp(), route(r, (aktor, req) => medSkole(req, (raw) => kobleSkole(ktx, aktor, raw))));
  server.put(RUTER.navngiRektor.sti, jsonKropp(), route(r, (aktor, req) => medSkole(req, (raw) => navngiRektor(ktx, aktor, raw, personkatalog))));
  server.put(
    RUTER.kommunensFolk.sti,
    jsonKropp(),
    route(r, (aktor, req) => {
      const kropp = lesMed(OrgKropp, req.body);
      return kropp.ok ? settKommunensFolk(ktx, aktor, kropp.verdi, personkatalog) : { problem: kropp.problem };
    }),
  );
  server.put(RUTER.skolensKontakt.sti, jsonKropp(), route(r, (aktor, req) => medSkole(req, (raw) => settSkolensKontakt(ktx, aktor, skoleId(req), raw))));
  server.put(
    RUTER.kommunensKontakt.sti,
    jsonKropp(),
    route(r, (aktor, req) => {
      const kropp = lesMed(OrgKropp, req.body);
      return kropp.ok ? settKommunensKontakt(ktx, aktor, kropp.verdi) : { problem: kropp.problem };
    }),
  );
  server.get(RUTER.varslingsliste.sti, route(r, (aktor, req) => visVarslingsliste(ktx, aktor, skoleId(req))));
  server.put(RUTER.endreVarslingsliste.sti, jsonKropp(), route(r, (aktor, req) => medSkole(req, (raw) => endreVarslingsliste(ktx, aktor, raw))));
  server.get(RUTER.synk.sti, route(r, (aktor) => visSync(ktx, aktor, sync)));
  server.get(RUTER.personsok.sti, route(r, (aktor, req) => sokPersoner(ktx, aktor, new URL(req.url ?? '', 'http://x').searchParams.get('sok'), personkatalog)));
  server.post(
    RUTER.startSynk.sti,
    jsonKropp(),
    route(r, (aktor, req) => {
      const kropp = lesMed(OrgKropp, req.body);
      return kropp.ok ? startSync(ktx, aktor, kropp.verdi, sync) : { problem: kropp.problem };
    }),
  );
}
