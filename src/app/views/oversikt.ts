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
 * month, and the plans in force — never a school's whole history. The figures are computed in
 * skoletall.ts, which the yearly revision and the report to the kommunestyre share (issue 23).
 */
import type { Sak } from '../../domain/sak';
import { nb, STATUS_TEKST } from '../../i18n/aktiv';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { planerIKraft, evalueringForfalt } from './lesSaker';
import { innsyn } from '../tilgang';
import { type SkoleTall, gjelderAnsatt, lesSkolensSaker, skolearetNa, skoletall } from './skoletall';

export type { SkoleTall } from './skoletall';

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

function skoleeierGrunn(sak: Sak): string | undefined {
  if (sak.ruting.kanal === 'skoleeier') return nb.oversikt.grunn.ledelse;
  if (sak.ruting.skoleeierInformeres) return nb.oversikt.grunn.ansatt;
  if (sak.meldtSkoleeier) return nb.oversikt.grunn.meldt;
  return undefined;
}

export async function getOversikt(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<OversiktSide>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  if (!kjent.verdi.kommunalsjef) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  const aar = skolearetNa(ktx);
  const { idag, fraStart } = aar;
  return medStore(async () => {
    const [planer, ...perSkole] = await Promise.all([planerIKraft(ktx), ...ktx.org.skoler.map((skole) => lesSkolensSaker(ktx, skole, aar))]);
    const skoler: SkoleTall[] = [];
    const skoleeierSaker: SkoleeierSak[] = [];
    const trengerHandling: TrengerHandling[] = [];
    for (const lest of perSkole) {
      const { skole, apne, avsluttede } = lest;
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
      skoler.push(skoletall(lest, planer, aar));
    }
    skoleeierSaker.sort((a, b) => b.opprettet.localeCompare(a.opprettet));
    trengerHandling.sort((a, b) => a.siden.localeCompare(b.siden));
    return ok({ måneder: aar.maaneder, skoleår: aar.navn, trengerHandling, skoler, skoleeierSaker });
  });
}
