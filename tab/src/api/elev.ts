/** The pupils' pages (issue 25): «Si fra» and «Det jeg har sagt fra om». */
import { RUTER, type ElevKvittering, type ElevMelding } from '../kontrakt';
import { les, skriv, type Les } from './http';

export const siFra = (kropp: Record<string, string>): Promise<ElevKvittering> => skriv(RUTER.siFra, {}, kropp);
export const mineMeldinger = (): Les<ElevMelding[]> => les(RUTER.mineMeldinger, {});
