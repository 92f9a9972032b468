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
import { SPRAK } from '../../i18n/sprak';
import { HANDLINGER, INFORMERT_FELT, STATUSER } from '../../domain/sak';
import { APNE, SORTERINGER } from '../../app/views/sakliste';
import { arbeidTekster, nb } from '../../i18n/aktiv';

export type { Meg, Personvalg } from '../../app/views/meg';
export type { MittVarsel } from '../../app/views/mineVarsler';
export type { PliktSide, PersonCard as PersonKort } from '../../app/views/plikter';
export type { BekreftelseSide, SkoleBekreftelser } from '../../app/views/bekreftelser';
export type { SendtPaaminnelse as SendtPaminnelse } from '../../app/paaminnelser/bekreftelser';
export type { SkjemaView as SkjemaVisning } from '../../app/varselFormView';
export type { SakView as Kvittering } from '../../app/sakView';
export type { SakRad, SakSide, SakerSide } from '../../app/views/saker';
export type { VenterSide, Venter } from '../../app/views/venter';
export type { Oppgave } from '../../app/views/oppgaver';
export type { OversiktSide, SkoleTall, SkoleeierSak } from '../../app/views/oversikt';
export type { LoggforingView as LoggforingVisning } from '../../app/sakslogg';
export type { TidslinjeSide } from '../../app/sakTidslinje';
export type { PlanView as PlanVisning, VersjonView as VersjonVisning, TiltakView as TiltakVisning, EvalueringView as EvalueringVisning, PlanMangel as Mangel } from '../../app/plan/planView';
/** POST /api/innsyn: body { skoleId, elevNavn, elevKlasse?, format: 'pdf' | 'json' }, checked by the use case (a pupil's name never goes in a URL). */
export type { InnsynForesporsel, Innsynsuttrekk, UttrekkSak } from '../../app/innsyn/uttrekk';

export type { Oppsett as OrgOppsett, SkoleOppsett } from '../../app/org/skoleoppsett';
export type { VarslingslisteView as VarslingslisteVisning, ListeVersjon, Personvalg as ListePerson } from '../../app/org/varslingsliste';
export type { SyncStatus as SynkStatus } from '../../app/org/syncFraEntra';
export type { Katalogperson } from '../../app/org/personsok';
export type { SkoleruteSide, IcsImport } from '../../app/skolear/skolerute';
export type { AarshjulSide, SkoleAarshjul, PunktVisning } from '../../app/skolear/aarshjul';

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
/** PUT /api/meg/sprak: the language the person reads (the use case says which are allowed, in words). */
export const SettSprakKropp = z.object({ sprak: z.string().max(10) }).strict();
export type SettSprakKropp = z.infer<typeof SettSprakKropp>;
export type { SprakValg } from '../../app/sprakvalg';

/** `sprak`: the language the duties were shown in (issue 24), kept in the record. */
export const BekreftPlikterKropp = z.object({ versjon: z.string().min(1).max(40), sprak: z.enum(SPRAK).optional() }).strict();
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

/** GET /api/saker: search, filters, sort and page (query string; the tab's route carries the same). */
export const SakerFilter = z.object({
  sok: z.string().max(100, { error: () => arbeidTekster.saker.sokForLangt }).optional(),
  status: z.enum(STATUSER, { error: () => arbeidTekster.saker.ugyldig }).optional(),
  skolear: z.union([z.literal(APNE), z.string().regex(/^\d{4}-\d{4}$/)], { error: () => arbeidTekster.saker.ugyldig }).optional(),
  forfalt: z.literal('1').optional(),
  utenPlan: z.literal('1').optional(),
  straks: z.literal('1').optional(),
  sorter: z.enum(SORTERINGER, { error: () => arbeidTekster.saker.ugyldig }).optional(),
  retning: z.enum(['stigende', 'synkende'], { error: () => arbeidTekster.saker.ugyldig }).optional(),
  side: z.coerce.number({ error: () => arbeidTekster.saker.ugyldig }).int().min(1).max(100_000).optional(),
});
export type SakerFilter = z.infer<typeof SakerFilter>;

