/**
 * The Store port: what the use cases need from persistence, and nothing that only one
 * adapter could give. Two adapters implement it (SQLite embedded, SharePoint lists via
 * Microsoft Graph) and pass one contract suite (tests/store/contract.ts).
 *
 * Design rules, forced by SharePoint (no multi-item transactions, $batch is not atomic):
 * - An aggregate (a sak; a plan with its tiltak and evaluations) is ONE item: its JSON `data`
 *   plus the few indexed `columns` that queries need. A use case's change is one item write.
 * - Pending notifications and audit entries ride inside that item (see src/store/envelope.ts)
 *   and are delivered/projected afterwards, idempotently.
 * - Items are never deleted: the documentation is archive material.
 */
import type { ListName } from './schema';

export type ColumnValue = string | number | boolean | null;

export interface Item<T = unknown> {
  /** Assigned by the store on create (SharePoint list item id; SQLite row id), as a string. */
  id: string;
  /** Opaque concurrency token (SQLite: a counter; SharePoint: the eTag). */
  version: string;
  /** Unique key given at create (idempotency key or natural key), immutable; null when none. */
  key: string | null;
  /** Values of the list's schema columns (only those; unknown names are refused). */
  columns: Record<string, ColumnValue>;
  data: T;
  /** ISO time the item was created, set by the store. */
  created: string;
}

export interface NewItem<T = unknown> {
  key?: string;
  columns: Record<string, ColumnValue>;
  data: T;
}

export interface ItemUpdate<T = unknown> {
  id: string;
  /** The version read; a stale one makes the update fail with ConflictError. */
  version: string;
  columns: Record<string, ColumnValue>;
  data: T;
}

export type Operator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export interface Condition {
  column: string;
  op: Operator;
  value: ColumnValue;
}

export interface Query {
  /**
   * Conditions joined with AND. The first must be on an indexed column (SharePoint's list view
   * threshold); adapters refuse anything else with InvalidQueryError.
   */
  where: Condition[];
  orderBy?: { column: string; direction?: 'asc' | 'desc' };
  /** Stop after this many items in all. */
  limit?: number;
  /**
   * Items per request, for a caller that will read the whole (bounded) selection: an adapter that
   * pages over the network asks for this many at once (SharePoint: `$top`, at most 5,000). A hint;
   * it changes nothing in what is returned.
   */
  pageSize?: number;
}

/** What a backfill did: items read, written, skipped (written by someone meanwhile), pages and requests. */
export interface BackfillReport {
  read: number;
  written: number;
  skipped: number;
  pages: number;
  requests: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'sharepoint';
  /** Resolves when the store is reachable and usable; throws StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  /**
   * Creates an item. With a key that already exists, nothing is written and the existing item
   * is returned with created=false: the same submit twice stores one record.
   */
  create<T>(list: ListName, item: NewItem<T>): Promise<{ item: Item<T>; created: boolean }>;
  /**
   * Creates several items that belong together (e.g. the audit entries of one change), each as
   * `create` would: an existing key writes nothing and returns that item with created=false, and
   * a key given twice in one call stores one item. Results come in input order.
   *
   * Every item needs a key (a plain Error otherwise, before anything is written): the call is
   * NOT atomic (SharePoint's $batch is not), and the keys are what make a partial failure safe.
   * When it throws (StoreUnavailableError, or what `create` would throw for an item), the items
   * that landed stay; calling it again with the same items stores the rest and no duplicates,
   * reporting the ones that landed before as created=false.
   */
  createMany<T>(list: ListName, items: NewItem<T>[]): Promise<{ item: Item<T>; created: boolean }[]>;
  get<T>(list: ListName, id: string): Promise<Item<T> | undefined>;
  getByKey<T>(list: ListName, key: string): Promise<Item<T> | undefined>;
  /** Replaces columns and data if `version` is current; else throws ConflictError. */
  update<T>(list: ListName, update: ItemUpdate<T>): Promise<Item<T>>;
  /** Streams every matching item, following pages to the end. */
  query<T>(list: ListName, query: Query): AsyncIterable<Item<T>>;
  /**
   * Optional, for an adapter where a filter on an empty column is no bounded selection
   * (SharePoint past 5,000 items): pages through every item of the list reading only the columns
   * `reads`, and writes the columns `fill` returns (undefined: nothing to write) with the version
   * read; an item written meanwhile is skipped. Idempotent; a stopped run is completed by the next.
   */
  backfill?(list: ListName, fill: (columns: Record<string, ColumnValue>) => Record<string, ColumnValue> | undefined, reads: readonly string[], opts?: { pageSize?: number }): Promise<BackfillReport>;
  close(): Promise<void>;
}

/** Largest JSON `data` an item may hold (SharePoint multi-line text holds 63,999 characters; keep a margin). */
export const MAX_DATA_CHARS = 60_000;

export class ConflictError extends Error {
  readonly code = 'conflict';
  constructor(list: string, id: string) {
    super(`Item ${list}/${id} was changed by someone else`);
  }
}

export class NotFoundError extends Error {
  readonly code = 'not_found';
  constructor(list: string, id: string) {
    super(`Item ${list}/${id} does not exist`);
  }
}

export class InvalidQueryError extends Error {
  readonly code = 'invalid_query';
}

export class ItemTooLargeError extends Error {
  readonly code = 'too_large';
}

/** The store could not be reached or refused the operation after retries. The caller may retry later. */
export class StoreUnavailableError extends Error {
  readonly code = 'unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
