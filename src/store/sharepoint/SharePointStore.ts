/**
 * The production Store adapter: one SharePoint list per schema list on one site, through
 * Microsoft Graph v1.0 (graph-client 3 + msal-node). One item write per port write: create is a
 * POST whose unique `Nokkel` makes a repeat harmless, update a PATCH of the fields with If-Match;
 * createMany sends its POSTs as $batch requests of up to 20 (batch.ts).
 * Queries are server-side `$filter`s whose first clause is indexed (the list view threshold),
 * streamed page by page with the SDK's PageIterator. Nothing is ever deleted.
 *
 * Just over 300 lines: it is the port's one implementation on Graph, method by method; what could
 * stand alone already does (batch, backfill, failures, fields, gateway, siteLists).
 */
import { PageIterator, type Client } from '@microsoft/microsoft-graph-client';
import {
  ConflictError,
  NotFoundError,
  StoreUnavailableError,
  type Item,
  type ItemUpdate,
  type NewItem,
  type BackfillReport,
  type Query,
  type Store,
} from '../port';
import { KEY_COLUMN, listDef, type ListName } from '../schema';
import { checkQuery, dataJson, requireKeys } from '../checks';
import { BatchSender, MAX_BATCH, failureOf } from './batch';
import {
  GENERATED_KEY_PREFIX,
  checkKey,
  fromListItem,
  generatedKey,
  graphQuery,
  holds,
  toItem,
  writeFields,
  type FieldValues,
  type GraphFields,
  type GraphListItem,
} from './fields';
import { Gateway, GraphFailure } from './gateway';
import { DEFAULT_GRAPH_BASE_URL, createGraphClient, type GraphAuthOptions } from './graphClient';
import { resolveListIds, sitePath } from './siteLists';
import { queryFailure, unavailable } from './failures';
import { hverSamtidig } from '../../protocol/samtidig';
import { backfill, type Fill } from './backfill';

export interface SharePointStoreOptions {
  /** Graph site id ("host,siteCollectionId,webId"); provisioning prints it for a site URL. */
  siteId: string;
  /** Default https://graph.microsoft.com/v1.0. */
  graphBaseUrl?: string;
  auth: GraphAuthOptions;
  /** For 429/503/504 (the SDK's RetryHandler) and for dropped connections/timeouts (ours). Default 3 retries, 3000 ms. */
  retry?: { maxRetries?: number; delayMs?: number };
  /** Per attempt. Default 30 s. */
  timeoutMs?: number;
}

/** Graph's page size when none is asked for; a query with a limit asks for up to MAX_PAGE at once. */
const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;
const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';
const ITEM_ID = /^[1-9][0-9]{0,15}$/;
/** $batch requests of one createMany in flight at once: 4 × 20 writes. */
const BATCHES_AT_ONCE = 4;

export async function openSharePointStore(opts: SharePointStoreOptions): Promise<Store> {
  return new SharePointStore(opts);
}

class SharePointStore implements Store {
  readonly kind = 'sharepoint' as const;
  private readonly client: Client;
  private readonly gateway: Gateway;
  private readonly batch: BatchSender;
  private readonly siteUrl: string;
  private listIds?: Promise<Map<ListName, string>>;
  private closed = false;

