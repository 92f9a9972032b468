/**
 * Finding the schema's lists on the site, and their ids. A list is matched by its internal (URL) name,
 * which never changes, or else by its display name, which an admin may have set when creating it.
 */
import { StoreUnavailableError } from '../port';
import { LIST_NAMES, listDef, type ListDef, type ListName } from '../schema';
import type { Gateway } from './gateway';
import { unavailable } from './failures';

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

/** Every schema list's id on the site; a list missing says how to provision it. */
export async function resolveListIds(gateway: Gateway, siteUrl: string): Promise<Map<ListName, string>> {
  let lists;
  try {
    lists = await fetchSiteLists(gateway, siteUrl);
  } catch (err) {
    throw unavailable(err, 'listene på SharePoint-området');
  }
  const ids = new Map<ListName, string>();
  const missing: string[] = [];
  for (const name of LIST_NAMES) {
    const found = findList(listDef(name), lists);
    if (found) ids.set(name, found.id);
    else missing.push(listDef(name).name);
  }
  if (missing.length) {
    throw new StoreUnavailableError(`SharePoint-området mangler listene ${missing.join(', ')}: kjør «npm run provision -- --site <område> --apply»`);
  }
  return ids;
}
