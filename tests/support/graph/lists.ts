/**
 * Sites, lists and column definitions of the stand-in, with the rules SharePoint enforces on
 * them: one type facet per column, unique internal names, multi-line text cannot be indexed,
 * and enforceUniqueValues only on an indexed column.
 */
import { randomUUID } from 'node:crypto';
import { GraphHttpError, badRequest, notFound } from './http';

export type ColumnKind = 'text' | 'note' | 'number' | 'boolean' | 'dateTime';
export type FieldValue = string | number | boolean;

export interface Column {
  id: string;
  name: string;
  displayName: string;
  description: string;
  kind: ColumnKind;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  readOnly: boolean;
  builtIn: boolean;
}

export interface StoredItem {
  id: number;
  /** SharePoint's item unique id: the first half of the eTag. */
  guid: string;
  /** Bumped on every write: the second half of the eTag. */
  version: number;
  created: string;
  modified: string;
  fields: Map<string, FieldValue>;
}

export interface List {
  id: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: string;
  columns: Column[];
  items: Map<number, StoredItem>;
  nextId: number;
  /** Counts item writes; indexes built at an older count are stale. */
  writes: number;
  /** For each enforceUniqueValues column: lower-cased value → item id (SharePoint compares case-insensitively). */
  unique: Map<string, Map<string, number>>;
}

export interface Site {
  id: string;
  hostname: string;
  path: string;
  displayName: string;
  webUrl: string;
  created: string;
  lists: List[];
}

/** ISO time without milliseconds, as SharePoint reports it. */
export function spTime(ms = Date.now()): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function builtInColumn(name: string, kind: ColumnKind, readOnly: boolean, indexed = false): Column {
  return { id: randomUUID(), name, displayName: name, description: '', kind, indexed, enforceUniqueValues: false, required: name === 'Title', readOnly, builtIn: true };
}

export class SharePointData {
  readonly sites = new Map<string, Site>();

  createSite(hostname: string, path: string, displayName = path.split('/').pop() ?? 'site'): Site {
    const site: Site = {
      id: `${hostname},${randomUUID()},${randomUUID()}`,
      hostname,
      path,
      displayName,
      webUrl: `https://${hostname}${path}`,
      created: spTime(),
      lists: [],
    };
    // Every real site has a document library; provisioning must look past it.
    this.addList(site, { displayName: 'Documents', name: 'Shared Documents', template: 'documentLibrary', columns: [] });
    this.sites.set(site.id, site);
    return site;
  }

  site(id: string): Site {
    const site = this.sites.get(id);
    if (!site) throw notFound(`Requested site could not be found`);
    return site;
  }

  siteByPath(hostname: string, path: string): Site {
    const wanted = path.replace(/\/+$/, '').toLowerCase();
    for (const site of this.sites.values()) {
      if (site.hostname.toLowerCase() === hostname.toLowerCase() && site.path.toLowerCase() === wanted) return site;
    }
    throw notFound('Requested site could not be found');
  }

  /** Graph accepts a list's id or its title in the URL. */
  list(site: Site, idOrTitle: string): List {
    const lower = idOrTitle.toLowerCase();
    const list = site.lists.find((l) => l.id === lower || l.displayName.toLowerCase() === lower);
    if (!list) throw notFound(`List '${idOrTitle}' does not exist at site with URL '${site.webUrl}'.`);
    return list;
  }

  findList(site: Site, nameOrTitle: string): List | undefined {
    return site.lists.find((l) => l.name === nameOrTitle || l.displayName === nameOrTitle);
  }