  constructor(opts: SharePointStoreOptions) {
    const graphBaseUrl = (opts.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
    const retry = { maxRetries: opts.retry?.maxRetries ?? 3, delayMs: opts.retry?.delayMs ?? 3000 };
    this.client = createGraphClient({ graphBaseUrl, auth: opts.auth, ...retry, timeoutMs: opts.timeoutMs ?? 30_000 });
    this.gateway = new Gateway(this.client, retry);
    this.batch = new BatchSender(this.gateway, graphBaseUrl, retry);
    this.siteUrl = sitePath(graphBaseUrl, opts.siteId);
  }

  async ping(): Promise<void> {
    this.assertOpen();
    try {
      await this.gateway.send({ method: 'GET', url: `${this.siteUrl}?$select=id` });
    } catch (err) {
      throw unavailable(err, 'SharePoint-området');
    }
    await this.ids();
  }

  async create<T>(list: ListName, item: NewItem<T>): Promise<{ item: Item<T>; created: boolean }> {
    this.assertOpen();
    const def = listDef(list);
    if (item.key !== undefined) checkKey(item.key);
    const key = item.key ?? generatedKey();
    const fields = writeFields(def, item.columns, dataJson(def, item.data), key);
    const url = `${await this.listUrl(list)}/items`;
    try {
      // No look-up first: the unique Nokkel turns a second create into 409, so the usual case is one request.
      const { body } = await this.gateway.send<GraphListItem>({ method: 'POST', url, body: { fields } });
      return { item: fromListItem<T>(def, body), created: true };
    } catch (err) {
      if (!(err instanceof GraphFailure && err.status === 409)) throw unavailable(err, `en ny rad i ${def.name}`);
      return this.settleDuplicate<T>(list, key, fields, err.repeated, item.key === undefined);
    }
  }

  async createMany<T>(list: ListName, items: NewItem<T>[]): Promise<{ item: Item<T>; created: boolean }[]> {
    this.assertOpen();
    const def = listDef(list);
    const keys = requireKeys(def, items);
    keys.forEach(checkKey);
    // All items are checked before the first request, so a refused item writes nothing.
    const fields = items.map((item, i) => writeFields(def, item.columns, dataJson(def, item.data), keys[i]));
    const url = `${await this.listUrl(list)}/items`;
    // A key given twice is sent once; its later places get the stored item, as a second create would.
    const first = new Map<string, number>();
    keys.forEach((key, i) => {
      if (!first.has(key)) first.set(key, i);
    });
    const sent = [...first.values()];
    const results: { item: Item<T>; created: boolean }[] = [];
    const chunks = Array.from({ length: Math.ceil(sent.length / MAX_BATCH) }, (_, c) => sent.slice(c * MAX_BATCH, (c + 1) * MAX_BATCH));
    // Several $batch requests at once (BATCHES_AT_ONCE × 20 writes in flight, within Graph's limits);
    // a chunk with a failure fails the call once all are settled: what landed stays, and a repeat settles it by key.
    const failures: Error[] = [];
    await hverSamtidig(chunks, BATCHES_AT_ONCE, async (chunk) => {
      let answers;
      try {
        answers = await this.batch.post(chunk.map((i) => ({ id: String(i), url, body: { fields: fields[i] } })));
      } catch (err) {
        failures.push(unavailable(err, `nye rader i ${def.name}`));
        return;
      }
      const failed = chunk.map((i) => answers.get(String(i))!).find((a) => a.status !== 201 && a.status !== 409);
      if (failed) {
        failures.push(unavailable(failureOf(failed), `nye rader i ${def.name}`));
        return;
      }
      for (const i of chunk) {
        const answer = answers.get(String(i))!;
        const body = answer.body as GraphListItem | undefined;
        results[i] =
          answer.status === 201 && body?.id !== undefined
            ? { item: fromListItem<T>(def, body), created: true }
            : await this.settleDuplicate<T>(list, keys[i]!, fields[i]!, answer.repeated || answer.status === 201, false);
      }
    });
    if (failures.length > 0) throw failures[0];
    return keys.map((key, i) => results[i] ?? { item: results[first.get(key)!]!.item, created: false });
  }

  async get<T>(list: ListName, id: string): Promise<Item<T> | undefined> {
    this.assertOpen();
    const def = listDef(list);
    if (!ITEM_ID.test(id)) return undefined;
    try {
      const { body } = await this.gateway.send<GraphListItem>({ method: 'GET', url: `${await this.listUrl(list)}/items/${id}?$expand=fields` });
      return fromListItem<T>(def, body);
    } catch (err) {
      if (err instanceof GraphFailure && err.status === 404) return undefined;
      throw unavailable(err, `${def.name}/${id}`);
    }
  }

  async getByKey<T>(list: ListName, key: string): Promise<Item<T> | undefined> {
    this.assertOpen();
    if (key.startsWith(GENERATED_KEY_PREFIX)) return undefined;
    return this.findByKey<T>(list, key);
  }

  async update<T>(list: ListName, update: ItemUpdate<T>): Promise<Item<T>> {
    this.assertOpen();
    const def = listDef(list);
    const fields = writeFields(def, update.columns, dataJson(def, update.data));
    if (!ITEM_ID.test(update.id)) throw new NotFoundError(def.name, update.id);
    try {
      const { body } = await this.gateway.send<GraphFields>({
        method: 'PATCH',
        url: `${await this.listUrl(list)}/items/${update.id}/fields`,
        body: fields,
        headers: { 'If-Match': update.version },
      });
      // The answer is the item's whole field set; should it ever lack what an Item needs, read it.
      if (body.Created === undefined || body[KEY_COLUMN.name] === undefined) {
        const stored = await this.get<T>(list, update.id);
        if (!stored) throw new NotFoundError(def.name, update.id);
        return stored;
      }
      return toItem<T>(def, body, { id: update.id });
    } catch (err) {
      if (err instanceof GraphFailure && (err.status === 412 || err.status === 409)) {
        // A repeated PATCH meets its own first attempt's eTag change: stored as sent means it landed.
        if (err.repeated) {
          const now = await this.get<T>(list, update.id);
          if (now && holds(def, now, fields)) return now;
        }
        throw new ConflictError(def.name, update.id);
      }
      if (err instanceof GraphFailure && err.status === 404) throw new NotFoundError(def.name, update.id);
      throw unavailable(err, `${def.name}/${update.id}`);
    }
  }

  async *query<T>(list: ListName, query: Query): AsyncIterable<Item<T>> {
    this.assertOpen();
    const def = listDef(list);
    // Before any request: a query SharePoint would refuse (or run over the whole list) never leaves.
    checkQuery(def, query);
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    if (limit === 0) return;
    const q = graphQuery(def, query);
    const asked = [query.limit, query.pageSize].filter((n): n is number => n !== undefined);
    const top = asked.length > 0 ? Math.min(...asked, MAX_PAGE) : DEFAULT_PAGE;
    const url =
      `${await this.listUrl(list)}/items?$expand=fields&$filter=${encodeURIComponent(q.filter)}` +
      (q.orderBy ? `&$orderby=${encodeURIComponent(q.orderBy)}` : '') +
      `&$top=${top}`;
    const headers = q.needsNonIndexedPreference ? { Prefer: HONOR_NON_INDEXED } : undefined;

    let first;
    try {
      first = await this.gateway.send<{ value: GraphListItem[]; '@odata.nextLink'?: string }>({ method: 'GET', url, headers });
    } catch (err) {
      throw queryFailure(def, err);
    }
    // The SDK's PageIterator follows @odata.nextLink (with our headers). Its callback is
    // synchronous, so it hands over one item and pauses; resume() continues, fetching the next
    // page when one is used up. That turns it into the pull-based stream the port wants.
    const handed: GraphListItem[] = [];
    const handOver = (item: GraphListItem): boolean => {
      handed.push(item);
      return false;
    };
    const pager = new PageIterator(this.client, first.body, handOver, headers ? { headers } : undefined);
    for (let yielded = 0; yielded < limit && !pager.isComplete(); ) {
      try {
        await this.gateway.retrying(() => pager.resume(), 'GET', url);
      } catch (err) {
        throw queryFailure(def, err);
      }
      const next = handed.shift();
      if (!next) return;
      yield fromListItem<T>(def, next);
      yielded++;
    }
  }

  async backfill(list: ListName, fill: Fill, reads: readonly string[], opts: { pageSize?: number } = {}): Promise<BackfillReport> {
    this.assertOpen();
    try {
      return await backfill(listDef(list), { gateway: this.gateway, batch: this.batch, listUrl: await this.listUrl(list) }, fill, { ...opts, reads });
    } catch (err) {
      throw unavailable(err, `${listDef(list).name} (utfylling)`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('SharePoint-lageret er lukket');
  }

  private async findByKey<T>(list: ListName, key: string): Promise<Item<T> | undefined> {
    const def = listDef(list);
    const filter = encodeURIComponent(`fields/${KEY_COLUMN.name} eq '${key.replace(/'/g, "''")}'`);
    try {
      const url = `${await this.listUrl(list)}/items?$expand=fields&$filter=${filter}&$top=5`;
      const { body } = await this.gateway.send<{ value: GraphListItem[] }>({ method: 'GET', url });
      // SharePoint compares text without regard to case; the port's keys are exact.
      const hit = body.value.find((i) => i.fields?.[KEY_COLUMN.name] === key);
      return hit && fromListItem<T>(def, hit);
    } catch (err) {
      throw unavailable(err, `${def.name} med nøkkel`);
    }
  }

  /**
   * The item a create met as 409 on its unique key. After a repeated POST it may be our own first
   * attempt: a generated key is ours alone, a given key is ours when the item holds what we sent.
   */
  private async settleDuplicate<T>(list: ListName, key: string, fields: FieldValues, repeated: boolean, generated: boolean): Promise<{ item: Item<T>; created: boolean }> {
    const def = listDef(list);
    const existing = await this.findByKey<T>(list, key);
    if (!existing) throw new StoreUnavailableError(`SharePoint avviste ${def.name}/${key} som duplikat, men raden finnes ikke (nøkler skilles bare på store/små bokstaver?)`);
    return { item: existing, created: repeated && (generated || holds(def, existing, fields)) };
  }

  private async listUrl(list: ListName): Promise<string> {
    return `${this.siteUrl}/lists/${(await this.ids()).get(list)}`;
  }

  /** List ids, looked up once per store; a failed look-up is tried again on the next call. */
  private ids(): Promise<Map<ListName, string>> {
    this.listIds ??= resolveListIds(this.gateway, this.siteUrl).catch((err: unknown) => {
      this.listIds = undefined;
      throw err;
    });
    return this.listIds;
  }

}
