/**
 * How the API knows who is asking. In Teams: the SSO token (teams.ts). Locally, only when the
 * server has no Microsoft app id: the person chosen in the picker, remembered in this browser.
 */
export const apiStier = {
  oppsett: '/api/oppsett',
  meg: '/api/meg',
  personer: '/api/lokal/personer',
} as const;

export type Oppsett = { modus: 'lokal' } | { modus: 'teams' };

export interface Personvalg {
  oid: string;
  navn: string;
  stilling?: string;
  /** Where the person works, or the municipality's role. */
  sted: string;
}

const nøkkel = 'skolemiljo.lokalPerson';

export const lokalIdentitet = {
  hent: (): string | undefined => localStorage.getItem(nøkkel) ?? undefined,
  husk: (oid: string) => localStorage.setItem(nøkkel, oid),
  glem: () => localStorage.removeItem(nøkkel),
  hodelinjer: (oid: string): Record<string, string> => ({ 'x-skolemiljo-person': oid }),
};
