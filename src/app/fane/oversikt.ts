/**
 * Oversikt (kommunalsjef): first what needs action now (evaluations past their date, varsler not
 * received, §12-5 cases whose investigation has not started), then internkontroll across the
 * municipality's schools for this school year — varsler per school and month, time from varsel to
 * receipt, open cases and plans, overdue evaluations, plans without a barnets beste-vurdering, the
 * share of staff who confirmed their duties — and the cases routed or reported to skoleeier. Only
 * kommunalsjef sees it; a school's leadership never gets these figures, so no count here is ever
 * shown to those a case is hidden from. What needs action names no pupil (data minimisation: of a
 * case not reported to skoleeier the kommunalsjef sees that it exists, not its content).
 *
 * Bounded reads (lesSaker.ts): each school's open cases and this school year's closed ones by
 * month, and the plans in force — never a school's whole history.
 */
import { skolearFor } from '../../domain/bekreftelse';
import { fristerFor } from '../../domain/fristinnstillinger';
import { osloDato, osloMidnatt } from '../../domain/frister';
import { gjeldendeVersjon } from '../../domain/aktivitetsplan';
import type { Sak } from '../../domain/sak';
import { nb, STATUS_TEKST } from '../../i18n/aktiv';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medLagring, ok } from '../resultat';
import { bekreftelserForSkole } from './bekreftelser';
import { apneSakerVed, avsluttedeSakerVed, evalueringForfalt, planerIKraft } from './lesSaker';
import { innsyn } from '../tilgang';
import { gjeldendeKlassifisering } from '../../domain/routing';

export interface SkoleTall {
  skoleId: string;
  navn: string;
  /** One count per month in OversiktSide.måneder. */
  varslerPerMåned: number[];
  /** Median hours from varsel to receipt, of the received cases; absent when none was received. */
  medianTimerTilMottak?: number;
  åpneSaker: number;
  aktivePlaner: number;
  forfalteEvalueringer: number;
  planerUtenBarnetsBeste: number;
  ansatte: number;
  bekreftet: number;
}

export interface SkoleeierSak {
  id: string;
  saksnummer: string;
  skolenavn: string;
  /** Why skoleeier has it, in words. */
  grunn: string;
  opprettet: string;
  statusTekst: string;
}

/** A case that needs action now, oldest first. No pupil's name. */
export interface TrengerHandling {
  hva: 'evaluering' | 'ikke_mottatt' | 'uten_undersokelse';
  sakId: string;
  saksnummer: string;
  skolenavn: string;
  /** Since when (ISO date or time): the evaluation date, or when the varsel came. */
  siden: string;
  /** The kommunalsjef may open the case (it was routed or reported to skoleeier). */
  kanApnes: boolean;
}

export interface OversiktSide {
  /** The school year's months so far, oldest first ('2026-08' … '2026-11'). */
  måneder: string[];
  skoleår: string;
  trengerHandling: TrengerHandling[];
  skoler: SkoleTall[];
  skoleeierSaker: SkoleeierSak[];
}

/** The months of the school year from its first day to today. */
function skolearetsMaaneder(start: string, idag: string): string[] {
  const ut: string[] = [];
  for (let m = start.slice(0, 7); m <= idag.slice(0, 7); ) {
    ut.push(m);
    const [aar, mnd] = m.split('-').map(Number) as [number, number];
    m = mnd === 12 ? `${aar + 1}-01` : `${aar}-${String(mnd + 1).padStart(2, '0')}`;
  }
  return ut;
}

/** §12-5: an employee is behind it (as reported, or as classified since); everything is straks. */
const gjelderAnsatt = (sak: Sak) => gjeldendeKlassifisering(sak) === 'ansatt';

/** Hours from the varsel to the first receipt (ta imot, or tildel straight from 'ny'). */
function timerTilMottak(sak: Sak): number | undefined {
  const mottatt = sak.historikk.find((h) => h.handling === 'ta_imot' || h.handling === 'tildel');
  return mottatt ? (Date.parse(mottatt.tid) - Date.parse(sak.opprettet)) / 3_600_000 : undefined;
}

function median(tall: number[]): number | undefined {
  if (tall.length === 0) return undefined;
  const s = [...tall].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const v = s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return Math.round(v * 10) / 10;
}

