/**
 * The organisation file (config/*-organisasjon.json): its shape and the invariants the routing
 * rule relies on. A wrong file must fail loudly at start-up, naming the line to fix, rather than
 * route a varsel about rektor to rektor.
 */
import { z } from 'zod';
import { fristinnstillingerSkjema } from './fristinnstillinger';
import { ELEVKONTAKT_ROLLER, TRINN, type Organisasjon } from './organisasjon';

/** An Entra object id (or tenant id) as written: 8-4-4-4-12 hex digits, no braces, no spaces. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Entra sends oids in lower case; normalise so an upper-case GUID in the file still matches the token.
const guid = z
  .string()
  .trim()
  .regex(GUID, { error: 'må være en GUID (8-4-4-4-12 heksadesimale tegn)' })
  .transform((s) => s.toLowerCase());
const tekst = z.string().trim().min(1, { error: 'kan ikke være tom' });

const person = z.object({ oid: guid, navn: tekst, stilling: z.string().trim() });

const skole = z.object({
  id: tekst,
  navn: tekst,
  ansatte: z.array(person).min(1, { error: 'skolen må ha minst én ansatt' }),
  rektor: guid,
  ledelse: z.array(guid),
  varselmottakere: z.array(guid),
  // Issue 25: the school's pupils, the words their pages use, and the adults they may choose.
  elever: z.array(z.object({ oid: guid, navn: tekst, klasse: z.string().trim().optional(), kontaktlaerer: guid.optional() })).optional(),
  trinn: z.enum(TRINN).optional(),
  elevkontakter: z.array(z.object({ rolle: z.enum(ELEVKONTAKT_ROLLER), oid: guid })).optional(),
  elevgrupper: z.array(guid).optional(),
});

const kommune = z.object({
  id: tekst,
  navn: tekst,
  // May be empty (e.g. between two kommunalsjefer): the app then says on every card it concerns that
  // skoleeier could not be told, refuses what cannot be done without one, and tells the administrators.
  kommunalsjefer: z.array(person),
  administratorer: z.array(person),
  saksbehandlere: z.array(person).default([]),
  frister: fristinnstillingerSkjema.optional(),
  // How long after activation an aktivitetsplan is evaluated by default (docs/domene.md: typically 3–4 weeks).
  evalueringEtterUker: z.number().int().min(1).max(12).optional(),
  sakstemaer: z.array(z.object({ id: z.string().regex(/^[a-z0-9_]{1,40}$/), navn: tekst.optional() })).max(30).optional(),
  // The municipality's målform (issue 24): the record's language; bokmål when not given.
  malform: z.enum(['nb', 'nn']).optional(),
});

export const organisasjonSkjema = z.object({ tenantId: guid, kommune, skoler: z.array(skole) });

export type OrganisasjonResultat = { ok: true; org: Organisasjon } | { ok: false; feil: string[] };

export function parseOrganisasjon(json: unknown): OrganisasjonResultat {
  const resultat = organisasjonSkjema.safeParse(json, { error: norwegianMessage });
  if (!resultat.success) {
    return { ok: false, feil: resultat.error.issues.map((i) => `${sti(i.path)}: ${i.message}`) };
  }
  const org: Organisasjon = resultat.data;
  const feil = organisasjonsbrudd(org).map((b) => `${b.sti}: ${b.melding}`);
  return feil.length > 0 ? { ok: false, feil } : { ok: true, org };
}

/**
 * What the file allows but the administrator must fix, one Norwegian line each: shown at start-up
 * and to the administrators in the bot.
 */
export function organisasjonsAdvarsler(org: Organisasjon): string[] {
  return org.kommune.kommunalsjefer.length === 0
    ? ['kommune.kommunalsjefer: ingen kommunalsjef er registrert. Varsler om skolens ledelse kan ikke sendes, og skoleeier kan ikke varsles om varsler om ansatte.']
    : [];
}

/** One broken rule: where in the file (`sti`), which school and person, and what is wrong. */
export interface Brudd {
  sti: string;
  skoleId?: string;
  oid?: string;
  melding: string;
}

/**
 * The rules the shape cannot express; checked only once the shape is right. The same rules guard
 * every change made in the admin and rektor pages (src/app/org), so the file and the pages can
 * never disagree on what a valid organisation is.
 */
