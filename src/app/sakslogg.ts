/**
 * The case log (loggføring): those who work the case record what they investigated — talks,
 * observations, surveys, meetings, and the pupil's own experience as its own entry. Entries are
 * never edited away: a correction is a new entry pointing to the one it corrects.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import '../i18n/zodNorsk';
import { erAvsluttet } from '../domain/livslop';
import { LOGG_TYPER, MAKS_LOGG_LENGDE, loggDatoForVarselet, medKorrigeringer, type Loggforing, type LoggType } from '../domain/sakslogg';
import { erGyldigDato, formaterDato, osloDato } from '../domain/frister';
import { nb, LOGG_TYPE_TEKST } from '../i18n/aktiv';
import { getLogg, opprettLoggforing } from '../store/loggRepo';
import { getSak } from '../store/sakRepo';
import { kjentAktor } from './aktorer';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, medStore, ok } from './resultat';
import { navnPaa } from './sakView';
import { innsyn, kanLoggfore } from './tilgang';
import { loggLesing } from './lesLogg';
import { auditEntry } from './outboxEntries';
import { elevensSvarFelter, elevensSvarFra, sjekkElevensSvar, svarView, type ElevensSvarView } from './elevensSvarSkjema';
import { feltFeil } from './feltFeil';

export interface LoggforingView {
  id: string;
  type: LoggType;
  typeTekst: string;
  dato: string;
  deltakere: string;
  tekst: string;
  /** «Opplever eleven skolemiljøet som trygt og godt?»: the answer and its words (with why, for «ikke mulig å spørre»). */
  elevensSvar?: ElevensSvarView;
  korrigerer?: string;
  /** The entry that corrects this one: read it as superseded. */
  korrigertAv?: string;
  av: string;
  tid: string;
}

function loggSkjema(idag: string) {
  return z
    .object({
    type: z.enum(LOGG_TYPER, { error: () => nb.validering.loggTypeMangler }),
    dato: z
      .string({ error: () => nb.validering.skrivDato })
      .refine(erGyldigDato, { error: nb.validering.datoUgyldig })
      .refine((d) => d <= idag, { error: nb.validering.datoFremtid }),
    deltakere: z.preprocess((v) => v ?? '', z.string().max(MAKS_LOGG_LENGDE.deltakere, { error: nb.feil.forLang(nb.felt.deltakere, MAKS_LOGG_LENGDE.deltakere) })),
    tekst: z
      .string({ error: 'Skriv en kort oppsummering.' })
      .trim()
      .min(1, { error: 'Skriv en kort oppsummering.' })
      .max(MAKS_LOGG_LENGDE.tekst, { error: nb.feil.forLang(nb.felt.loggTekst, MAKS_LOGG_LENGDE.tekst) }),
    korrigerer: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().max(100).optional()),
    ...elevensSvarFelter,
  })
    // The pupil's own experience is recorded as an answer beside the text; other kinds may carry none.
    .superRefine((v, ctx) => sjekkElevensSvar(v, ctx, v.type === 'elevens_opplevelse'));
}

export type LoggInput = z.input<ReturnType<typeof loggSkjema>>;

const ikkeFunnet = () => feil<never>({ kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });

/** The case, if this person may keep its log; the reporter is told no, anyone else that it does not exist. */
async function sakForLogg(ktx: AppKontekst, aktor: Aktor, sakId: string) {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const stored = await getSak(ktx.store, sakId);
  if (!stored) return ikkeFunnet();
  if (!kanLoggfore(ktx.org, stored.sak, aktor.oid)) {
    return innsyn(ktx.org, stored.sak, aktor.oid) ? feil<never>({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt }) : ikkeFunnet();
  }
  return ok(stored);
}

