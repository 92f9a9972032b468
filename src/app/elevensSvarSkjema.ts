/**
 * «Opplever eleven skolemiljøet som trygt og godt?» at the edge: the same two inputs in the log
 * entry of the pupil's own experience and in every evaluation (tab forms and the bot's card), the
 * answer and, for «ikke mulig å spørre», why.
 */
import { z } from 'zod';
import '../i18n/zodNorsk';
import { ELEVENS_SVAR, MAKS_HVORFOR, type ElevensSvarMedHvorfor } from '../domain/elevensOpplevelse';
import { nb, ELEVENS_SVAR_TEKST } from '../i18n/aktiv';

const tom = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const elevensSvarFelter = {
  elevensSvar: z.preprocess((v) => (tom(v) ? undefined : v), z.enum(ELEVENS_SVAR, { error: () => nb.validering.valgUgyldig }).optional()),
  elevensSvarHvorfor: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : tom(v) ? '' : v),
    z.string({ error: () => nb.validering.valgUgyldig }).max(MAKS_HVORFOR, { error: () => nb.feil.forLang(nb.felt.elevensSvarHvorfor, MAKS_HVORFOR) }),
  ),
};

type Svarfelter = { elevensSvar?: ElevensSvarMedHvorfor['svar']; elevensSvarHvorfor: string };

/** Adds the answer's problems at its fields: missing (when required), or «ikke mulig» without why. */
export function sjekkElevensSvar(v: Svarfelter, ctx: z.RefinementCtx, paakrevd: boolean): void {
  if (!v.elevensSvar) {
    if (paakrevd) ctx.addIssue({ code: 'custom', path: ['elevensSvar'], message: nb.validering.elevensSvarMangler });
    return;
  }
  if (v.elevensSvar === 'ikke_mulig' && v.elevensSvarHvorfor === '') {
    ctx.addIssue({ code: 'custom', path: ['elevensSvarHvorfor'], message: nb.validering.elevensSvarHvorforMangler });
  }
}

/** The answer as stored (why only with «ikke mulig å spørre»); undefined when none was given. */
export function elevensSvarFra(v: Svarfelter): ElevensSvarMedHvorfor | undefined {
  if (!v.elevensSvar) return undefined;
  return v.elevensSvar === 'ikke_mulig' ? { svar: 'ikke_mulig', hvorfor: v.elevensSvarHvorfor } : { svar: v.elevensSvar };
}

/** The answer as people read it (the log, the plan's evaluations): with its words. */
export type ElevensSvarView = ElevensSvarMedHvorfor & { tekst: string };

export function svarView(svar: ElevensSvarMedHvorfor): ElevensSvarView {
  return { ...svar, tekst: ELEVENS_SVAR_TEKST[svar.svar] };
}

/** The answer in one line for documents: «Nei», or «Ikke mulig å spørre: why». */
export function svarSomTekst(svar: ElevensSvarMedHvorfor): string {
  return svar.hvorfor ? `${ELEVENS_SVAR_TEKST[svar.svar]}: ${svar.hvorfor}` : ELEVENS_SVAR_TEKST[svar.svar];
}
