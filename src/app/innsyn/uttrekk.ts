/**
 * Innsyn for one pupil (GDPR art. 15, forvaltningsloven §18): everything the app stores about the
 * pupil — each case the pupil is the subject of, its log, its plan with every version and
 * evaluation, its history, who received it and who has read or exported it — as JSON and as a PDF,
 * with every other pupil's name blanked.
 *
 * Who: rektor of the pupil's school, and kommunalsjef. Each takes out only the cases they may read in
 * full (tilgang.ts): rektor never a case about the school's leadership (kommunalsjef answers for
 * those), kommunalsjef only cases skoleeier is involved in. The export says so in the same words
 * whether or not such a case exists, so it tells nobody that one does.
 *
 * Every case taken out is logged in the audit chain (`innsyn_uttrekk`), like a read.
 */
import { z } from 'zod';
import { formaterDato, osloDato } from '../../domain/frister';
import { finnSkole } from '../../domain/roller';
import { medKorrigeringer } from '../../domain/sakslogg';
import { nb, arkivTekster, innsynTekster, HENDELSE_TEKST, NIVA_TEKST, informertHvemTekst, PLAN_STATUS_TEKST, STATUS_TEKST, UTFALL_TEKST, LOGG_TYPE_TEKST } from '../../i18n/aktiv';
import type { Envelope } from '../../store/envelope';
import { type AuditEntry, leggTilAudit } from '../../store/auditChain';
import { type SakData, fraItem } from '../../store/sakRepo';
import { kjentAktor } from '../aktorer';
import { type SakInnhold, medLoggOgPlan } from '../dokumenter/sakInnhold';
import { visTid } from '../dokumenter/dokumentasjon';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { navnPaa } from '../sakView';
import { forArkivet } from '../sprakKontekst';
import { innsyn } from '../tilgang';
import { auditEntry } from '../outboxEntries';
import { lagSkjerming } from './skjerming';
import type { Innsynsuttrekk, UttrekkSak } from './innsynsuttrekk';
import { lesingerAv } from './lesinger';
import { tilInnsynsPdf } from './uttrekkPdf';
import { feltFeil } from '../feltFeil';

export const InnsynForesporsel = z
  .object({
    skoleId: z.string({ error: () => nb.validering.innsynSkole }).trim().min(1, { error: () => nb.validering.innsynSkole }).max(64),
    elevNavn: z.string({ error: () => nb.validering.elevNavnMangler }).trim().min(2, { error: () => nb.validering.innsynElevNavn }).max(100),
    elevKlasse: z.string().trim().max(20).optional(),
    format: z.enum(['json', 'pdf'], { error: () => nb.validering.innsynFormat }).default('pdf'),
  })
  .strict();
export type InnsynForesporsel = z.input<typeof InnsynForesporsel>;

export type { Innsynsuttrekk, UttrekkSak };
export type InnsynsFil = { format: 'json'; uttrekk: Innsynsuttrekk } | { format: 'pdf'; uttrekk: Innsynsuttrekk; filnavn: string; pdf: Buffer };

const AUDIT_DEL = 50;

const normaliser = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
const klasse = (s: string) => normaliser(s).replace(/\s/g, '');

export async function lagInnsynsuttrekk(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<InnsynsFil>> {
  const parsed = InnsynForesporsel.safeParse(raw ?? {});
  if (!parsed.success) {
    const felt = feltFeil(parsed.error, { bareToppfelt: true });
    return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt });
  }
  const f = parsed.data;
  return medStore(async () => {
    const kjent = kjentAktor(ktx, aktor);
    if (!kjent.ok) return kjent;
    const skole = finnSkole(ktx.org, f.skoleId);
    const erRektor = !!skole && skole.rektor === aktor.oid;
    const erKommunalsjef = kjent.verdi.kommunalsjef;
    if (!erRektor && !erKommunalsjef) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
    if (!skole) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: { skoleId: nb.org.skoleUkjent } });

    // The export is a record: from here on it is written in the målform (like the documentation), whoever takes it out.
    return forArkivet(ktx, () => taUt(ktx, aktor, f, skole, erRektor, erKommunalsjef));
  });
}

type Skole = NonNullable<ReturnType<typeof finnSkole>>;

