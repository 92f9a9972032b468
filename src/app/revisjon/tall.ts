/**
 * The revision's figures for a school year, from the stored cases: Oversikt's figures
 * (src/app/views/skoletall.ts, the same computation) and what the revision asks besides — the themes
 * of the varsler and of the aktivitetsplaner, time to investigation start, closings without tiltak,
 * §12-5 cases. Who is counted is the caller's: the kommunalsjef counts every case; a rektor's
 * pre-filled figures never count a case about the school's leadership, not even as a number.
 */
import type { Aktivitetsplan } from '../../domain/aktivitetsplan';
import type { Skole } from '../../domain/organisasjon';
import type { RevisjonsTall } from '../../domain/revisjon';
import type { Sak } from '../../domain/sak';
import type { AppKontekst } from '../kontekst';
import { planerIKraft } from '../views/lesSaker';
import { type Skolearet, type SkolensSaker, arsSaker, bareTalte, gjelderAnsatt, lesSkolensSaker, median, skoletall, timerTilMottak, timerTilUndersokelse } from '../views/skoletall';
import { erSkjermet } from '../tilgang';

function tellTema(saker: Sak[]): Record<string, number> {
  const ut: Record<string, number> = {};
  for (const s of saker) ut[s.tema?.id ?? ''] = (ut[s.tema?.id ?? ''] ?? 0) + 1;
  return ut;
}

export function revisjonsTall(s: SkolensSaker, planer: Map<string, Aktivitetsplan>, aar: Skolearet): RevisjonsTall {
  const o = skoletall(s, planer, aar);
  const iAar = arsSaker(s, aar);
  const medPlan = iAar.filter((sak) => !!sak.planId);
  const undersokelse = median(iAar.map(timerTilUndersokelse));
  return {
    varsler: o.varslerPerMåned.reduce((a, b) => a + b, 0),
    aktivitetsplaner: medPlan.length,
    temaer: tellTema(iAar),
    planTemaer: tellTema(medPlan),
    ...(o.medianTimerTilMottak !== undefined ? { medianTimerTilMottak: o.medianTimerTilMottak } : {}),
    ...(undersokelse !== undefined ? { medianTimerTilUndersokelse: undersokelse } : {}),
    planerUtenBarnetsBeste: o.planerUtenBarnetsBeste,
    forfalteEvalueringer: o.forfalteEvalueringer,
    avsluttetUtenTiltak: iAar.filter((sak) => sak.status === 'avsluttet_uten_tiltak').length,
    paragraf125: iAar.filter(gjelderAnsatt).length,
    ansatte: o.ansatte,
    bekreftet: o.bekreftet,
  };
}

/**
 * The figures rektor sees for their school: cases hidden from rektor (about the leadership) are
 * left out. With them the names of the pupils of the counted cases, so an answer naming one is refused.
 */
export async function rektorsTall(ktx: AppKontekst, skole: Skole, rektor: string, aar: Skolearet): Promise<{ tall: RevisjonsTall; elevnavn: string[] }> {
  const [planer, lest] = await Promise.all([planerIKraft(ktx), lesSkolensSaker(ktx, skole, aar)]);
  const talte = bareTalte(lest, (sak) => !erSkjermet(ktx.org, sak, rektor) && sak.ruting.kanal !== 'skoleeier');
  return { tall: revisjonsTall(talte, planer, aar), elevnavn: [...talte.apne, ...talte.avsluttede].map((s) => s.varsel.elevNavn) };
}

/** Whether the text names one of these pupils: the whole name, or a part of it of three letters or more, as a word. */
export function nevnerElev(tekst: string, elevnavn: string[]): boolean {
  const ord = new Set(tekst.toLocaleLowerCase('nb').split(/[^\p{L}\p{N}-]+/u));
  const hel = tekst.toLocaleLowerCase('nb');
  return elevnavn.some((navn) => {
    const n = navn.trim().toLocaleLowerCase('nb');
    if (n === '') return false;
    return hel.includes(n) || n.split(/\s+/).some((del) => del.length >= 3 && ord.has(del));
  });
}

/** Every school's figures and the municipality's medians, every case counted (the kommunalsjef's). */
export async function kommunensTall(ktx: AppKontekst, aar: Skolearet): Promise<{ skoler: { skole: Skole; tall: RevisjonsTall }[]; medianTimerTilMottak?: number; medianTimerTilUndersokelse?: number }> {
  const [planer, ...lest] = await Promise.all([planerIKraft(ktx), ...ktx.org.skoler.map((skole) => lesSkolensSaker(ktx, skole, aar))]);
  const alle = lest.flatMap((s) => arsSaker(s, aar));
  const mottak = median(alle.map(timerTilMottak));
  const undersokelse = median(alle.map(timerTilUndersokelse));
  return {
    skoler: lest.map((s) => ({ skole: s.skole, tall: revisjonsTall(s, planer, aar) })),
    ...(mottak !== undefined ? { medianTimerTilMottak: mottak } : {}),
    ...(undersokelse !== undefined ? { medianTimerTilUndersokelse: undersokelse } : {}),
  };
}
