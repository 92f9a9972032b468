/** What a staff member reports: the content of the varslingsskjema. */

/** Whether the krenking comes from someone who works at the school. Decides routing. */
export const KOMMER_FRA = ['nei', 'ansatt', 'ledelse'] as const;
export type KommerFra = (typeof KOMMER_FRA)[number];

/** Where the worry came from. */
export const KILDER = ['egen_observasjon', 'eleven', 'foresatte', 'annen_elev', 'annen_voksen'] as const;
export type Kilde = (typeof KILDER)[number];

export const GREP_INN = ['ja', 'nei', 'ikke_aktuelt'] as const;
export type GrepInn = (typeof GREP_INN)[number];

export interface VarselInnhold {
  skoleId: string;
  elevNavn: string;
  elevKlasse?: string;
  /** What was seen or heard, and what the pupil said. */
  beskrivelse: string;
  /** Date (YYYY-MM-DD, Europe/Oslo) of what happened; defaults to today. */
  dato: string;
  sted?: string;
  involverte?: string;
  kilde: Kilde;
  kommerFra: KommerFra;
  grepInn?: GrepInn;
  grepInnHvordan?: string;
  elevInformert?: boolean;
  ikkeInformertHvorfor?: string;
}

/** Upper bounds for free text, so that a card stays under Teams' size limit. */
export const MAKS_LENGDE = {
  elevNavn: 100,
  elevKlasse: 20,
  beskrivelse: 4000,
  sted: 200,
  involverte: 500,
  grepInnHvordan: 1000,
  ikkeInformertHvorfor: 500,
  begrunnelse: 1000,
} as const;
