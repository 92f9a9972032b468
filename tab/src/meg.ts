/** Who the person using the tab is, as the server says (roles decide which pages the menu shows). */
export interface Meg {
  oid: string;
  navn: string;
  stilling?: string;
  skoler: { id: string; navn: string; rektor: boolean; varselmottaker: boolean; ledelse: boolean }[];
  kommunalsjef: boolean;
}
