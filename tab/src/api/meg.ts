/**
 * What the first screen reads and sets (part of the first page's bundle, so nothing else lives here):
 * how identity is sent, who the person is, their language, their duties and what waits for them.
 */
import { RUTER, type Meg, type Oppsett, type PliktSide, type SettSprakKropp, type SiFraSkjemaVisning, type VenterSide } from '../kontrakt';
import { les, skriv, type Les } from './http';

export const oppsett = (): Les<Oppsett> => les(RUTER.oppsett, {});
export const meg = (): Les<Meg> => les(RUTER.meg, {});
export const settSprak = (kropp: SettSprakKropp): Promise<unknown> => skriv(RUTER.settSprak, {}, kropp);
export const plikter = (): Les<PliktSide> => les(RUTER.plikter, {});
export const venter = (): Les<VenterSide> => les(RUTER.venter, {});
/** Not staff: the pupil's form (issue 25) — asked at start, so here rather than in elev.ts. */
export const siFraSkjema = (): Les<SiFraSkjemaVisning> => les(RUTER.siFraSkjema, {});
