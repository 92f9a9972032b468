/**
 * What an innsyn export holds, as both its JSON and its PDF (uttrekkPdf.ts) show it: its own file so
 * the use case (uttrekk.ts) and the PDF both read it without importing each other.
 */
export interface UttrekkSak {
  saksnummer: string;
  /** Whether the case is about the pupil, or about another pupil and names this one. */
  elevensRolle: string;
  skole: string;
  opprettet: string;
  status: string;
  arkivert?: string;
  varsel: { elev: string; klasse?: string; naar: string; sted?: string; involverte?: string; beskrivelse: string; meldtAv: string; sendt: string; kommerFra: string };
  logg: { dato: string; type: string; deltakere: string; tekst: string; registrert: string; av: string; korrigert: boolean }[];
  plan?: {
    status: string;
    nesteEvaluering?: string;
    versjoner: {
      nr: number;
      aktivert?: string;
      bakgrunn: string;
      problem: string;
      mal: string;
      tiltak: { beskrivelse: string; niva: string; naar: string; ansvarlig: string; evalueringsnotat?: string }[];
      evalueringsdato?: string;
      elevensStemme: string;
      foresattesSyn: string;
      barnetsBeste: string;
    }[];
    evalueringer: { dato: string; versjon: number; deltakere: string; vurderinger: string[]; elevensOpplevelse: string; utfall: string; av: string }[];
  };
  meldtSkoleeier?: { tid: string; av: string; begrunnelse?: string };
  avslutning?: { tid: string; av: string; begrunnelse: string };
  informert: { dato: string; hvem: string; hvordan: string }[];
  historikk: { tid: string; hva: string; av: string; begrunnelse?: string }[];
  /** Who the case's cards went to. */
  mottakere: { navn: string; som: string; tid: string }[];
  /** Who has read the case's content or taken it out, from the audit chain. */
  lesinger: { tid: string; hvem: string; hva: string }[];
}

export interface Innsynsuttrekk {
  elev: { navn: string; klasse?: string; skole: string };
  laget: { tid: string; av: string };
  /** What the export holds and does not, in words for the family and the archive. */
  merknader: string[];
  saker: UttrekkSak[];
}
