/**
 * The skolerute page's use cases: read a school year's calendar (everyone the organisation knows;
 * it is the public school calendar), save it (kommunalsjef or administrator), and read an .ics file
 * into the form without saving it, so the person sees what the file said before it counts.
 */
import { z } from 'zod';
import { erGyldigDato, osloDato } from '../../domain/frister';
import { lesIcs, skoleruteFraIcs } from '../../domain/ics';
import { FRI_TYPER, erSkolear, feilISkolerute, skolearForDato, standardSkolerute, type Skolerute } from '../../domain/skolerute';
import { formaterTid, nb, skolearTekster } from '../../i18n/aktiv';
import { ConflictError } from '../../store/port';
import { saveHelhet } from '../../store/skolearRepo';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { navnPaa } from '../sakView';
import { husk, lesSkolerute, nesteSkolear } from './kalender';
import { somSkolearHolder } from './skolearTilgang';
import { feltFeil } from '../feltFeil';

const t = skolearTekster;

export interface SkoleruteSide {
  skolear: string;
  /** The school years the page offers: this one and the next. */
  valg: string[];
  rute: Skolerute;
  /** The stored version (absent: the default is shown, nothing stored yet). */
  versjon?: string;
  kildeTekst: string;
  endretTekst?: string;
  kanEndre: boolean;
  friValg: { verdi: string; tekst: string }[];
}

/** The school years offered, this one first; a request for another is the first. */
function skolearValg(ktx: AppKontekst, onsket: unknown): { skolear: string; valg: string[] } {
  const na = skolearForDato(osloDato(ktx.naa()));
  const valg = [na, nesteSkolear(na)];
  return { skolear: typeof onsket === 'string' && valg.includes(onsket) ? onsket : na, valg };
}

/** Exported for the årshjul's form, which words its field errors the same way. */
export function ugyldigSkjema<T>(felt: Record<string, string>): Resultat<T> {
  return ugyldig(felt);
}

export async function visSkolerute(ktx: AppKontekst, aktor: Aktor, skolear?: string): Promise<Resultat<SkoleruteSide>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const { skolear: ar, valg } = skolearValg(ktx, skolear);
  return medStore(async () => {
    const stored = await lesSkolerute(ktx.store, ar);
    const route = stored?.rute ?? standardSkolerute(ar);
    return ok({
      skolear: ar,
      valg,
      rute: route,
      ...(stored ? { versjon: stored.version } : {}),
      kildeTekst: t.skolerute.kildeTekst(t.kilde[route.kilde]),
      ...(route.endret ? { endretTekst: t.skolerute.endret(navnPaa(ktx.org, route.endret.av), formaterTid(new Date(route.endret.tid))) } : {}),
      kanEndre: somSkolearHolder(ktx, aktor).ok,
      friValg: FRI_TYPER.map((f) => ({ verdi: f, tekst: t.fri[f] })),
    });
  });
}

const dato = z.string().trim().refine(erGyldigDato, { error: () => t.feil.dato });
const SkoleruteSkjema = z.object({
  skolear: z.string().refine(erSkolear, { error: () => t.feil.skolear }),
  versjon: z.string().max(100).optional(),
  kilde: z.enum(['kommunen', 'ics']).default('kommunen'),
  forsteSkoledag: dato,
  sisteSkoledag: dato,
  fri: z
    .array(z.object({ type: z.enum(FRI_TYPER), fra: dato, til: dato, navn: z.string().trim().max(200, { error: () => t.feil.forLang(200) }).optional() }))
    .max(80, { error: () => t.feil.forMange(80) }),
});

function ugyldig<T>(felt: Record<string, string>): Resultat<T> {
  return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt });
}

/** Saves a school year's calendar over the version read; a concurrent save is a conflict, never an overwrite. */
export async function lagreSkolerute(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<SkoleruteSide>> {
  const holder = somSkolearHolder(ktx, aktor);
  if (!holder.ok) return holder;
  const input = SkoleruteSkjema.safeParse(raw);
  if (!input.success) return ugyldig(feltFeil(input.error));
  const { versjon, ...v } = input.data;
  const fri = v.fri.map((f) => ({ type: f.type, fra: f.fra, til: f.til, ...(f.navn ? { navn: f.navn } : {}) })).sort((a, b) => a.fra.localeCompare(b.fra));
  const route: Skolerute = { ...v, fri, endret: { av: aktor.oid, tid: ktx.naa().toISOString() } };
  const galt = feilISkolerute(route);
  if (galt.length > 0) return ugyldig(Object.fromEntries(galt.map((g) => [g.felt, g.feil === 'utenfor' ? t.feil.utenfor(route.skolear) : t.feil.rekkefolge])));
  return medStore(async () => {
    try {
      const item = await saveHelhet(ktx.store, 'skolerute', route, versjon);
      husk(ktx.store, item.data, item.version);
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: t.feil.konflikt });
      throw e;
    }
    ktx.log.info({ skolear: route.skolear, fri: fri.length, kilde: route.kilde }, 'skolerute lagret');
    return visSkolerute(ktx, aktor, route.skolear);
  });
}

export interface IcsImport {
  rute: Skolerute;
  melding: string;
  merknader: string[];
}

const MAKS_ICS = 400_000;
const IcsSkjema = z.object({ skolear: z.string().refine(erSkolear, { error: () => t.feil.skolear }), ics: z.string().max(MAKS_ICS, { error: () => t.feil.icsForStor }) });

/** Reads an .ics file into a calendar for the form (nothing is saved). */
export async function lesSkoleruteFil(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<IcsImport>> {
  const holder = somSkolearHolder(ktx, aktor);
  if (!holder.ok) return holder;
  const input = IcsSkjema.safeParse(raw);
  if (!input.success) return ugyldig({ ics: input.error.issues[0]?.message ?? t.feil.icsTom });
  const { hendelser } = lesIcs(input.data.ics);
  if (hendelser.length === 0) return ugyldig({ ics: t.feil.icsTom });
  const lest = skoleruteFraIcs(hendelser, input.data.skolear, standardSkolerute(input.data.skolear));
  if (!lest) return ugyldig({ ics: t.feil.icsAnnetAr(input.data.skolear) });
  const merknader = [
    ...(lest.manglerForste ? [t.skolerute.manglerForste] : []),
    ...(lest.manglerSiste ? [t.skolerute.manglerSiste] : []),
    ...(lest.ikkeBrukt.length > 0 ? [t.skolerute.ikkeBrukt(lest.ikkeBrukt.slice(0, 10).join(', '))] : []),
  ];
  return ok({ rute: lest.rute, melding: t.skolerute.importert(lest.rute.fri.length), merknader });
}