  createList(site: Site, body: unknown): List {
    const b = asObject(body, 'list');
    const displayName = b.displayName;
    if (typeof displayName !== 'string' || !displayName.trim()) throw badRequest("Property 'displayName' is required");
    if (site.lists.some((l) => l.displayName.toLowerCase() === displayName.toLowerCase())) {
      throw new GraphHttpError(409, 'nameAlreadyExists', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
    }
    const facet = b.list === undefined ? {} : asObject(b.list, 'list');
    const template = typeof facet.template === 'string' ? facet.template : 'genericList';
    if (template !== 'genericList') throw badRequest(`The stand-in only creates genericList lists, not '${template}'`);
    const columns = b.columns === undefined ? [] : b.columns;
    if (!Array.isArray(columns)) throw badRequest("Property 'columns' must be an array");
    // Validate every column before creating anything: the real call is all or nothing.
    const scratch: List = this.newList(displayName, displayName, '', template);
    for (const c of columns) scratch.columns.push(parseColumn(scratch, c));
    const list = this.addList(site, { displayName, name: urlName(displayName), template, columns: [] });
    list.description = typeof b.description === 'string' ? b.description : '';
    for (const c of scratch.columns.filter((col) => !col.builtIn)) addColumnTo(list, c);
    return list;
  }

  addColumn(list: List, body: unknown): Column {
    const column = parseColumn(list, body);
    addColumnTo(list, column);
    return column;
  }

  updateColumn(list: List, columnId: string, body: unknown): Column {
    const column = list.columns.find((c) => c.id === columnId || c.name === columnId);
    if (!column) throw notFound(`Column '${columnId}' does not exist`);
    const b = asObject(body, 'columnDefinition');
    if (column.readOnly) throw badRequest(`Column '${column.name}' is read-only`);
    const indexed = typeof b.indexed === 'boolean' ? b.indexed : column.indexed;
    const unique = typeof b.enforceUniqueValues === 'boolean' ? b.enforceUniqueValues : column.enforceUniqueValues;
    checkIndexRules(column.kind, column.name, indexed, unique);
    if (unique && !column.enforceUniqueValues) {
      // Turning uniqueness on fails when the list already holds duplicates.
      const seen = new Map<string, number>();
      for (const item of list.items.values()) {
        const v = item.fields.get(column.name);
        if (v === undefined) continue;
        const k = String(v).toLowerCase();
        if (seen.has(k)) throw badRequest(`Column '${column.name}' has duplicate values and cannot enforce unique values`);
        seen.set(k, item.id);
      }
      list.unique.set(column.name, seen);
    }
    if (!unique) list.unique.delete(column.name);
    column.indexed = indexed;
    column.enforceUniqueValues = unique;
    if (typeof b.displayName === 'string') column.displayName = b.displayName;
    if (typeof b.description === 'string') column.description = b.description;
    return column;
  }

  private newList(displayName: string, name: string, description: string, template: string): List {
    return {
      id: randomUUID(),
      name,
      displayName,
      description,
      template,
      created: spTime(),
      columns: [
        builtInColumn('Title', 'text', false),
        builtInColumn('ID', 'number', true, true),
        builtInColumn('Created', 'dateTime', true),
        builtInColumn('Modified', 'dateTime', true),
      ],
      items: new Map(),
      nextId: 1,
      writes: 0,
      unique: new Map(),
    };
  }

  private addList(site: Site, o: { displayName: string; name: string; template: string; columns: Column[] }): List {
    const list = this.newList(o.displayName, o.name, '', o.template);
    site.lists.push(list);
    return list;
  }
}

function addColumnTo(list: List, column: Column): void {
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
    throw new GraphHttpError(409, 'nameAlreadyExists', `A duplicate field name "${column.name}" was found.`);
  }
  list.columns.push(column);
  if (column.enforceUniqueValues) list.unique.set(column.name, new Map());
}

function checkIndexRules(kind: ColumnKind, name: string, indexed: boolean, unique: boolean): void {
  if (kind === 'note' && indexed) throw badRequest(`Column '${name}': multiple lines of text cannot be indexed`);
  if (unique && !indexed) throw badRequest(`Column '${name}': enforceUniqueValues requires an indexed column`);
}

function parseColumn(list: List, body: unknown): Column {
  const b = asObject(body, 'columnDefinition');
  const name = b.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name)) {
    throw badRequest(`Invalid column name '${String(name)}'`);
  }
  const facets = (['text', 'number', 'boolean', 'dateTime'] as const).filter((f) => b[f] !== undefined);
  if (facets.length !== 1) throw badRequest(`Column '${name}' must have exactly one of text, number, boolean, dateTime`);
  const facet = facets[0] as 'text' | 'number' | 'boolean' | 'dateTime';
  const multiLine = facet === 'text' && asObject(b.text, 'text').allowMultipleLines === true;
  const kind: ColumnKind = multiLine ? 'note' : facet;
  const indexed = b.indexed === true;
  const unique = b.enforceUniqueValues === true;
  checkIndexRules(kind, name, indexed, unique);
  if (list.columns.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw new GraphHttpError(409, 'nameAlreadyExists', `A duplicate field name "${name}" was found.`);
  }
  return {
    id: randomUUID(),
    name,
    displayName: typeof b.displayName === 'string' ? b.displayName : name,
    description: typeof b.description === 'string' ? b.description : '',
    kind,
    indexed,
    enforceUniqueValues: unique,
    required: b.required === true,
    readOnly: false,
    builtIn: false,
  };
}

function urlName(displayName: string): string {
  return displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'List';
}

export function asObject(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest(`Invalid ${what} in request body`);
  return value as Record<string, unknown>;
}

export function columnJson(c: Column): Record<string, unknown> {
  const facet: Record<string, unknown> =
    c.kind === 'text'
      ? { text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 } }
      : c.kind === 'note'
        ? { text: { allowMultipleLines: true, appendChangesToExistingText: false, linesForEditing: 6, maxLength: 63999, textType: 'plain' } }
        : c.kind === 'number'
          ? { number: { decimalPlaces: 'automatic', displayAs: 'number' } }
          : c.kind === 'boolean'
            ? { boolean: {} }
            : { dateTime: { displayAs: 'default', format: 'dateTime' } };
  return {
    id: c.id,
    name: c.name,
    displayName: c.displayName,
    description: c.description,
    columnGroup: c.builtIn ? '_Hidden' : 'Custom Columns',
    enforceUniqueValues: c.enforceUniqueValues,
    hidden: false,
    indexed: c.indexed,
    readOnly: c.readOnly,
    required: c.required,
    ...facet,
  };
}

export function listJson(site: Site, list: List, expandColumns: boolean): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.id},${list.columns.length}"`,
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    createdDateTime: list.created,
    lastModifiedDateTime: list.created,
    webUrl: `${site.webUrl}/Lists/${list.name}`,
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    parentReference: { siteId: site.id },
    ...(expandColumns ? { columns: list.columns.map(columnJson) } : {}),
  };
}

export function siteJson(site: Site): Record<string, unknown> {
  return {
    id: site.id,
    name: site.displayName,
    displayName: site.displayName,
    webUrl: site.webUrl,
    createdDateTime: site.created,
    siteCollection: { hostname: site.hostname },
  };
}