/** Takes out what this person may read about the pupil, written in the målform (the caller binds it). */
async function taUt(ktx: AppKontekst, aktor: Aktor, f: z.output<typeof InnsynForesporsel>, skole: Skole, erRektor: boolean, erKommunalsjef: boolean): Promise<Resultat<InnsynsFil>> {
  const t = innsynTekster;
  // Every case at the school this person may read in full; the pupil's among them.
  const lesbare: SakInnhold[] = [];
  for await (const item of ktx.store.query<Envelope<SakData>>('saker', { where: [{ column: 'SkoleId', op: 'eq', value: skole.id }] })) {
    const stored = fraItem(item);
    if (innsyn(ktx.org, stored.sak, aktor.oid) === 'full') lesbare.push(await medLoggOgPlan(ktx, stored));
  }
  const navn = normaliser(f.elevNavn);
  const onsketKlasse = f.elevKlasse ? klasse(f.elevKlasse) : undefined;
  const erEleven = ({ sak }: SakInnhold) => normaliser(sak.varsel.elevNavn) === navn && (!onsketKlasse || !sak.varsel.elevKlasse || klasse(sak.varsel.elevKlasse) === onsketKlasse);
  // Every case that names the pupil: as its subject, among «others involved», or in its log.
  const elevens = lesbare.filter((i) => erEleven(i) || nevnerEleven(i, f.elevNavn)).sort((a, b) => a.sak.opprettet.localeCompare(b.sak.opprettet));

  // Other pupils: those named as involved in the pupil's cases, and the subjects of the school's other cases.
  const andre = [...elevens.map(({ sak }) => sak.varsel.involverte ?? ''), ...lesbare.filter(({ sak }) => normaliser(sak.varsel.elevNavn) !== navn).map(({ sak }) => sak.varsel.elevNavn)];
  const skjerm = lagSkjerming(ktx.org, f.elevNavn, andre, t.annenElev);

  const saker: UttrekkSak[] = [];
  const lest = await lesingerAv(ktx, elevens.map(({ sak, lagret: stored }) => ({ sakId: sak.id, itemId: stored.itemId })));
  for (const innhold of elevens) {
    const rolle = erEleven(innhold) ? t.rolle.eleven : t.rolle.nevnt;
    saker.push({ ...tilUttrekk(ktx, innhold, skole.navn, skjerm), elevensRolle: rolle, lesinger: lest.get(innhold.lagret.itemId) ?? [] });
  }

  const uttrekk: Innsynsuttrekk = {
    elev: { navn: f.elevNavn.trim(), ...(f.elevKlasse ? { klasse: f.elevKlasse } : {}), skole: skole.navn },
    laget: { tid: ktx.naa().toISOString(), av: navnPaa(ktx.org, aktor.oid) },
    merknader: [
      t.merknader.omfang(skole.navn, saker.length),
      t.merknader.skjermet(t.annenElev),
      erKommunalsjef && !erRektor ? t.merknader.kommunalsjef : t.merknader.rektor,
    ],
    saker,
  };

  const poster: AuditEntry[] = elevens.map(({ lagret: stored }) => ({ ...auditEntry(ktx, aktor.oid, 'innsyn_uttrekk', `format=${f.format}`), list: 'saker', itemId: stored.itemId }));
  // An export that found nothing is logged too: someone asked about this pupil.
  if (poster.length === 0) poster.push(auditEntry(ktx, aktor.oid, 'innsyn_uttrekk', `format=${f.format};skole=${skole.id};saker=0`));
  // In parts: the chain's head carries an append's entries until they are stored, and an item has a size limit.
  for (let i = 0; i < poster.length; i += AUDIT_DEL) await leggTilAudit(ktx.store, poster.slice(i, i + AUDIT_DEL));
  ktx.log.info({ skoleId: skole.id, saker: elevens.map(({ sak }) => sak.id), format: f.format }, 'innsyn tatt ut');

  if (f.format === 'json') return ok({ format: 'json', uttrekk });
  return ok({ format: 'pdf', uttrekk, ...(await tilInnsynsPdf(uttrekk, osloDato(ktx.naa()))) });
}

/** Whether the case names the pupil (the whole name, any case and spacing) among the involved or in its log. */
function nevnerEleven({ sak, logg }: SakInnhold, elevNavn: string): boolean {
  const ord = elevNavn.trim().split(/\s+/).map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const moenster = new RegExp(`(?<!\\p{L})${ord.join('\\s+')}(?!\\p{L})`, 'iu');
  return [sak.varsel.involverte ?? '', ...logg.flatMap((l) => [l.deltakere, l.tekst])].some((t) => moenster.test(t));
}

