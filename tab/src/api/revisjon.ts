/** The yearly revision of the internkontroll (issue 23). */
import { REVISJON_ROUTES as R, type RevisjonSide, type RevisjonsSporsmal, type SakstemaVisning } from '../kontrakt';
import { les, skriv, type Les } from './http';

export const revisjon = (): Les<RevisjonSide> => les(R.revisjon, {});
/** A new question has no id yet: the server gives it one. */
export const lagreSporsmal = (sporsmal: readonly (Omit<RevisjonsSporsmal, 'id'> & { id?: string })[]): Promise<{ versjon: number }> => skriv(R.sporsmal, {}, { sporsmal });
export const sendRevisjon = (): Promise<unknown> => skriv(R.send, {});
export const svar = (skoleId: string, svar: Record<string, string>): Promise<unknown> => skriv(R.svar, {}, { skoleId, svar });
export const rapportPdf = (): Les<Blob> => les(R.rapportPdf, {});
export const rapportTekst = (): Les<{ tekst: string }> => les(R.rapportTekst, {});

/** A case's theme (issue 23: the themes are counted in the revision), in this table's routes. */
export const tema = (sakId: string): Les<SakstemaVisning> => les(R.tema, { sakId });
export const settTema = (sakId: string, tema: string): Promise<unknown> => skriv(R.settTema, { sakId }, { tema });