export function organisasjonsbrudd(org: Organisasjon): Brudd[] {
  const feil: Brudd[] = [];
  const kommunalsjefer = new Set(org.kommune.kommunalsjefer.map((p) => p.oid));
  const skoleIder = new Map<string, number>();

  org.skoler.forEach((s, i) => {
    const p = `skoler[${i}]`;
    const brudd = (sti: string, message: string, oid?: string) => feil.push({ sti: `${p}${sti}`, skoleId: s.id, melding: message, ...(oid ? { oid } : {}) });
    const forrige = skoleIder.get(s.id);
    if (forrige === undefined) skoleIder.set(s.id, i);
    else brudd('.id', `skole-id «${s.id}» er allerede brukt av skoler[${forrige}]`);

    const ansatte = new Set<string>();
    s.ansatte.forEach((a, j) => {
      if (ansatte.has(a.oid)) brudd(`.ansatte[${j}].oid`, 'personen står allerede blant skolens ansatte', a.oid);
      ansatte.add(a.oid);
    });

    if (!ansatte.has(s.rektor)) brudd('.rektor', 'rektor må være en av skolens ansatte', s.rektor);

    s.ledelse.forEach((oid, j) => {
      if (!ansatte.has(oid)) brudd(`.ledelse[${j}]`, 'et medlem av ledelsen må være en av skolens ansatte', oid);
      // Varsler about the leadership go to the kommunalsjef; a kommunalsjef in the leadership would receive a varsel about themself.
      if (kommunalsjefer.has(oid)) brudd(`.ledelse[${j}]`, 'en kommunalsjef kan ikke være i skolens ledelse', oid);
    });
    if (!s.ledelse.includes(s.rektor)) brudd('.ledelse', 'ledelsen må inneholde rektor');

    s.varselmottakere.forEach((oid, j) => {
      if (!ansatte.has(oid)) brudd(`.varselmottakere[${j}]`, 'en varselmottaker må være en av skolens ansatte', oid);
      // Rektor's delegates are screened from varsler about the leadership; the kommunalsjef receives those.
      if (kommunalsjefer.has(oid)) brudd(`.varselmottakere[${j}]`, 'en kommunalsjef kan ikke være skolens varselmottaker', oid);
    });
    if (!s.varselmottakere.includes(s.rektor)) brudd('.varselmottakere', 'varselmottakerne må inneholde rektor');
    feil.push(...elevbrudd(org, s, i, ansatte));
  });
  return feil;
}

/** A pupil is never staff, and the adults a pupil may choose are the school's staff. */
function elevbrudd(org: Organisasjon, s: Organisasjon['skoler'][number], i: number, ansatte: ReadonlySet<string>): Brudd[] {
  const ut: Brudd[] = [];
  const brudd = (sti: string, message: string, oid: string) => ut.push({ sti: `skoler[${i}]${sti}`, skoleId: s.id, melding: message, oid });
  const kommunens = new Set([...org.kommune.kommunalsjefer, ...org.kommune.administratorer, ...org.kommune.saksbehandlere].map((p) => p.oid));
  const ansattNoe = (oid: string) => kommunens.has(oid) || org.skoler.some((x) => x.ansatte.some((p) => p.oid === oid));
  (s.elever ?? []).forEach((e, j) => {
    if (ansattNoe(e.oid)) brudd(`.elever[${j}].oid`, 'en elev kan ikke også være ansatt', e.oid);
    if (e.kontaktlaerer && !ansatte.has(e.kontaktlaerer)) brudd(`.elever[${j}].kontaktlaerer`, 'kontaktlæreren må være en av skolens ansatte', e.kontaktlaerer);
  });
  (s.elevkontakter ?? []).forEach((k, j) => {
    if (!ansatte.has(k.oid)) brudd(`.elevkontakter[${j}].oid`, 'en voksen elevene kan velge må være en av skolens ansatte', k.oid);
  });
  return ut;
}

/** 'skoler[1].ansatte[0].oid', the way a person finds it in the file. */
function sti(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'organisasjon';
  return path
    .map((del, i) => (typeof del === 'number' ? `[${del}]` : i === 0 ? String(del) : `.${String(del)}`))
    .join('');
}

const TYPENAVN: Record<string, string> = {
  string: 'tekst',
  array: 'en liste',
  object: 'et objekt',
  number: 'et tall',
  boolean: 'true eller false',
};

function norwegianMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'mangler';
      return `må være ${TYPENAVN[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return 'er for kort';
    default:
      return 'har ugyldig verdi';
  }
}
