/**
 * One route of the tab API: who is asking → the use case → JSON, or a problem body. Every answer
 * leaves through here, so no handler can throw past it or answer without the identity check.
 */
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'restify';
import type { z } from 'zod';
import type { Aktor, AppKontekst } from '../../app/kontekst';
import { somPerson } from '../../app/sprakKontekst';
import type { Resultat } from '../../app/resultat';
import { nb } from '../../i18n/aktiv';
import type { Logger } from '../../logging';
import { jsonKropp } from '../jsonKropp';
import type { Problem } from './contract';
import type { Identifiserer } from './identitet';
import { ikkeInnlogget, problemFor, uleseligForesporsel, uventet } from './problem';
import { LOCALE_HEADER } from './routes';
import { feltFeil } from '../../app/feltFeil';

export interface RouteDeps {
  identifiser: Identifiserer;
  log: Logger;
  /** For the person's language (src/app/sprakvalg.ts). */
  ktx: AppKontekst;
}

export function sendJson(res: Response, status: number, body: unknown, type = 'application/json'): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/** Teams' locale as the tab sends it (LOCALE_HEADER, in routes.ts so the tab names the same header). */
export function localeFra(req: { headers: Record<string, string | string[] | undefined> }): string | undefined {
  const v = req.headers[LOCALE_HEADER];
  const locale = (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 35);
  return locale || undefined;
}

export const sendProblem = (res: Response, p: Problem) => sendJson(res, p.status, p, 'application/problem+json');

/** A body or query that does not match its schema: 400 with a Norwegian message per field. */
export function lesMed<T>(skjema: z.ZodType<T>, verdi: unknown): { ok: true; verdi: T } | { ok: false; problem: Problem } {
  // No body at all reads as an empty one; a body that says `null` is a body, and is refused as one.
  const r = skjema.safeParse(verdi === undefined ? {} : verdi);
  if (r.success) return { ok: true, verdi: r.data };
  const felt = feltFeil(r.error, { rot: 'kropp', bareToppfelt: true });
  return { ok: false, problem: { ...uleseligForesporsel(400, nb.feil.skjemaUgyldig), kode: 'ugyldig', felt } };
}

type Utfall = Resultat<unknown> | { problem: Problem };
export type Behandler = (aktor: Aktor, req: Request) => Promise<Utfall> | Utfall;

/** How a use case's answer is sent: JSON unless the route says otherwise (a PDF download). */
export type Svar = (res: Response, verdi: unknown) => void;

export function route(deps: RouteDeps, behandle: Behandler, svar: Svar = (res, verdi) => sendJson(res, 200, verdi)): RequestHandler {
  // Before the person is known, the locale the tab sends (else the målform) picks the language.
  return async (req: Request, res: Response) => somPerson(deps.ktx, undefined, localeFra(req), () => svarPa(deps, behandle, svar, req, res));
}

/**
 * A route that takes a JSON body of a schema: the body read safely (jsonKropp), then by the schema —
 * the use case gets what the schema read, a body that does not match goes back as 400 per field.
 * Spread it after the path: `server.post(sti, ...routeMedKropp(r, Kropp, (aktor, kropp) => …))`.
 */
export function routeMedKropp<T>(deps: RouteDeps, skjema: z.ZodType<T>, behandle: (aktor: Aktor, kropp: T, req: Request) => Promise<Utfall> | Utfall): RequestHandler[] {
  return [
    jsonKropp(),
    route(deps, (aktor, req) => {
      const kropp = lesMed(skjema, req.body);
      return kropp.ok ? behandle(aktor, kropp.verdi, req) : { problem: kropp.problem };
    }),
  ];
}

async function svarPa(deps: RouteDeps, behandle: Behandler, svar: Svar, req: Request, res: Response): Promise<void> {
    try {
      const hvem = await deps.identifiser(req);
      if (!hvem.ok) {
        deps.log.info({ grunn: hvem.grunn, sti: req.getRoute()?.path }, 'fane-API: identitet avvist');
        const p = ikkeInnlogget(nb.api.innlogging[hvem.grunn]);
        sendProblem(res, hvem.grunn === 'nokler_utilgjengelig' ? { ...p, status: 503 } : p);
        return;
      }
      // The answer — messages, field errors, names of states — in the person's own language.
      await somPerson(deps.ktx, hvem.aktor.oid, localeFra(req), async () => {
        const r = await behandle(hvem.aktor, req);
        if ('problem' in r) sendProblem(res, r.problem);
        else if (r.ok) svar(res, r.verdi);
        else sendProblem(res, problemFor(r.feil));
      });
    } catch (e) {
      const ref = randomUUID().slice(0, 8);
      deps.log.error({ ref, sti: req.getRoute()?.path, err: { name: (e as Error)?.name, code: (e as { code?: unknown })?.code } }, 'fane-API: uventet feil');
      if (!res.headersSent) sendProblem(res, uventet(nb.api.uventet, ref));
    }
}