export async function leggTilLoggforing(
  ktx: AppKontekst,
  aktor: Aktor,
  sakId: string,
  raw: unknown,
  valg: { skjemaId?: string } = {},
): Promise<Resultat<LoggforingView>> {
  const parsed = loggSkjema(osloDato(ktx.naa())).safeParse(raw ?? {});
  if (!parsed.success) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: feltFeil(parsed.error, { rad: 'klammer' }) });
  const input = parsed.data;
  return medStore(async () => {
    const sak = await sakForLogg(ktx, aktor, sakId);
    if (!sak.ok) return sak;
    if (erAvsluttet(sak.verdi.sak.status)) return feil({ kode: 'ulovlig_overgang', melding: nb.feil.loggLukket });
    const varselDato = osloDato(new Date(sak.verdi.sak.opprettet));
    const hendelse = sak.verdi.sak.varsel.naar?.type === 'dato' ? sak.verdi.sak.varsel.naar.dato : undefined;
    if (loggDatoForVarselet(input.dato, varselDato, hendelse)) {
      const m = nb.validering.loggForVarsel(formaterDato(varselDato), hendelse && hendelse < varselDato ? formaterDato(hendelse) : undefined);
      return feil({ kode: 'ugyldig', melding: m, felt: { dato: m } });
    }
    if (input.korrigerer && !(await getLogg(ktx.store, sakId)).some((l) => l.id === input.korrigerer)) {
      return feil({ kode: 'ugyldig', melding: nb.feil.korrigererUkjent, felt: { korrigerer: nb.feil.korrigererUkjent } });
    }
    // The same note sent twice (double click, Teams retrying the invoke) is one entry: keyed by the
    // tab form's own id when it has one, else by what the note says.
    const innhold = valg.skjemaId ? ['skjema', valg.skjemaId] : [input.type, input.dato, input.deltakere.trim(), input.tekst, input.korrigerer ?? '', input.elevensSvar ?? ''];
    const nokkel = createHash('sha256')
      .update(['logg', sakId, aktor.oid, ...innhold].join('\n'))
      .digest('base64url')
      .slice(0, 22);
    const elevensSvar = input.type === 'elevens_opplevelse' ? elevensSvarFra(input) : undefined;
    const loggforing: Loggforing = {
      id: nokkel,
      sakId,
      type: input.type,
      dato: input.dato,
      deltakere: input.deltakere.trim(),
      tekst: input.tekst,
      ...(elevensSvar ? { elevensSvar } : {}),
      ...(input.korrigerer ? { korrigerer: input.korrigerer } : {}),
      av: aktor.oid,
      tid: ktx.naa().toISOString(),
    };
    const r = await opprettLoggforing(ktx.store, nokkel, loggforing, [auditEntry(ktx, aktor.oid, 'loggfort', `sak=${sakId} type=${input.type}`)]);
    ktx.startLevering({ list: 'sakslogg', item: r.item });
    if (r.opprettet) ktx.log.info({ sakId, loggId: nokkel, type: input.type }, 'loggført');
    return ok(loggView(ktx, r.loggforing));
  });
}

export async function visLogg(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<LoggforingView[]>> {
  return medStore(async () => {
    const sak = await sakForLogg(ktx, aktor, sakId);
    if (!sak.ok) return sak;
    loggLesing(ktx, aktor.oid, sak.verdi, 'logg_lest');
    return ok(medKorrigeringer(await getLogg(ktx.store, sakId)).map((l) => loggView(ktx, l)));
  });
}

export function loggView(ktx: AppKontekst, l: Loggforing & { korrigertAv?: string }): LoggforingView {
  return {
    id: l.id,
    type: l.type,
    typeTekst: LOGG_TYPE_TEKST[l.type],
    dato: l.dato,
    deltakere: l.deltakere,
    tekst: l.tekst,
    ...(l.elevensSvar ? { elevensSvar: svarView(l.elevensSvar) } : {}),
    ...(l.korrigerer ? { korrigerer: l.korrigerer } : {}),
    ...(l.korrigertAv ? { korrigertAv: l.korrigertAv } : {}),
    av: navnPaa(ktx.org, l.av),
    tid: l.tid,
  };
}