function tilUttrekk(ktx: AppKontekst, { sak, logg, plan }: SakInnhold, skolenavn: string, skjerm: (s: string) => string): Omit<UttrekkSak, 'lesinger' | 'elevensRolle'> {
  const a = arkivTekster;
  const it = innsynTekster;
  const navn = (oid: string) => (oid === 'system' ? a.systemet : navnPaa(ktx.org, oid));
  const v = sak.varsel;
  return {
    saksnummer: sak.saksnummer,
    skole: skolenavn,
    opprettet: sak.opprettet,
    status: STATUS_TEKST[sak.status],
    ...(sak.arkivert ? { arkivert: it.arkivert(formaterDato(osloDato(new Date(sak.arkivert.tid))), sak.arkivert.referanse) } : {}),
    varsel: {
      // In a case about another pupil that pupil's name is blanked like any other (the list of others holds it).
      elev: skjerm(v.elevNavn),
      ...(v.elevKlasse ? { klasse: v.elevKlasse } : {}),
      naar: v.naar?.type === 'dato' ? formaterDato(v.naar.dato) : v.naar?.type === 'over_tid' ? a.varsel.overTid : a.varsel.ikkeOppgitt,
      ...(v.sted ? { sted: skjerm(v.sted) } : {}),
      ...(v.involverte ? { involverte: skjerm(v.involverte) } : {}),
      beskrivelse: skjerm(v.beskrivelse),
      meldtAv: navn(sak.varsletAv),
      sendt: visTid(sak.opprettet),
      kommerFra: it.kommerFra[v.kommerFra],
    },
    logg: medKorrigeringer(logg).map((l) => ({
      dato: formaterDato(l.dato),
      type: LOGG_TYPE_TEKST[l.type],
      deltakere: skjerm(l.deltakere),
      tekst: skjerm(l.tekst),
      registrert: visTid(l.tid),
      av: navn(l.av),
      korrigert: !!l.korrigertAv,
    })),
    ...(plan
      ? {
          plan: {
            status: PLAN_STATUS_TEKST[plan.status],
            ...(plan.nesteEvaluering ? { nesteEvaluering: formaterDato(plan.nesteEvaluering) } : {}),
            versjoner: plan.versjoner.map((ver) => ({
              nr: ver.nr,
              ...(ver.aktivert ? { aktivert: a.av(visTid(ver.aktivert.tid), navn(ver.aktivert.av)) } : {}),
              bakgrunn: skjerm(ver.bakgrunn),
              problem: skjerm(ver.problem),
              mal: skjerm(ver.mal),
              tiltak: ver.tiltak.map((t) => ({
                beskrivelse: skjerm(t.beskrivelse),
                niva: NIVA_TEKST[t.niva],
                naar: skjerm(t.tidsrom),
                ansvarlig: t.ansvarlig ? navn(t.ansvarlig) : a.plan.ikkeSatt,
                ...(t.evalueringsnotat ? { evalueringsnotat: skjerm(t.evalueringsnotat) } : {}),
              })),
              ...(ver.evalueringsdato ? { evalueringsdato: formaterDato(ver.evalueringsdato) } : {}),
              elevensStemme: skjerm(ver.elevensStemme),
              foresattesSyn: skjerm(ver.foresattesSyn),
              barnetsBeste: skjerm(ver.barnetsBeste),
            })),
            evalueringer: plan.evalueringer.map((e) => ({
              dato: formaterDato(e.dato),
              versjon: e.versjon,
              deltakere: skjerm(e.deltakere),
              vurderinger: e.vurderinger.map((vu) => skjerm(vu.vurdering)),
              elevensOpplevelse: skjerm(e.elevensOpplevelse),
              utfall: UTFALL_TEKST[e.utfall],
              av: navn(e.av),
            })),
          },
        }
      : {}),
    ...(sak.meldtSkoleeier
      ? { meldtSkoleeier: { tid: visTid(sak.meldtSkoleeier.tid), av: navn(sak.meldtSkoleeier.av), ...(sak.meldtSkoleeier.begrunnelse ? { begrunnelse: skjerm(sak.meldtSkoleeier.begrunnelse) } : {}) } }
      : {}),
    ...(sak.avslutning ? { avslutning: { tid: visTid(sak.avslutning.tid), av: navn(sak.avslutning.av), begrunnelse: skjerm(sak.avslutning.begrunnelse) } } : {}),
    informert: (sak.informert ?? []).map((i) => ({ dato: formaterDato(i.dato), hvem: informertHvemTekst(i), hvordan: skjerm(i.hvordan) })),
    historikk: sak.historikk.map((h) => ({
      tid: visTid(h.tid),
      hva: `${HENDELSE_TEKST[h.handling]}${h.til ? ` → ${navn(h.til)}` : ''}`,
      av: navn(h.av),
      ...(h.begrunnelse ? { begrunnelse: skjerm(h.begrunnelse) } : {}),
    })),
    mottakere: sak.leveringer.filter((l) => l.status === 'levert').map((l) => ({ navn: navn(l.oid), som: it.mottakerRolle[l.rolle], tid: visTid(l.tid) })),
  };
}
