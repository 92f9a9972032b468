/**
 * The answers of the case routes as the tab reads them (src/http/api/contract.ts: RUTER). Written
 * out here because the server's types pull in Node modules the tab cannot compile; the HTTP and
 * browser tests hold the two together.
 */
import type { EvalueringUtfall, Mangel, PlanStatus, TiltakNiva } from '../../../../src/domain/aktivitetsplan';
import type { Handling } from '../../../../src/domain/sak';
import type { LoggType } from '../../../../src/domain/sakslogg';

/** GET /api/saker/:sakId (the server's SakSide: SakVisning and the history per delplikt), the parts this page reads. */
export interface SakVisning {
  id: string;
  saksnummer: string;
  versjon: string;
  innsyn: string;
  status: string;
  statusTekst: string;
  straks: boolean;
  skole: { id: string; navn: string };
  varsel: { elevNavn: string; elevKlasse?: string; beskrivelse: string };
  saksansvarlig?: { oid: string; navn: string };
  planId?: string;
  handlinger: Handling[];
  kanLoggfore: boolean;
  klassifiseringValg: string[];
  saksansvarligValg: { oid: string; navn: string }[];
  tilgangMistet?: true;
}

export interface TidslinjeSide {
  delplikter: { delplikt: string; navn: string; linjer: { tid: string; tittel: string; tekst?: string; av?: string; detaljer?: { etikett: string; verdi: string }[] }[] }[];
  kanLageBrev: boolean;
}

export interface Loggforing {
  id: string;
  type: LoggType;
  typeTekst: string;
  dato: string;
  tekst: string;
  korrigertAv?: string;
}

export interface Tiltak {
  id: string;
  beskrivelse: string;
  niva: TiltakNiva;
  nivaTekst: string;
  ansvarlig: string;
  ansvarligNavn: string;
  tidsrom: string;
  evalueringsnotat: string;
}

export interface Versjon {
  nr: number;
  aktivert?: { av: string; tid: string };
  bakgrunn: string;
  loggIder: string[];
  problem: string;
  mal: string;
  tiltak: Tiltak[];
  evalueringsdato: string;
  elevensStemme: string;
  foresattesSyn: string;
  barnetsBeste: string;
}

export interface Evaluering {
  id: string;
  dato: string;
  deltakere: string;
  versjon: number;
  vurderinger: { tiltakId: string; beskrivelse: string; vurdering: string }[];
  elevensOpplevelse: string;
  utfall: EvalueringUtfall;
  utfallTekst: string;
  nesteEvalueringsdato?: string;
  av: string;
}

export interface PlanVisning {
  sakId: string;
  saksnummer: string;
  innsyn: 'full' | 'tiltak';
  status: PlanStatus;
  statusTekst: string;
  eier: string;
  nesteEvaluering: string;
  versjoner: Versjon[];
  evalueringer: Evaluering[];
  kanRedigeres: boolean;
  mangler: Mangel[];
  standardEvalueringsdato: string;
  mineTiltak: Tiltak[];
  ansvarligValg: { oid: string; navn: string }[];
}
