/** A varsel and what became of those I sent, the case list, one case and its log, plan and documents, my tasks in plans. */
import {
  RUTER,
  type BrevTekst,
  type HandlingKropp,
  type Kvittering,
  type MittVarsel,
  type Oppgave,
  type LoggforingVisning,
  type PlanVisning,
  type SakerSide,
  type SakSide,
  type SendVarselKropp,
  type SkjemaVisning,
  type TidslinjeSide,
} from '../kontrakt';
import { les, skriv, type Les } from './http';
import type { Sporring } from './sti';

export const varselskjema = (): Les<SkjemaVisning> => les(RUTER.varselskjema, {});
export const sendVarsel = (kropp: SendVarselKropp): Promise<Kvittering> => skriv(RUTER.sendVarsel, {}, kropp);
export const mineVarsler = (): Les<MittVarsel[]> => les(RUTER.mineVarsler, {});
export const mineOppgaver = (): Les<Oppgave[]> => les(RUTER.mineOppgaver, {});

/** The list with the route's own search, filters, sort and page. */
export const saker = (filter: Sporring): Les<SakerSide> => les(RUTER.saker, {}, filter);
export const sak = (sakId: string): Les<SakSide> => les(RUTER.sak, { sakId });
export const handling = (sakId: string, kropp: HandlingKropp): Promise<unknown> => skriv(RUTER.handling, { sakId }, kropp);
export const tidslinje = (sakId: string): Les<TidslinjeSide> => les(RUTER.tidslinje, { sakId });
export const logg = (sakId: string): Les<LoggforingVisning[]> => les(RUTER.logg, { sakId });
export const loggfor = (sakId: string, kropp: Record<string, string>): Promise<unknown> => skriv(RUTER.loggfor, { sakId }, kropp);

export const plan = (sakId: string): Les<PlanVisning> => les(RUTER.plan, { sakId });
export const lagreUtkast = (sakId: string, utkast: object): Promise<PlanVisning> => skriv(RUTER.lagreUtkast, { sakId }, utkast);
export const aktiverPlan = (sakId: string, versjon: number): Promise<PlanVisning> => skriv(RUTER.aktiverPlan, { sakId }, { versjon });
export const evaluer = (sakId: string, kropp: object): Promise<PlanVisning> => skriv(RUTER.evaluer, { sakId }, kropp);
export const tiltaksnotat = (sakId: string, tiltakId: string, evalueringsnotat: string): Promise<PlanVisning> =>
  skriv(RUTER.tiltaksnotat, { sakId, tiltakId }, { evalueringsnotat });

/** The letter's language form and receiver, as the server's query reads them. */
export interface BrevValg {
  malform: 'nb' | 'nn';
  mottaker: 'foresatte' | 'elev';
}
export const dokumentasjonPdf = (sakId: string): Les<Blob> => les(RUTER.dokumentasjonPdf, { sakId });
export const foreldrebrevPdf = (sakId: string, valg: BrevValg): Les<Blob> => les(RUTER.foreldrebrevPdf, { sakId }, { ...valg });
export const foreldrebrev = (sakId: string, valg: BrevValg): Les<BrevTekst> => les(RUTER.foreldrebrev, { sakId }, { ...valg });
