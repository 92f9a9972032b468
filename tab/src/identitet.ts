/**
 * How the API knows who is asking. In Teams: the SSO token (teams.ts). Locally, only when the
 * server has no Microsoft app id: the person chosen in the picker, remembered in this browser and
 * sent in the header the server reads (src/http/api/identitet.ts).
 */
const nokkel = 'skolemiljo.lokalPerson';

export const lokalIdentitet = {
  hent: (): string | undefined => localStorage.getItem(nokkel) ?? undefined,
  husk: (oid: string) => localStorage.setItem(nokkel, oid),
  glem: () => localStorage.removeItem(nokkel),
  hodelinjer: (oid: string): Record<string, string> => ({ 'x-skolemiljo-person': oid }),
};
