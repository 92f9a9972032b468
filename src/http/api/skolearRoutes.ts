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
import { jsonKropp } from '../jsonKropp';
import { OrgKropp, RUTER } from './contract';
import { lesMed, type RouteDeps, route } from './route';

/** ?skolear=2026-2027 (the use case falls back to this school year for anything else). */
const skolear = (req: Request) => new URL(req.url ?? '/', 'http://fane').searchParams.get('skolear') ?? undefined;

/** A JSON object body, handed to the use case (which validates every field). */
const medKropp = <T>(req: Request, bruk: (raw: Record<string, unknown>) => T) => {
  const kropp = lesMed(OrgKropp, req.body);
  return kropp.ok ? bruk(kropp.verdi) : { problem: kropp.problem };
};

export function monterSkolear(server: restify.Server, ktx: AppKontekst, r: RouteDeps): void {
  server.get(RUTER.skolerute.sti, route(r, (aktor, req) => visSkolerute(ktx, aktor, skolear(req))));
  server.put(RUTER.lagreSkolerute.sti, jsonKropp(), route(r, (aktor, req) => medKropp(req, (raw) => lagreSkolerute(ktx, aktor, raw))));
  server.post(RUTER.skoleruteIcs.sti, jsonKropp(), route(r, (aktor, req) => medKropp(req, (raw) => lesSkoleruteFil(ktx, aktor, raw))));
  server.get(RUTER.aarshjul.sti, route(r, (aktor, req) => visAarshjul(ktx, aktor, skolear(req))));
  server.put(RUTER.lagreAarshjul.sti, jsonKropp(), route(r, (aktor, req) => medKropp(req, (raw) => lagreAarshjul(ktx, aktor, raw))));
  server.post(RUTER.markerSjekkpunkt.sti, jsonKropp(), route(r, (aktor, req) => medKropp(req, (raw) => markerSjekkpunkt(ktx, aktor, raw))));
}
