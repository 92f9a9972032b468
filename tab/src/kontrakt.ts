/**
 * The API's shapes as the tab reads them. PROVISIONAL: replaced by re-exports of the server's
 * contract module (src/http/api) as soon as it lands, so the two sides cannot drift.
 */
export interface PliktSide {
  versjon: string;
  skoleår: string;
  mottakere: { skoleId: string; skolenavn: string; personer: { navn: string; stilling?: string }[] }[];
  kommunalsjefer: { navn: string; stilling?: string }[];
  /** My confirmation this school year, if any. */
  bekreftelse?: { tid: string; versjon: string };
}

export interface MittVarsel {
  id: string;
  saksnummer: string;
  opprettet: string;
  elevNavn: string;
  skolenavn: string;
  statusTekst: string;
}

export interface Oppgave {
  type: 'tiltak' | 'evaluering';
  sakId: string;
  saksnummer: string;
  tekst: string;
  frist: string;
  forfalt: boolean;
}

export interface SakRad {
  id: string;
  saksnummer: string;
  skolenavn: string;
  elevNavn: string;
  status: string;
  statusTekst: string;
  opprettet: string;
  straks: boolean;
  forfalt: boolean;
  harPlan: boolean;
  saksansvarlig?: string;
}

export interface SakSide {
  id: string;
  saksnummer: string;
  skolenavn: string;
  elevNavn: string;
  elevKlasse?: string;
  statusTekst: string;
  straks: boolean;
  beskrivelse: string;
  saksansvarlig?: string;
  delplikter: { delplikt: string; navn: string; hendelser: { tid: string; tekst: string }[] }[];
}

export interface BekreftelseSide {
  skoleår: string;
  skoler: { skoleId: string; navn: string; ansatte: number; bekreftet: number; ikkeBekreftet: { oid: string; navn: string; stilling?: string }[] }[];
}

export interface OversiktSide {
  måneder: string[];
  skoler: {
    skoleId: string;
    navn: string;
    varslerPerMåned: number[];
    medianTimerTilMottak?: number;
    åpneSaker: number;
    aktivePlaner: number;
    forfalteEvalueringer: number;
    planerUtenBarnetsBeste: number;
    ansatte: number;
    bekreftet: number;
  }[];
  skoleeierSaker: { id: string; saksnummer: string; skolenavn: string; grunn: string; opprettet: string; statusTekst: string }[];
}
