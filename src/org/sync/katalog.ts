/**
 * What the organisation's sync reads from Entra ID: pages of a delta round. The Graph client that
 * answers it is built at the composition root (src/entraKatalog.ts), so the sync does not reach
 * into the SharePoint store's adapter.
 */

/** Graph refused or failed a read (its HTTP status), as the Katalog reports it, whatever client it uses. */
export class KatalogFeil extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** One page of a delta round. */
export interface DeltaSide {
  value: Record<string, unknown>[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

export interface Katalog {
  /** Graph's base URL (…/v1.0): where a delta round starts. */
  readonly baseUrl: string;
  side(url: string): Promise<DeltaSide>;
  /** Several pages at once: the first pages of a sync's rounds, in one $batch request per 20. */
  sider(urls: readonly string[]): Promise<DeltaSide[]>;
  /** One resource (e.g. `/users/{id}`); undefined when Graph answers 404 (no such object). */
  les(url: string): Promise<Record<string, unknown> | undefined>;
}

/** Follows one delta round to its end (from its first page, when already read): every page's entries, and the deltaLink for the next round. */
export async function lesRunde(katalog: Katalog, url: string, hver: (entry: Record<string, unknown>) => void, forste?: DeltaSide): Promise<string> {
  let neste: string | undefined = url;
  for (let n = 0; ; n++) {
    const side: DeltaSide = n === 0 && forste ? forste : await katalog.side(neste);
    for (const entry of side.value) hver(entry);
    if (side['@odata.deltaLink']) return side['@odata.deltaLink'];
    neste = side['@odata.nextLink'];
    if (!neste) throw new Error('Microsoft Graph ended a delta round without a nextLink or deltaLink');
  }
}

/** `id eq 'a' or id eq 'b'`: the only filter a delta query takes, at most 50 ids. */
export function idFilter(ids: readonly string[]): string {
  return encodeURIComponent(ids.map((id) => `id eq '${id}'`).join(' or '));
}
