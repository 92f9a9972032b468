/**
 * The årshjul's use cases: read it (the holders every school, a school's leadership their own),
 * define the year's checkpoints (kommunalsjef or administrator), and mark one done at a school
 * (its rektor, with a note and perhaps a link; a double click is one record).
 */
import { z } from 'zod';
import { SJEKKPUNKT_ANSVAR, type Aarshjul, type Sjekkpunkt } from '../../domain/aarshjul';
import { erGyldigDato, osloDato } from '../../domain/frister';
import { erSkolear, skolearForDato, skoledagFra } from '../../domain/skolerute';
import { skolearTekster } from '../../i18n/aktiv';
import { ConflictError } from '../../store/port';
import { saveHelhet, saveUtfort } from '../../store/skolearRepo';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { lastKalender, nesteSkolear, ruteFor } from './kalender';
import { byggSkoler, lesAarshjul, type PunktView, type SkoleAarshjul } from './aarshjulView';
import { aarshjulLeser, somRektorFor, somSkolearHolder } from './skolearTilgang';
import { ugyldigSkjema } from './skolerute';
import { feltFeil } from '../feltFeil';

const t = skolearTekster;

export interface AarshjulSide {
  skolear: string;
  valg: string[];
  sjekkpunkter: Sjekkpunkt[];
  /** The stored version (absent: the default year is shown). */
  versjon?: string;
  standard: boolean;
  kanEndre: boolean;
  /** Every school for the holders (the overview); the own schools for a school's leadership. */
  alle: boolean;
  skoler: SkoleAarshjul[];
  ansvarValg: { verdi: string; tekst: string }[];
}
export type { PunktView as PunktVisning, SkoleAarshjul };

export async function visAarshjul(ktx: AppKontekst, aktor: Aktor, skolear?: string): Promise<Resultat<AarshjulSide>> {
  const leser = aarshjulLeser(ktx, aktor);
  if (!leser.ok) return leser;
  const na = skolearForDato(osloDato(ktx.naa()));
  const valg = [na, nesteSkolear(na)];
  const ar = skolear && valg.includes(skolear) ? skolear : na;
  return medStore(async () => {
    const { hjul, versjon } = await lesAarshjul(ktx, ar);
    return ok({
      skolear: ar,
      valg,
      sjekkpunkter: hjul.sjekkpunkter,
      ...(versjon ? { versjon } : {}),
      standard: hjul.kilde === 'standard',
      kanEndre: somSkolearHolder(ktx, aktor).ok,
      alle: leser.verdi.alle,
      skoler: await byggSkoler(ktx, hjul, leser.verdi.skoler, aktor.oid),
      ansvarValg: SJEKKPUNKT_ANSVAR.map((a) => ({ verdi: a, tekst: t.aarshjul.ansvarValg[a] })),
    });
  });
}

const tekst = (maks: number, mangler: () => string) => z.string().trim().min(1, { error: mangler }).max(maks, { error: () => t.feil.forLang(maks) });
const AarshjulSkjema = z.object({
  skolear: z.string().refine(erSkolear, { error: () => t.feil.skolear }),
  versjon: z.string().max(100).optional(),
  sjekkpunkter: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/).optional(),
        navn: tekst(200, () => t.feil.navn),
        ferdigNar: tekst(1000, () => t.feil.ferdigNar),
        dato: z.string().trim().refine(erGyldigDato, { error: () => t.feil.dato }),
        ansvar: z.enum(SJEKKPUNKT_ANSVAR),
        bekreftelse: z.boolean().optional(),
      }),
    )
    .min(1, { error: () => t.feil.navn })
    .max(40, { error: () => t.feil.forMange(40) }),
});

const felter = (e: z.ZodError) => feltFeil(e);

/** Saves the year's checkpoints over the version read; a date in a holiday moves to the next school day. */
export async function lagreAarshjul(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<AarshjulSide>> {
  const holder = somSkolearHolder(ktx, aktor);
  if (!holder.ok) return holder;
  const input = AarshjulSkjema.safeParse(raw);
  if (!input.success) return ugyldigSkjema(felter(input.error));
  const { skolear, versjon } = input.data;
  const utenfor = input.data.sjekkpunkter.flatMap((p, i) => (skolearForDato(p.dato) === skolear ? [] : [[`sjekkpunkter.${i}.dato`, t.feil.utenfor(skolear)]]));
  if (utenfor.length > 0) return ugyldigSkjema(Object.fromEntries(utenfor));
  return medStore(async () => {
    await lastKalender(ktx);
    const brukt = new Set<string>();
    const sjekkpunkter: Sjekkpunkt[] = input.data.sjekkpunkter.map((p) => {
      // A new checkpoint (or a copied id) gets its own: a school's record points at the id.
      const id = p.id && !brukt.has(p.id) ? p.id : ktx.nyId().replace(/[^A-Za-z0-9-]/g, '').slice(0, 40);
      brukt.add(id);
      return { id, navn: p.navn, ferdigNar: p.ferdigNar, dato: skoledagFra(p.dato, ruteFor(ktx)), ansvar: p.ansvar, ...(p.bekreftelse ? { bekreftelse: true } : {}) };
    });
    const hjul: Aarshjul = { skolear, sjekkpunkter: sjekkpunkter.sort((a, b) => a.dato.localeCompare(b.dato)), kilde: 'kommunen', endret: { av: aktor.oid, tid: ktx.naa().toISOString() } };
    try {
      await saveHelhet(ktx.store, 'aarshjul', hjul, versjon);
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: t.feil.konflikt });
      throw e;
    }
    ktx.log.info({ skolear, antall: sjekkpunkter.length }, 'årshjul lagret');
    return visAarshjul(ktx, aktor, skolear);
  });
}

const MarkerSkjema = z.object({
  skolear: z.string().refine(erSkolear, { error: () => t.feil.skolear }),
  skoleId: z.string().min(1).max(100),
  sjekkpunktId: z.string().min(1).max(40),
  notat: tekst(2000, () => t.feil.notat),
  lenke: z
    .string()
    .trim()
    .max(2000, { error: () => t.feil.forLang(2000) })
    .refine((s) => s === '' || /^https:\/\/[^\s]+$/.test(s), { error: () => t.feil.lenke })
    .optional(),
});

/** Rektor marks the school's checkpoint done; the first record stands (a second click changes nothing). */
export async function markerSjekkpunkt(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<AarshjulSide>> {
  const skoleId = typeof raw === 'object' && raw && 'skoleId' in raw ? String((raw as { skoleId: unknown }).skoleId) : '';
  const rektor = somRektorFor(ktx, aktor, skoleId);
  if (!rektor.ok) return rektor;
  const input = MarkerSkjema.safeParse(raw);
  if (!input.success) return ugyldigSkjema(felter(input.error));
  const { skolear, sjekkpunktId, notat, lenke } = input.data;
  return medStore(async () => {
    const { hjul } = await lesAarshjul(ktx, skolear);
    if (!hjul.sjekkpunkter.some((p) => p.id === sjekkpunktId)) return feil({ kode: 'ikke_funnet', melding: t.feil.sjekkpunktUkjent });
    const { ny } = await saveUtfort(ktx.store, { skolear, skoleId, sjekkpunktId, av: aktor.oid, tid: ktx.naa().toISOString(), notat, ...(lenke ? { lenke } : {}) });
    if (ny) ktx.log.info({ skoleId, sjekkpunktId, skolear }, 'sjekkpunkt markert som gjort');
    return visAarshjul(ktx, aktor, skolear);
  });
}