function skoleeierGrunn(sak: Sak): string | undefined {
  if (sak.ruting.kanal === 'skoleeier') return nb.oversikt.grunn.ledelse;
  if (sak.ruting.skoleeierInformeres) return nb.oversikt.grunn.ansatt;
  if (sak.meldtSkoleeier) return nb.oversikt.grunn.meldt;
  return undefined;
}

export async function hentOversikt(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<OversiktSide>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  if (!kjent.verdi.kommunalsjef) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  const naa = ktx.naa();
  const idag = osloDato(naa);
  const skolear = skolearFor(naa, fristerFor(ktx.org.kommune));
  const maaneder = skolearetsMaaneder(skolear.start, idag);
  const fraStart = osloMidnatt(skolear.start).toISOString();
  return medLagring(async () => {
    const [planer, ...perSkole] = await Promise.all([
      planerIKraft(ktx),
      ...ktx.org.skoler.map(async (skole) => {
        const [apne, avsluttede, bekreftelser] = await Promise.all([
          apneSakerVed(ktx, [skole.id]),
          avsluttedeSakerVed(ktx, [skole.id], maaneder),
          bekreftelserForSkole(ktx.store, skole, skolear.navn),
        ]);
        return { skole, apne, avsluttede, bekreftelser };
      }),
    ]);
    const skoler: SkoleTall[] = [];
    const skoleeierSaker: SkoleeierSak[] = [];
    const trengerHandling: TrengerHandling[] = [];
    for (const { skole, apne, avsluttede, bekreftelser } of perSkole) {
      const iAar = [...apne, ...avsluttede].filter((s) => s.opprettet >= fraStart);
      const skolensPlaner = [...planer.values()].filter((p) => p.skoleId === skole.id);
      const perMaaned = new Map(maaneder.map((m) => [m, 0]));
      for (const sak of iAar) {
        const m = osloDato(new Date(sak.opprettet)).slice(0, 7);
        if (perMaaned.has(m)) perMaaned.set(m, perMaaned.get(m)! + 1);
      }
      for (const sak of [...apne, ...avsluttede.filter((s) => s.opprettet >= fraStart)]) {
        const grunn = skoleeierGrunn(sak);
        if (grunn) skoleeierSaker.push({ id: sak.id, saksnummer: sak.saksnummer, skolenavn: skole.navn, grunn, opprettet: sak.opprettet, statusTekst: STATUS_TEKST[sak.status] });
      }
      const handling = (hva: TrengerHandling['hva'], sak: Sak, siden: string): TrengerHandling => ({
        hva,
        sakId: sak.id,
        saksnummer: sak.saksnummer,
        skolenavn: skole.navn,
        siden,
        kanApnes: innsyn(ktx.org, sak, aktor.oid) === 'full',
      });
      for (const sak of apne) {
        const plan = planer.get(sak.id);
        if (evalueringForfalt(plan, idag)) trengerHandling.push(handling('evaluering', sak, plan!.nesteEvaluering));
        if (sak.status === 'ny') trengerHandling.push(handling('ikke_mottatt', sak, sak.opprettet));
        else if (sak.status === 'mottatt' && gjelderAnsatt(sak)) trengerHandling.push(handling('uten_undersokelse', sak, sak.opprettet));
      }
      const mottak = median(iAar.map(timerTilMottak).filter((t): t is number => t !== undefined));
      skoler.push({
        skoleId: skole.id,
        navn: skole.navn,
        varslerPerMåned: maaneder.map((m) => perMaaned.get(m)!),
        ...(mottak !== undefined ? { medianTimerTilMottak: mottak } : {}),
        åpneSaker: apne.length,
        aktivePlaner: skolensPlaner.filter((p) => p.status === 'aktiv').length,
        forfalteEvalueringer: skolensPlaner.filter((p) => evalueringForfalt(p, idag)).length,
        planerUtenBarnetsBeste: skolensPlaner.filter((p) => (gjeldendeVersjon(p)?.barnetsBeste ?? '').trim() === '').length,
        ansatte: bekreftelser.ansatte,
        bekreftet: bekreftelser.bekreftet,
      });
    }
    skoleeierSaker.sort((a, b) => b.opprettet.localeCompare(a.opprettet));
    trengerHandling.sort((a, b) => a.siden.localeCompare(b.siden));
    return ok({ måneder: maaneder, skoleår: skolear.navn, trengerHandling, skoler, skoleeierSaker });
  });
}
