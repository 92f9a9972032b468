/** The school year (issue 23): the skolerute and the årshjul, each for a school year (none: the current one). */
import { RUTER, type AarshjulSide, type IcsImport, type SkoleruteSide } from '../kontrakt';
import { les, skriv, type Les } from './http';

export const skolerute = (skolear?: string): Les<SkoleruteSide> => les(RUTER.skolerute, {}, { skolear });
export const lagreSkolerute = (kropp: object): Promise<SkoleruteSide> => skriv(RUTER.lagreSkolerute, {}, kropp);
export const skoleruteIcs = (skolear: string, ics: string): Promise<IcsImport> => skriv(RUTER.skoleruteIcs, {}, { skolear, ics });
export const aarshjul = (skolear?: string): Les<AarshjulSide> => les(RUTER.aarshjul, {}, { skolear });
export const lagreAarshjul = (kropp: object): Promise<AarshjulSide> => skriv(RUTER.lagreAarshjul, {}, kropp);
export const markerSjekkpunkt = (kropp: object): Promise<AarshjulSide> => skriv(RUTER.markerSjekkpunkt, {}, kropp);
