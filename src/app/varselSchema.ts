/**
 * Parses what a person typed in the varslingsskjema (raw card input: strings) into a
 * VarselInnhold, or into one Norwegian message per field that is missing or wrong.
 * Only the pupil, what happened and "does it come from staff" are required (docs/domene.md:
 * a low threshold to report). Nothing else has a default: a blank answer is stored as not answered,
 * because the case card is the reporter's own account (issue 8).
 */
import { z } from 'zod';
import { GREP_INN, KILDER, KOMMER_FRA, MAKS_LENGDE, NAAR_VALG, SKJEMAVERSJON, type InvolvertAnsatt, type Naar, type VarselInnhold } from '../domain/varsel';
import { nb } from '../i18n/aktiv';
import { feltFeil } from './feltFeil';

type Felt = keyof typeof nb.felt;

/** A text answer; `mangler` is the message when a required one is blank (optional when absent). */
const tekst = (felt: Felt, maks: number, mangler?: string) => {
  const base = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : v), z.string({ error: nb.validering.valgUgyldig }));
  return base.pipe(
    z
      .string()
      .max(maks, { error: nb.feil.forLang(nb.felt[felt], maks) })
      .refine((s) => mangler === undefined || s.length > 0, { error: mangler }),
  );
};

const tom = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const valg = <T extends readonly [string, ...string[]]>(verdier: T, mangler: string) =>
  z.preprocess((v) => (tom(v) ? undefined : v), z.enum(verdier, { error: (iss) => (iss.input === undefined ? mangler : nb.validering.valgUgyldig) }));

/** An optional choice: blank is "not answered" (undefined), never a default. */
const valgfrittValg = <T extends readonly [string, ...string[]]>(verdier: T) =>
  z.preprocess((v) => (tom(v) ? undefined : v), z.enum(verdier, { error: nb.validering.valgUgyldig }).optional());

const DATO = /^(\d{4})-(\d{2})-(\d{2})$/;

function gyldigDato(s: string): boolean {
  const m = DATO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function varselSkjema(idag: string) {
  return z.object({
    skoleId: tekst('skoleId', 100, nb.validering.skoleMangler),
    elevNavn: tekst('elevNavn', MAKS_LENGDE.elevNavn, nb.validering.elevNavnMangler),
    elevKlasse: tekst('elevKlasse', MAKS_LENGDE.elevKlasse),
    beskrivelse: tekst('beskrivelse', MAKS_LENGDE.beskrivelse, nb.validering.beskrivelseMangler),
    dato: z
      .preprocess((v) => (tom(v) ? undefined : typeof v === 'string' ? v.trim() : v), z.string({ error: nb.validering.datoUgyldig }).optional())
      .refine((d) => d === undefined || gyldigDato(d), { error: nb.validering.datoUgyldig })
      .refine((d) => d === undefined || d <= idag, { error: nb.validering.datoFremtid }),
    naar: valgfrittValg(NAAR_VALG),
    sted: tekst('sted', MAKS_LENGDE.sted),
    involverte: tekst('involverte', MAKS_LENGDE.involverte),
    kilde: valgfrittValg(KILDER),
    kommerFra: valg(KOMMER_FRA, nb.validering.kommerFraMangler),
    grepInn: valgfrittValg(GREP_INN),
    grepInnHvordan: tekst('grepInnHvordan', MAKS_LENGDE.grepInnHvordan),
    elevInformert: valgfrittValg(['ja', 'nei'] as const),
    ikkeInformertHvorfor: tekst('ikkeInformertHvorfor', MAKS_LENGDE.ikkeInformertHvorfor),
    /** «Hvem gjelder det?» when an employee is behind it (optional): a person of the organisation, or a name. */
    involvertAnsatt: tekst('involvertAnsatt', 64),
    involvertAnsattTekst: tekst('involvertAnsattTekst', MAKS_LENGDE.involvertAnsattTekst),
  });
}

export type SkjemaResultat = { ok: true; innhold: VarselInnhold } | { ok: false; felt: Record<string, string> };

/** `idag` is today's date in Europe/Oslo (YYYY-MM-DD). */
export function lesVarselSkjema(raw: unknown, idag: string): SkjemaResultat {
  const parsed = varselSkjema(idag).safeParse(raw ?? {});
  if (!parsed.success) {
    const felt = feltFeil(parsed.error, { bareToppfelt: true });
    // Every missing answer at once: «på en bestemt dag» without the date is said now, not at the next submit.
    const r = (raw ?? {}) as Record<string, unknown>;
    const valgt = NAAR_VALG.find((v) => v === r.naar);
    const dato = typeof r.dato === 'string' && r.dato.trim() ? r.dato.trim() : undefined;
    const naar = lesNaar(valgt, dato);
    if (!naar.ok) for (const [navn, message] of Object.entries(naar.felt)) felt[navn] ??= message;
    return { ok: false, felt };
  }
  const v = parsed.data;
  const naar = lesNaar(v.naar, v.dato);
  if (!naar.ok) return { ok: false, felt: naar.felt };
  const valgfri = (s: string) => (s.length > 0 ? s : undefined);
  const innhold: VarselInnhold = {
    skjemaversjon: SKJEMAVERSJON,
    skoleId: v.skoleId,
    elevNavn: v.elevNavn,
    elevKlasse: valgfri(v.elevKlasse),
    beskrivelse: v.beskrivelse,
    naar: naar.naar,
    sted: valgfri(v.sted),
    involverte: valgfri(v.involverte),
    kilde: v.kilde,
    kommerFra: v.kommerFra,
    grepInn: v.grepInn,
    grepInnHvordan: valgfri(v.grepInnHvordan),
    elevInformert: v.elevInformert === undefined ? undefined : v.elevInformert === 'ja',
    ikkeInformertHvorfor: valgfri(v.ikkeInformertHvorfor),
    involvertAnsatt: v.kommerFra === 'ansatt' || v.kommerFra === 'ledelse' ? lesInvolvert(v.involvertAnsatt, v.involvertAnsattTekst) : undefined,
  };
  // Drop undefined keys so stored JSON stays small and round-trips exactly.
  return { ok: true, innhold: JSON.parse(JSON.stringify(innhold)) as VarselInnhold };
}

/**
 * «Når skjedde det?»: a date, «over tid» or «vet ikke», or not answered. A date alone is a day; the
 * choice «på en bestemt dag» needs the date; a date beside «over tid»/«vet ikke» is a contradiction
 * the person resolves (the card would otherwise have to guess which they meant).
 */
function lesNaar(valgt: (typeof NAAR_VALG)[number] | undefined, dato: string | undefined): { ok: true; naar?: Naar } | { ok: false; felt: Record<string, string> } {
  if (valgt === undefined || valgt === 'dato') {
    if (dato) return { ok: true, naar: { type: 'dato', dato } };
    return valgt === 'dato' ? { ok: false, felt: { dato: nb.validering.datoMangler } } : { ok: true };
  }
  if (dato) return { ok: false, felt: { naar: nb.validering.naarMotstridende } };
  return { ok: true, naar: { type: valgt } };
}

/** The employee named, if any: a chosen person wins over a name written beside it. */
export function lesInvolvert(oid: string, tekst: string): InvolvertAnsatt | undefined {
  if (oid) return { oid };
  return tekst ? { tekst } : undefined;
}
