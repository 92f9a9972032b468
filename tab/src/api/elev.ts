/** The pupils' pages (issue 25): «Si fra» and «Det jeg har sagt fra om». */
import { RUTER, type ElevKvittering, type ElevMelding, type SiFraSkjemaVisning } from '../kontrakt';
import { les, skriv, type Les } from './http';

export const siFraSkjema = (): Les<SiFraSkjemaVisning> => les(RUTER.siFraSkjema, {});
export const siFra = (kropp: Record<string, string>): Promise<ElevKvittering> => skriv(RUTER.siFra, {}, kropp);
export const mineMeldinger = (): Les<ElevMelding[]> => les(RUTER.mineMeldinger, {});
