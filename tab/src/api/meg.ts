/** The person's own reads and choices: who they are, their language, duties, what waits for them. */
import {
  RUTER,
  type BekreftPlikterKropp,
  type BekreftPlikterSvar,
  type Meg,
  type MittVarsel,
  type Oppgave,
  type Oppsett,
  type Personvalg,
  type PliktSide,
  type SettSprakKropp,
  type VenterSide,
} from '../kontrakt';
import { les, skriv, type Les } from './http';

export const oppsett = (): Les<Oppsett> => les(RUTER.oppsett, {});
export const meg = (): Les<Meg> => les(RUTER.meg, {});
/** Local development only: the people to pick from. */
export const personer = (): Les<Personvalg[]> => les(RUTER.personer, {});
export const settSprak = (kropp: SettSprakKropp): Promise<unknown> => skriv(RUTER.settSprak, {}, kropp);
export const plikter = (): Les<PliktSide> => les(RUTER.plikter, {});
export const bekreftPlikter = (kropp: BekreftPlikterKropp): Promise<BekreftPlikterSvar> => skriv(RUTER.bekreftPlikter, {}, kropp);
export const venter = (): Les<VenterSide> => les(RUTER.venter, {});
export const mineVarsler = (): Les<MittVarsel[]> => les(RUTER.mineVarsler, {});
export const mineOppgaver = (): Les<Oppgave[]> => les(RUTER.mineOppgaver, {});
