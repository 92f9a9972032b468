/**
 * «Si fra» as the pupil fills it in (tab page and chat card use the same field names): parsed
 * into the pupil's answers, or one kind message per field. Short on purpose: what happened, who it
 * is about, whether an adult at the school is behind it, and (optionally) who they want to talk with.
 */
import { z } from 'zod';
import { KOMMER_FRA, MAKS_LENGDE, type KommerFra } from '../../domain/varsel';
import type { ElevensSvar } from '../../domain/elevensOpplevelse';
import { elevTekster } from '../../i18n/aktiv';
import type { ElevOrd } from '../../i18n/elevOrd';
import { HVEM_SOM_HELST, MAKS_HVA } from '../../domain/fraEleven';
import { feltFeil } from '../feltFeil';

export interface SiFraSvar {
  gjelder: 'seg_selv' | 'annen';
  /** The other pupil's name, when the pupil wrote it. */
  annenNavn?: string;
  hva: string;
  /** How the pupil has it (only about themselves): their own experience, as an answer. */
  hvordan?: Exclude<ElevensSvar, 'ikke_mulig'>;
  voksen: KommerFra;
  /** The adult they want to talk with (an oid from their list), if any. */
  snakkeMed?: string;
}

const tom = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const tekst = (maks: number, forLang: string, ugyldig: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : tom(v) ? '' : v), z.string({ error: ugyldig }).max(maks, { error: forLang }));
const valg = <T extends readonly [string, ...string[]]>(verdier: T, mangler: string) =>
  z.preprocess((v) => (tom(v) ? undefined : v), z.enum(verdier, { error: mangler }));

const lagSkjema = (t: ElevOrd) => z
  .object({
    hvem: valg(['meg', 'annen'] as const, t.feil.hvem),
    annenNavn: tekst(MAKS_LENGDE.elevNavn, t.feil.hvaForLang(MAKS_LENGDE.elevNavn), t.feil.skjema),
    hva: tekst(MAKS_HVA, t.feil.hvaForLang(MAKS_HVA), t.feil.skjema).refine((s) => s.length > 0, { error: t.feil.hva }),
    hvordan: z.preprocess((v) => (tom(v) ? undefined : v), z.enum(['ja', 'delvis', 'nei'] as const, { error: t.feil.hvordan }).optional()),
    voksen: valg(KOMMER_FRA, t.feil.voksen),
    snakkeMed: tekst(64, t.feil.snakkeMed, t.feil.snakkeMed).transform((v) => (v === HVEM_SOM_HELST ? '' : v)),
  })
  .superRefine((v, ctx) => {
    if (v.hvem === 'meg' && !v.hvordan) ctx.addIssue({ code: 'custom', path: ['hvordan'], message: t.feil.hvordan });
  });

export type SiFraLest = { ok: true; svar: SiFraSvar } | { ok: false; felt: Record<string, string> };

/** `voksne`: the oids the pupil may choose from; anything else is refused at the field. */
export function lesSiFra(raw: unknown, voksne: readonly string[], t: ElevOrd = elevTekster): SiFraLest {
  const r = lagSkjema(t).safeParse(raw ?? {});
  if (!r.success) {
    const felt = feltFeil(r.error, { bareToppfelt: true });
    // Every missing answer at once: zod skips the cross-field check while another field is wrong.
    const raa = (raw ?? {}) as Record<string, unknown>;
    if (raa.hvem === 'meg' && tom(raa.hvordan)) felt.hvordan ??= t.feil.hvordan;
    return { ok: false, felt };
  }
  const v = r.data;
  if (v.snakkeMed && !voksne.includes(v.snakkeMed.toLowerCase())) return { ok: false, felt: { snakkeMed: t.feil.snakkeMed } };
  return {
    ok: true,
    svar: {
      gjelder: v.hvem === 'meg' ? 'seg_selv' : 'annen',
      ...(v.hvem === 'annen' && v.annenNavn ? { annenNavn: v.annenNavn } : {}),
      hva: v.hva,
      ...(v.hvem === 'meg' && v.hvordan ? { hvordan: v.hvordan } : {}),
      voksen: v.voksen,
      ...(v.snakkeMed ? { snakkeMed: v.snakkeMed.toLowerCase() } : {}),
    },
  };
}
