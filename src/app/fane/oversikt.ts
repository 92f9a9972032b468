/**
 * Oversikt (kommunalsjef): internkontroll across the municipality's schools — varsler per school
 * and month, time from varsel to receipt, open cases and plans, overdue evaluations, plans without
 * a barnets beste-vurdering, the share of staff who confirmed their duties — and the cases routed
 * or reported to skoleeier. Only kommunalsjef sees it; a school's leadership never gets these
 * figures, so no count here is ever shown to those a case is hidden from.
 */
import { skolearFor } from '../../domain/bekreftelse';
import { fristerFor } from '../../domain/fristinnstillinger';
import { osloDato } from '../../domain/frister';
import { gjeldendeVersjon } from '../../domain/aktivitetsplan';
import { erAvsluttet } from '../../domain/livslop';
import type { Sak } from '../../domain/sak';
import { nb } from '../../i18n/nb';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medLagring, ok } from '../resultat';
import { bekreftelserForSkole } from './bekreftelser';
import { evalueringForfalt, planerVed, sakerVed } from './lesSaker';
import { STATUS_TEKST } from '../../i18n/betegnelser';

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

export interface OversiktSide {
  /** The last twelve months, oldest first ('2026-11'). */
  måneder: string[];
  skoleår: string;
  skoler: SkoleTall[];
  skoleeierSaker: SkoleeierSak[];
}

function sisteMaaneder(idag: string, antall: number): string[] {
  let [aar, mnd] = idag.split('-').map(Number) as [number, number];
  const ut: string[] = [];
  for (let i = 0; i < antall; i++) {
    ut.unshift(`${aar}-${String(mnd).padStart(2, '0')}`);
    if (--mnd === 0) [aar, mnd] = [aar - 1, 12];
  }
  return ut;
}

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
  const idag = osloDato(ktx.naa());
  const maaneder = sisteMaaneder(idag, 12);
  const skolear = skolearFor(ktx.naa(), fristerFor(ktx.org.kommune)).navn;
  return medLagring(async () => {
    const skoler: SkoleTall[] = [];
    const skoleeierSaker: SkoleeierSak[] = [];
    for (const skole of ktx.org.skoler) {
      const saker = await sakerVed(ktx, [skole.id]);
      const planer = [...(await planerVed(ktx, [skole.id])).values()];
      const bekreftelser = await bekreftelserForSkole(ktx.store, skole, skolear);
      const perMaaned = new Map(maaneder.map((m) => [m, 0]));
      for (const sak of saker) {
        const m = osloDato(new Date(sak.opprettet)).slice(0, 7);
        if (perMaaned.has(m)) perMaaned.set(m, perMaaned.get(m)! + 1);
        const grunn = skoleeierGrunn(sak);
        if (grunn) {
          skoleeierSaker.push({ id: sak.id, saksnummer: sak.saksnummer, skolenavn: skole.navn, grunn, opprettet: sak.opprettet, statusTekst: STATUS_TEKST[sak.status] });
        }
      }
      const ibruk = planer.filter((p) => p.status !== 'avsluttet');
      const mottak = median(saker.map(timerTilMottak).filter((t): t is number => t !== undefined));
      skoler.push({
        skoleId: skole.id,
        navn: skole.navn,
        varslerPerMåned: maaneder.map((m) => perMaaned.get(m)!),
        ...(mottak !== undefined ? { medianTimerTilMottak: mottak } : {}),
        åpneSaker: saker.filter((s) => !erAvsluttet(s.status)).length,
        aktivePlaner: planer.filter((p) => p.status === 'aktiv').length,
        forfalteEvalueringer: planer.filter((p) => evalueringForfalt(p, idag)).length,
        planerUtenBarnetsBeste: ibruk.filter((p) => (gjeldendeVersjon(p)?.barnetsBeste ?? '').trim() === '').length,
        ansatte: bekreftelser.ansatte,
        bekreftet: bekreftelser.bekreftet,
      });
    }
    skoleeierSaker.sort((a, b) => b.opprettet.localeCompare(a.opprettet));
    return ok({ måneder: maaneder, skoleår: skolear, skoler, skoleeierSaker });
  });
}
