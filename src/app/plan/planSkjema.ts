/**
 * The plan's inputs at the edge (zod): the editor's draft, an evaluation, a tiltak note. A failure
 * names each field by its path (e.g. 'tiltak[1].tidsrom'), the same paths the activation check uses.
 */
import { z } from 'zod';
import '../../i18n/zodNorsk';
import { EVALUERING_UTFALL, TILTAK_NIVAER } from '../../domain/aktivitetsplan';
import { erGyldigDato } from '../../domain/frister';
import { nb } from '../../i18n/aktiv';
import { elevensSvarFelter, sjekkElevensSvar } from '../elevensSvarSkjema';

export const MAKS_PLAN = { tekst: 2000, tiltak: 15, tiltakTekst: 1000, tidsrom: 300, deltakere: 500 } as const;

const tekst = (maks: number) =>
  z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string({ error: () => nb.validering.skrivTekst }).max(maks, { error: () => nb.validering.hoyst(maks) }));
const dato = (message: () => string) => z.string().refine((d) => d === '' || erGyldigDato(d), { error: message });

export const utkastSkjema = z.object({
  bakgrunn: tekst(MAKS_PLAN.tekst),
  loggIder: z.array(z.string().max(100)).max(200).default([]),
  problem: tekst(MAKS_PLAN.tekst),
  mal: tekst(MAKS_PLAN.tekst),
  tiltak: z
    .array(
      z.object({
        id: z.string().max(100).optional(),
        beskrivelse: tekst(MAKS_PLAN.tiltakTekst),
        niva: z.enum(TILTAK_NIVAER, { error: () => nb.validering.nivaUgyldig }),
        ansvarlig: tekst(100),
        tidsrom: tekst(MAKS_PLAN.tidsrom),
        evalueringsnotat: tekst(MAKS_PLAN.tiltakTekst),
      }),
    )
    .max(MAKS_PLAN.tiltak, { error: () => nb.validering.forMangeTiltak(MAKS_PLAN.tiltak) })
    .default([]),
  evalueringsdato: z.preprocess((v) => v ?? '', dato(() => nb.validering.evalueringsdatoUgyldig)),
  elevensStemme: tekst(MAKS_PLAN.tekst),
  foresattesSyn: tekst(MAKS_PLAN.tekst),
  barnetsBeste: tekst(MAKS_PLAN.tekst),
});
export type UtkastInput = z.input<typeof utkastSkjema>;

export const evalueringSkjema = z
  .object({
    dato: z.string().refine(erGyldigDato, { error: () => nb.validering.evalueringDatoMangler }),
    deltakere: tekst(MAKS_PLAN.deltakere),
    vurderinger: z.array(z.object({ tiltakId: z.string().max(100), vurdering: tekst(MAKS_PLAN.tiltakTekst) })).max(MAKS_PLAN.tiltak).default([]),
    elevensOpplevelse: tekst(MAKS_PLAN.tekst),
    ...elevensSvarFelter,
    utfall: z.enum(EVALUERING_UTFALL, { error: () => nb.validering.utfallMangler }),
    fortsetter: z.array(z.string().max(100)).max(MAKS_PLAN.tiltak).optional(),
    nesteEvalueringsdato: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().optional()),
    /** Outcome 1 against the pupil's «nei»/«delvis»: rektor's written reason. */
    begrunnelseMotEleven: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v ?? ''), z.string().max(MAKS_PLAN.tekst, { error: () => nb.validering.hoyst(MAKS_PLAN.tekst) })),
  })
  // A missing answer is named by the domain with every other missing part (evaluer), not alone here.
  .superRefine((v, ctx) => sjekkElevensSvar(v, ctx, false));
export type EvalueringInput = z.input<typeof evalueringSkjema>;

export const tiltaksnotatSkjema = z.object({ tiltakId: z.string().max(100), evalueringsnotat: tekst(MAKS_PLAN.tiltakTekst) });
