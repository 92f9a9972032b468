/**
 * The tab API's routes for issue 23's yearly revision and case themes: the revision page (rektor
 * answers, the kommunalsjef edits, sends and reads), the report to the kommunestyre as PDF and text,
 * and a case's theme. Each route is one use case call; the use cases check who may do what.
 */
import type restify from 'restify';
import type { AppKontekst } from '../../app/kontekst';
import { kommunestyrerapportTekst, lagKommunestyrerapport } from '../../app/revisjon/rapport';
import { getRevisjonSide } from '../../app/revisjon/revisjonSide';
import { lagreRevisjonsSporsmal, sendRevisjon } from '../../app/revisjon/sendRevisjon';
import { svarRevisjon } from '../../app/revisjon/svarRevisjon';
import { settSakstema, visSakstema } from '../../app/sakstema';
import { jsonKropp } from '../jsonKropp';
import { REVISJON_ROUTES as R } from './revisjonKontrakt';
import { type RouteDeps, route } from './route';
import { sendPdf } from './sakRoutes';

export function monterRevisjon(server: restify.Server, ktx: AppKontekst, r: RouteDeps): void {
  server.get(R.revisjon.sti, route(r, (aktor) => getRevisjonSide(ktx, aktor)));
  server.put(R.sporsmal.sti, jsonKropp(), route(r, (aktor, req) => lagreRevisjonsSporsmal(ktx, aktor, req.body)));
  server.post(R.send.sti, route(r, (aktor) => sendRevisjon(ktx, aktor)));
  server.put(R.svar.sti, jsonKropp(), route(r, (aktor, req) => svarRevisjon(ktx, aktor, req.body)));
  server.get(R.rapportPdf.sti, route(r, (aktor) => lagKommunestyrerapport(ktx, aktor), sendPdf));
  server.get(R.rapportTekst.sti, route(r, (aktor) => kommunestyrerapportTekst(ktx, aktor)));
  server.get(R.tema.sti, route(r, (aktor, req) => visSakstema(ktx, aktor, String(req.params.sakId ?? ''))));
  server.put(
    R.settTema.sti,
    jsonKropp(),
    route(r, (aktor, req) => settSakstema(ktx, aktor, String(req.params.sakId ?? ''), (req.body as { tema?: unknown } | undefined)?.tema)),
  );
}
