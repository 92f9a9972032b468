/**
 * The tab API's routes for working a case to its end (issue 10): the case's actions, its timeline
 * per delplikt, the case log, the aktivitetsplan (draft, activation, evaluations, tiltak notes) and
 * the two documents (the letter to the parents, the documentation export) as PDF downloads.
 * Each route is one use case call; the use cases check who may do what.
 */
import type restify from 'restify';
import type { Request, Response } from 'restify';
import type { PdfFil } from '../../app/dokumenter/dokumentasjon';
import { lagDokumentasjon } from '../../app/dokumenter/dokumentasjon';
import { lagForeldrebrev } from '../../app/dokumenter/foreldrebrev';
import type { AppKontekst } from '../../app/kontekst';
import { aktiverPlan } from '../../app/plan/aktiverPlan';
import { lagreUtkast } from '../../app/plan/lagreUtkast';
import { registrerEvaluering } from '../../app/plan/registrerEvaluering';
import { skrivTiltaksnotat } from '../../app/plan/skrivTiltaksnotat';
import { visPlan } from '../../app/plan/visPlan';
import { ok } from '../../app/resultat';
import { utforHandling } from '../../app/sakHandlinger';
import { leggTilLoggforing, visLogg } from '../../app/sakslogg';
import { visTidslinje } from '../../app/sakTidslinje';
import {
  AktiveringKropp,
  BrevValgSporring,
  type BrevTekst,
  EvalueringKropp,
  HandlingKropp,
  LoggKropp,
  RUTER,
  TiltaksnotatKropp,
  UtkastKropp,
} from './contract';
import { lesMed, type RouteDeps, route, routeMedKropp } from './route';

const sakId = (req: Request) => String(req.params.sakId ?? '');
const sporring = (req: Request) => Object.fromEntries(new URL(req.url ?? '/', 'http://fane').searchParams);

/** A PDF as a download: its own content type, and the file name the use case gave (ASCII, archive-safe). */
export function sendPdf(res: Response, verdi: unknown): void {
  const { filnavn, pdf } = verdi as PdfFil;
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${filnavn.replace(/["\\\r\n]/g, '_')}"`,
    'content-length': pdf.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(pdf);
}

export function monterSaksarbeid(server: restify.Server, ktx: AppKontekst, r: RouteDeps): void {
  server.post(
    RUTER.handling.sti,
    ...routeMedKropp(r, HandlingKropp, (aktor, { handling, versjon, ...verdier }, req) =>
      // The decision version the page showed is the action's key: the same click twice is one decision.
      utforHandling(ktx, aktor, { sakId: sakId(req), handling, via: 'fane', ...(versjon !== undefined ? { versjon } : {}), verdier }),
    ),
  );
  server.get(RUTER.tidslinje.sti, route(r, (aktor, req) => visTidslinje(ktx, aktor, sakId(req))));
  server.get(RUTER.logg.sti, route(r, (aktor, req) => visLogg(ktx, aktor, sakId(req))));
  server.post(RUTER.loggfor.sti, ...routeMedKropp(r, LoggKropp, (aktor, { skjemaId, ...felt }, req) => leggTilLoggforing(ktx, aktor, sakId(req), felt, { skjemaId })));
  server.get(RUTER.plan.sti, route(r, (aktor, req) => visPlan(ktx, aktor, sakId(req))));
  server.put(RUTER.lagreUtkast.sti, ...routeMedKropp(r, UtkastKropp, (aktor, kropp, req) => lagreUtkast(ktx, aktor, sakId(req), kropp)));
  server.post(RUTER.aktiverPlan.sti, ...routeMedKropp(r, AktiveringKropp, (aktor, kropp, req) => aktiverPlan(ktx, aktor, sakId(req), kropp.versjon)));
  server.post(RUTER.evaluer.sti, ...routeMedKropp(r, EvalueringKropp, (aktor, { skjemaId, ...felt }, req) => registrerEvaluering(ktx, aktor, sakId(req), felt, { skjemaId })));
  server.put(
    RUTER.tiltaksnotat.sti,
    ...routeMedKropp(r, TiltaksnotatKropp, (aktor, kropp, req) =>
      skrivTiltaksnotat(ktx, aktor, sakId(req), { tiltakId: String(req.params.tiltakId ?? ''), evalueringsnotat: kropp.evalueringsnotat }),
    ),
  );
  server.get(RUTER.dokumentasjonPdf.sti, route(r, (aktor, req) => lagDokumentasjon(ktx, aktor, sakId(req)), sendPdf));
  server.get(
    RUTER.foreldrebrevPdf.sti,
    route(
      r,
      (aktor, req) => {
        const v = lesMed(BrevValgSporring, sporring(req));
        return v.ok ? lagForeldrebrev(ktx, aktor, sakId(req), v.verdi) : { problem: v.problem };
      },
      sendPdf,
    ),
  );
  server.get(
    RUTER.foreldrebrev.sti,
    route(r, async (aktor, req) => {
      const v = lesMed(BrevValgSporring, sporring(req));
      if (!v.ok) return { problem: v.problem };
      const b = await lagForeldrebrev(ktx, aktor, sakId(req), v.verdi);
      return b.ok ? ok<BrevTekst>({ filnavn: b.verdi.filnavn, tekst: b.verdi.tekst, ordAaSjekke: b.verdi.ordAaSjekke, kontaktMangler: b.verdi.kontaktMangler }) : b;
    }),
  );
}
