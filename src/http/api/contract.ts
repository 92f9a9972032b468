/**
 * The tab API's contract: every route, its request body (zod, checked at the edge) and its answer
 * (the use case's view type). The tab imports this module, so the two sides cannot drift. Nothing
 * here does I/O; types come from the use cases (src/app), schemas from zod.
 *
 * Identity: in Teams `Authorization: Bearer <teams-js SSO token>`; locally (no Microsoft app id
 * configured) the header `X-Skolemiljo-Person: <oid>` chosen in the person picker. See identitet.ts.
 * Errors: a problem body (RFC 9457) with `title` in bokmål, `kode`, and `felt` (field → message)
 * for a form; `ref` for an unexpected failure.
 */
import { z } from 'zod';
import { HANDLINGER, STATUSER } from '../../domain/sak';

export type { Meg, Personvalg } from '../../app/fane/meg';
export type { MittVarsel } from '../../app/fane/mineVarsler';
export type { PliktSide, PersonKort } from '../../app/fane/plikter';
export type { BekreftelseSide, SkoleBekreftelser } from '../../app/fane/bekreftelser';
export type { SkjemaVisning } from '../../app/varselSkjemaVisning';
export type { SakVisning as Kvittering } from '../../app/sakVisning';
export type { SakRad, SakSide } from '../../app/fane/saker';
export type { Oppgave } from '../../app/fane/oppgaver';
export type { OversiktSide, SkoleTall, SkoleeierSak } from '../../app/fane/oversikt';

/** How the tab learns which identity to send (answered without one). */
export type Oppsett = { modus: 'lokal' } | { modus: 'teams' };

export interface Problem {
  type: string;
  title: string;
  status: number;
  kode: string;
  felt?: Record<string, string>;
  ref?: string;
}

/** POST /api/plikter/bekreftelse */
export const BekreftPlikterKropp = z.object({ versjon: z.string().min(1).max(40) }).strict();
export type BekreftPlikterKropp = z.infer<typeof BekreftPlikterKropp>;
export interface BekreftPlikterSvar {
  tid: string;
  versjon: string;
}

/** POST /api/varsler: the form's fields (as the bot's card sends them, strings) plus the form's own id. */
export const SendVarselKropp = z
  .object({ skjemaId: z.string().regex(/^[\w-]{8,64}$/) })
  .catchall(z.union([z.string(), z.boolean(), z.null()]));
export type SendVarselKropp = z.infer<typeof SendVarselKropp>;

/** GET /api/saker filters (query string). */
export const SakerFilter = z.object({
  status: z.enum(STATUSER).optional(),
  forfalt: z.literal('1').optional(),
  utenPlan: z.literal('1').optional(),
  straks: z.literal('1').optional(),
});
export type SakerFilter = z.infer<typeof SakerFilter>;

/** POST /api/saker/:id/handlinger */
export const HandlingKropp = z
  .object({
    handling: z.enum(HANDLINGER),
    versjon: z.string().max(20).optional(),
    saksansvarlig: z.string().max(64).optional(),
    begrunnelse: z.string().max(4000).optional(),
  })
  .strict();
export type HandlingKropp = z.infer<typeof HandlingKropp>;

/** Every route the tab calls. `:x` is a path parameter. */
export const RUTER = {
  oppsett: { metode: 'GET', sti: '/api/oppsett' },
  meg: { metode: 'GET', sti: '/api/meg' },
  /** Local development only (404 in Teams configuration). */
  personer: { metode: 'GET', sti: '/api/lokal/personer' },
  plikter: { metode: 'GET', sti: '/api/plikter' },
  bekreftPlikter: { metode: 'POST', sti: '/api/plikter/bekreftelse' },
  varselskjema: { metode: 'GET', sti: '/api/varsler/skjema' },
  sendVarsel: { metode: 'POST', sti: '/api/varsler' },
  mineVarsler: { metode: 'GET', sti: '/api/mine-varsler' },
  bekreftelser: { metode: 'GET', sti: '/api/bekreftelser' },
  saker: { metode: 'GET', sti: '/api/saker' },
  sak: { metode: 'GET', sti: '/api/saker/:sakId' },
  mineOppgaver: { metode: 'GET', sti: '/api/mine-oppgaver' },
  oversikt: { metode: 'GET', sti: '/api/oversikt' },
} as const;
