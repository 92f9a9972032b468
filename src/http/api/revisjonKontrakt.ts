/**
 * Issue 23's routes and answer shapes as the tab reads them (types erased in the build; paths as
 * values, without zod). Kept beside the main route table so the shared files change by one line.
 */
export type { RevisjonSide, RektorSkole, SvarView as SvarVisning } from '../../app/revisjon/revisjonSide';
export type { SakstemaView as SakstemaVisning } from '../../app/sakstema';
export type { RevisjonsTall, SporsmalsVersjon, RevisjonsSporsmal } from '../../domain/revisjon';

export const REVISJON_ROUTES = {
  revisjon: { metode: 'GET', sti: '/api/revisjon' },
  sporsmal: { metode: 'PUT', sti: '/api/revisjon/sporsmal' },
  send: { metode: 'POST', sti: '/api/revisjon/sending' },
  svar: { metode: 'PUT', sti: '/api/revisjon/svar' },
  /** application/pdf, as an attachment. */
  rapportPdf: { metode: 'GET', sti: '/api/revisjon/rapport.pdf' },
  rapportTekst: { metode: 'GET', sti: '/api/revisjon/rapport' },
  tema: { metode: 'GET', sti: '/api/saker/:sakId/tema' },
  settTema: { metode: 'PUT', sti: '/api/saker/:sakId/tema' },
} as const;
