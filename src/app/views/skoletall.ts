/**
 * One school's internkontroll figures for this school year, computed once for every page that shows
 * them: Oversikt (kommunalsjef), the yearly revision's pre-filled figures (rektor) and the report to
 * the kommunestyre (issue 23). One computation, so the report's figures are Oversikt's by
 * construction. Which cases are counted is the caller's decision: the kommunalsjef counts every case,
 * a rektor never those about the school's leadership (tilgang.ts: hidden everywhere, counts too).
 *
 * Bounded reads (lesSaker.ts): the school's open cases and this school year's closed ones by month.
 */
import { skolearFor } from '../../domain/bekreftelse';
import { fristerFor } from '../../domain/fristinnstillinger';
import { osloDato, osloMidnatt } from '../../domain/frister';
import { type Aktivitetsplan, gjeldendeVersjon } from '../../domain/aktivitetsplan';
import type { Skole } from '../../domain/organisasjon';
import type { Sak } from '../../domain/sak';
import { gjeldendeKlassifisering } from '../../domain/routing';
import type { AppKontekst } from '../kontekst';
import { type SkoleBekreftelser, bekreftelserForSkole } from './bekreftelser';
import { apneSakerVed, avsluttedeSakerVed, evalueringForfalt } from './lesSaker';

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

/** The school year so far: its name, first day, months (oldest first) and today (Oslo). */
export interface Skolearet {
  navn: string;
  /** The first school day (YYYY-MM-DD). */
  start: string;
  maaneder: string[];
  /** ISO time of the first school day's midnight (Oslo): cases from then on are this year's. */
  fraStart: string;
  idag: string;
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

export function skolearetNa(ktx: AppKontekst): Skolearet {
  const naa = ktx.naa();
  const idag = osloDato(naa);
  const skolear = skolearFor(naa, fristerFor(ktx.org.kommune));
  return { navn: skolear.navn, start: skolear.start, maaneder: skolearetsMaaneder(skolear.start, idag), fraStart: osloMidnatt(skolear.start).toISOString(), idag };
}

/** §12-5: an employee is behind it (as reported, or as classified since); everything is straks. */
export const gjelderAnsatt = (sak: Sak) => gjeldendeKlassifisering(sak) === 'ansatt';

/** Hours from the varsel to the first of these actions in its history. */
function timerTil(sak: Sak, handlinger: readonly string[]): number | undefined {
  const h = sak.historikk.find((x) => handlinger.includes(x.handling));
  return h ? (Date.parse(h.tid) - Date.parse(sak.opprettet)) / 3_600_000 : undefined;
}

/** Hours from the varsel to the first receipt (ta imot, or tildel straight from 'ny'). */
export const timerTilMottak = (sak: Sak) => timerTil(sak, ['ta_imot', 'tildel']);
export const timerTilUndersokelse = (sak: Sak) => timerTil(sak, ['start_undersokelse']);

export function median(tall: (number | undefined)[]): number | undefined {
  const s = tall.filter((t): t is number => t !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = Math.floor(s.length / 2);
  const v = s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return Math.round(v * 10) / 10;
}

/** A school's cases as read for the figures: the open ones, and this school year's closed ones. */
export interface SkolensSaker {
  skole: Skole;
  apne: Sak[];
  avsluttede: Sak[];
  bekreftelser: SkoleBekreftelser;
  /** Cases read but not counted (bareTalte): their plans are not counted either. */
  utelatt?: Set<string>;
}

export async function lesSkolensSaker(ktx: AppKontekst, skole: Skole, aar: Skolearet): Promise<SkolensSaker> {
  const [apne, avsluttede, bekreftelser] = await Promise.all([apneSakerVed(ktx, [skole.id]), avsluttedeSakerVed(ktx, [skole.id], aar.maaneder), bekreftelserForSkole(ktx.store, skole, aar.navn)]);
  return { skole, apne, avsluttede, bekreftelser };
}

/** Only the cases `tell` counts (a rektor's figures leave out the cases hidden from rektor). */
export function bareTalte(s: SkolensSaker, tell: (sak: Sak) => boolean): SkolensSaker {
  const utelatt = new Set([...s.apne, ...s.avsluttede].filter((sak) => !tell(sak)).map((sak) => sak.id));
  return { ...s, apne: s.apne.filter(tell), avsluttede: s.avsluttede.filter(tell), utelatt };
}

/** This school year's varsler: the open ones that came this year and the closed ones. */
export const arsSaker = (s: SkolensSaker, aar: Skolearet) => [...s.apne, ...s.avsluttede].filter((sak) => sak.opprettet >= aar.fraStart);

/** The school's plans in force that are counted. */
export const skolensPlanerFra = (s: SkolensSaker, planer: Map<string, Aktivitetsplan>) => [...planer.values()].filter((p) => p.skoleId === s.skole.id && !s.utelatt?.has(p.sakId));

/** Oversikt's figures for one school; `planer` are the plans in force by case id. */
export function skoletall(s: SkolensSaker, planer: Map<string, Aktivitetsplan>, aar: Skolearet): SkoleTall {
  const skolensPlaner = skolensPlanerFra(s, planer);
  const perMaaned = new Map(aar.maaneder.map((m) => [m, 0]));
  const iAar = arsSaker(s, aar);
  for (const sak of iAar) {
    const m = osloDato(new Date(sak.opprettet)).slice(0, 7);
    if (perMaaned.has(m)) perMaaned.set(m, perMaaned.get(m)! + 1);
  }
  const mottak = median(iAar.map(timerTilMottak));
  return {
    skoleId: s.skole.id,
    navn: s.skole.navn,
    varslerPerMåned: aar.maaneder.map((m) => perMaaned.get(m)!),
    ...(mottak !== undefined ? { medianTimerTilMottak: mottak } : {}),
    åpneSaker: s.apne.length,
    aktivePlaner: skolensPlaner.filter((p) => p.status === 'aktiv').length,
    forfalteEvalueringer: skolensPlaner.filter((p) => evalueringForfalt(p, aar.idag)).length,
    planerUtenBarnetsBeste: skolensPlaner.filter((p) => (gjeldendeVersjon(p)?.barnetsBeste ?? '').trim() === '').length,
    ansatte: s.bekreftelser.ansatte,
    bekreftet: s.bekreftelser.bekreftet,
  };
}
