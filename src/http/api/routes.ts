/**
 * Every route the tab calls, in a module of its own without zod, so the tab can import the paths as
 * values and its first load stays small (contract.ts re-exports it). `:x` is a path parameter.
 */
/** The tab sends Teams' `app.locale` in this header on every call (issue 24: the language without a choice); route.ts reads it. */
export const LOCALE_HEADER = 'x-skolemiljo-locale';

export const ROUTES = {
  oppsett: { metode: 'GET', sti: '/api/oppsett' },
  meg: { metode: 'GET', sti: '/api/meg' },
  /** The person's language (issue 24): body { sprak: 'nb' | 'nn' | 'en' }; the bot reads the same choice. */
  settSprak: { metode: 'PUT', sti: '/api/meg/sprak' },
  /** Local development only (404 in Teams configuration). */
  personer: { metode: 'GET', sti: '/api/lokal/personer' },
  plikter: { metode: 'GET', sti: '/api/plikter' },
  bekreftPlikter: { metode: 'POST', sti: '/api/plikter/bekreftelse' },
  varselskjema: { metode: 'GET', sti: '/api/varsler/skjema' },
  sendVarsel: { metode: 'POST', sti: '/api/varsler' },
  mineVarsler: { metode: 'GET', sti: '/api/mine-varsler' },
  bekreftelser: { metode: 'GET', sti: '/api/bekreftelser' },
  /** Rektor's «Send påminnelse» to the school's staff who have not confirmed (at most once a day). */
  bekreftelsePaminnelse: { metode: 'POST', sti: '/api/bekreftelser/:skoleId/paminnelse' },
  saker: { metode: 'GET', sti: '/api/saker' },
  sak: { metode: 'GET', sti: '/api/saker/:sakId' },
  handling: { metode: 'POST', sti: '/api/saker/:sakId/handlinger' },
  tidslinje: { metode: 'GET', sti: '/api/saker/:sakId/tidslinje' },
  logg: { metode: 'GET', sti: '/api/saker/:sakId/logg' },
  loggfor: { metode: 'POST', sti: '/api/saker/:sakId/logg' },
  plan: { metode: 'GET', sti: '/api/saker/:sakId/plan' },
  lagreUtkast: { metode: 'PUT', sti: '/api/saker/:sakId/plan' },
  aktiverPlan: { metode: 'POST', sti: '/api/saker/:sakId/plan/aktivering' },
  evaluer: { metode: 'POST', sti: '/api/saker/:sakId/plan/evalueringer' },
  tiltaksnotat: { metode: 'PUT', sti: '/api/saker/:sakId/plan/tiltak/:tiltakId/notat' },
  /** application/pdf, as an attachment with the archive's file name. */
  dokumentasjonPdf: { metode: 'GET', sti: '/api/saker/:sakId/dokumentasjon.pdf' },
  foreldrebrevPdf: { metode: 'GET', sti: '/api/saker/:sakId/foreldrebrev.pdf' },
  foreldrebrev: { metode: 'GET', sti: '/api/saker/:sakId/foreldrebrev' },
  mineOppgaver: { metode: 'GET', sti: '/api/mine-oppgaver' },
  /** «Venter på deg»: what waits for this person, overdue first (issue 20). */
  venter: { metode: 'GET', sti: '/api/venter' },
  /** The organisation (issue 12): administrators set up schools; rektor keeps the school's varslingsliste. */
  orgOppsett: { metode: 'GET', sti: '/api/organisasjon' },
  opprettSkole: { metode: 'POST', sti: '/api/organisasjon/skoler' },
  kobleSkole: { metode: 'PUT', sti: '/api/organisasjon/skoler/:skoleId/kobling' },
  navngiRektor: { metode: 'PUT', sti: '/api/organisasjon/skoler/:skoleId/rektor' },
  kommunensFolk: { metode: 'PUT', sti: '/api/organisasjon/kommune' },
  /** Phone, e-mail, postal address printed in the letters: the kommune's (administrator), a school's (its rektor or an administrator). */
  kommunensKontakt: { metode: 'PUT', sti: '/api/organisasjon/kommune/kontakt' },
  skolensKontakt: { metode: 'PUT', sti: '/api/organisasjon/skoler/:skoleId/kontakt' },
  varslingsliste: { metode: 'GET', sti: '/api/organisasjon/skoler/:skoleId/varslingsliste' },
  endreVarslingsliste: { metode: 'PUT', sti: '/api/organisasjon/skoler/:skoleId/varslingsliste' },
  synk: { metode: 'GET', sti: '/api/organisasjon/synk' },
  startSynk: { metode: 'POST', sti: '/api/organisasjon/synk' },
  /** ?sok=<name>: people in the directory (Entra ID, or the organisation locally), for naming roles. */
  personsok: { metode: 'GET', sti: '/api/organisasjon/personer' },
  oversikt: { metode: 'GET', sti: '/api/oversikt' },
  /** The school year (issue 23): the skolerute (?skolear=), kept by kommunalsjef/administrator; an .ics file read into its form. */
  skolerute: { metode: 'GET', sti: '/api/skolerute' },
  lagreSkolerute: { metode: 'PUT', sti: '/api/skolerute' },
  skoleruteIcs: { metode: 'POST', sti: '/api/skolerute/ics' },
  /** The årshjul (?skolear=): defined by kommunalsjef/administrator; rektor marks the own school's checkpoints done. */
  aarshjul: { metode: 'GET', sti: '/api/aarshjul' },
  lagreAarshjul: { metode: 'PUT', sti: '/api/aarshjul' },
  markerSjekkpunkt: { metode: 'POST', sti: '/api/aarshjul/utfort' },
  /** Rektor (their school) or kommunalsjef: everything stored about one pupil, as a PDF (attachment) or JSON. */
  innsyn: { metode: 'POST', sti: '/api/innsyn' },
  /** Pupils only (issue 25): «Si fra» (the form's choices, and sending it) and «Det jeg har sagt fra om» (status only). */
  siFraSkjema: { metode: 'GET', sti: '/api/elev/si-fra' },
  siFra: { metode: 'POST', sti: '/api/elev/si-fra' },
  mineMeldinger: { metode: 'GET', sti: '/api/elev/mine' },
} as const;

/** A route's path with its `:x` parameters filled in (encoded). */
export function stiMed(sti: string, parametre: Record<string, string>): string {
  return sti.replace(/:(\w+)/g, (_, navn: string) => encodeURIComponent(parametre[navn] ?? ''));
}
