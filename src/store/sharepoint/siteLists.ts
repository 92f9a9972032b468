/**
 * Finding the schema's lists on the site. A list is matched by its internal (URL) name, which
 * never changes, or else by its display name, which an admin may have set when creating it.
 */
import type { ListDef } from '../schema';
import type { Gateway } from './gateway';

export interface SiteList {
  id: string;
  name: string;
  displayName: string;
}

export function sitePath(graphBaseUrl: string, siteId: string): string {
  return `${graphBaseUrl}/sites/${encodeURIComponent(siteId).replace(/%2C/gi, ',')}`;
}

export async function fetchSiteLists(gateway: Gateway, siteUrl: string): Promise<SiteList[]> {
  const lists: SiteList[] = [];
  let url: string | undefined = `${siteUrl}/lists?$select=id,name,displayName`;
  while (url) {
    const page: { body: { value: SiteList[]; '@odata.nextLink'?: string } } = await gateway.send({ method: 'GET', url });
    lists.push(...page.body.value);
    url = page.body['@odata.nextLink'];
  }
  return lists;
}

export function findList(def: ListDef, lists: SiteList[]): SiteList | undefined {
  return lists.find((l) => l.name === def.name) ?? lists.find((l) => l.displayName === def.displayName);
}