/** POST /api/saker/:id/handlinger */
export const HandlingKropp = z
  .object({
    handling: z.enum(HANDLINGER),
    versjon: z.string().max(20).optional(),
    saksansvarlig: z.string().max(64).optional(),
    begrunnelse: z.string().max(4000).optional(),
    /** Receiving a «vet ikke» case, or moving it: who the case is about. */
    klassifisering: z.string().max(40).optional(),
    /** The second click of a final step (maa_bekreftes). */
    bekreftet: z.boolean().optional(),
    /** Closing: who was told, one row per person (INFORMERT_RADER: the pupil, up to two parents), how and when. */
    ...Object.fromEntries(INFORMERT_FELT.map((f) => [f, z.string().max(4000).optional()])),
    /** Closing while the pupil's latest answer is «nei» or «delvis»: rektor's written reason against it. */
    begrunnelseMotEleven: z.string().max(4000).optional(),
    /** Receiving a §12-5 case: who the employee is (a person of the school, or a name), added or corrected. */
    involvertAnsatt: z.string().max(64).optional(),
    involvertAnsattTekst: z.string().max(400).optional(),
    /** …or that the person named only by text is not in the organisation (e.g. an agency vikar). */
    involvertUtenfor: z.boolean().optional(),
    /** Receiving: the case's theme (issue 23), from the municipality's list. */
    tema: z.string().max(40).optional(),
  })
  .strict();
export type HandlingKropp = z.infer<typeof HandlingKropp>;

/**
 * A form's own id, made when the form opens and renewed after it was saved: the same id sent twice
 * (a double click, a retried request) is one record. The form's fields are checked by the use case,
 * which names each field that is wrong (the same rules as the bot's card).
 */
const skjemaId = z.string().regex(/^[\w-]{8,64}$/, { error: () => nb.validering.skjemaIdMangler });

/** POST /api/saker/:sakId/logg: a log entry (type, dato, deltakere, tekst, korrigerer?). */
export const LoggKropp = z.object({ skjemaId }).catchall(z.unknown());
export type LoggKropp = z.infer<typeof LoggKropp>;

/** PUT /api/saker/:sakId/plan: the draft (bakgrunn, problem, mal, tiltak[], evalueringsdato, …); saving it twice is the same draft. */
export const UtkastKropp = z.record(z.string(), z.unknown());

/** POST /api/saker/:sakId/plan/aktivering: the version the person saw; activating it twice is one activation. */
export const AktiveringKropp = z.object({ versjon: z.number({ error: 'Versjonen mangler.' }).int().min(1).max(1000) }).strict();

/** POST /api/saker/:sakId/plan/evalueringer: an evaluation (dato, deltakere, vurderinger[], elevensOpplevelse, utfall, nesteEvalueringsdato?). */
export const EvalueringKropp = z.object({ skjemaId }).catchall(z.unknown());

/** PUT /api/saker/:sakId/plan/tiltak/:tiltakId/notat: the tiltak's own evaluation note; the same note twice changes nothing. */
export const TiltaksnotatKropp = z.object({ evalueringsnotat: z.string().max(4000) }).strict();

/** GET /api/saker/:sakId/foreldrebrev(.pdf) query: language form and receiver. */
export const BrevValgSporring = z
  .object({
    malform: z.enum(['nb', 'nn'], { error: () => nb.validering.brevMalform }).default('nb'),
    mottaker: z.enum(['foresatte', 'elev'], { error: () => nb.validering.brevMottaker }).default('foresatte'),
  })
  .strict();

/** GET /api/saker/:sakId/foreldrebrev: the letter as text, to paste into the school's message system. */
export interface BrevTekst {
  filnavn: string;
  tekst: string;
  /** Capitalised words left in the letter that may be a name (the letter page warns rektor before download). */
  ordAaSjekke: string[];
  /** The school (or the kommune) has no contact details: the letter page tells rektor. */
  kontaktMangler: boolean;
}

/**
 * The organisation's admin and rektor pages (orgRuter.ts): a JSON object whose fields the use case
 * checks and names (src/app/org), the school's id from the path.
 */
export const OrgKropp = z.record(z.string(), z.unknown(), { error: () => nb.http.ikkeObjekt });
export type OrgKropp = z.infer<typeof OrgKropp>;

export { ROUTES as RUTER } from './routes';
/** The pupils' pages (issue 25). */
export type { ElevKvittering, ElevMelding, SiFraSkjemaView as SiFraSkjemaVisning } from '../../app/elev/elevView';
