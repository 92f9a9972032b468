/**
 * Filling a column on every existing item of a SharePoint list (e.g. Saker's `Utvalg`, which
 * cases stored before issue 20 lack). A filter on an empty column is no bounded selection on a
 * list past the 5,000-item view threshold, so this pages through the whole list without a
 * filter — which SharePoint allows at any size — reading only the columns the fill needs
 * (`$expand=fields($select=…)`, up to 5,000 items a request), and writes what is missing as
 * PATCHes of those fields alone, 20 to a `$batch`, each with the eTag it read (If-Match): an item
 * written meanwhile (412) was written by the app, which sets the column itself, so it is skipped.
 *
 * Idempotent and resumable: an item that has its value is only read; a run that stops (Graph
 * unavailable, the process ends) leaves what it wrote, and the next run writes only the rest.
 * Requests per page: one read, then ⌈missing/20⌉ batches (+ retries of throttled sub-requests).
 */
import type { BackfillReport, ColumnValue } from '../port';
import type { ListDef } from '../schema';
import { type BatchSender, MAX_BATCH } from './batch';
import { columnsOf, someFields, type GraphFields } from './fields';
import type { Gateway } from './gateway';

export interface BackfillDeps {
  gateway: Gateway;
  batch: BatchSender;
  listUrl: string;
}

export type Fill = (columns: Record<string, ColumnValue>) => Record<string, ColumnValue> | undefined;

interface Page {
  value: { id: string; eTag?: string; fields?: GraphFields }[];
  '@odata.nextLink'?: string;
}

export async function backfill(def: ListDef, d: BackfillDeps, fill: Fill, opts: { pageSize?: number; reads: readonly string[] }): Promise<BackfillReport> {
  const select = [...new Set(opts.reads)].join(',');
  const report: BackfillReport = { read: 0, written: 0, skipped: 0, pages: 0, requests: 0 };
  let url: string | undefined = `${d.listUrl}/items?$select=id,eTag&$expand=fields($select=${select})&$top=${Math.min(opts.pageSize ?? 5000, 5000)}`;
  while (url) {
    const { body }: { body: Page } = await d.gateway.send<Page>({ method: 'GET', url });
    report.pages++;
    report.requests++;
    const writes: { id: string; eTag: string; fields: Record<string, unknown> }[] = [];
    for (const item of body.value) {
      report.read++;
      const fields = item.fields ?? {};
      const etag = String(fields['@odata.etag'] ?? item.eTag ?? '*');
      const change = fill(columnsOf(def, fields));
      if (change) writes.push({ id: item.id, eTag: etag, fields: someFields(def, change) });
    }
    for (let i = 0; i < writes.length; i += MAX_BATCH) {
      const chunk = writes.slice(i, i + MAX_BATCH);
      report.requests++;
      const answers = await d.batch.post(chunk.map((w, j) => ({ id: String(j), method: 'PATCH', url: `${d.listUrl}/items/${w.id}/fields`, headers: { 'If-Match': w.eTag }, body: w.fields })));
      for (const [j] of chunk.entries()) {
        const a = answers.get(String(j));
        if (a && a.status >= 200 && a.status < 300) report.written++;
        // Written meanwhile (412/409) or gone (404): the app wrote it with the column, or there is nothing to fill.
        else if (a && [404, 409, 412].includes(a.status)) report.skipped++;
        else throw new Error(`Graph svarte ${a?.status ?? 'ingenting'} på utfylling av ${def.name}/${chunk[j]!.id}; kjør igjen senere (det som er skrevet, står)`);
      }
    }
    url = body['@odata.nextLink'];
  }
  return report;
}
