/**
 * Column indexes, so that a query's first clause costs what it costs in SharePoint: the rows it
 * selects, not the size of the list. A sorted copy of (value, id) per indexed column, rebuilt
 * lazily after writes (the stand-in's lists are written in bursts and then read).
 */
import type { Column, FieldValue, List, StoredItem } from './lists';

interface Entry {
  value: FieldValue;
  id: number;
}

export type RangeOp = 'eq' | 'lt' | 'le' | 'gt' | 'ge';

export type Compare = (kind: Column['kind'], a: FieldValue | undefined, b: FieldValue | undefined) => number;

const built = new WeakMap<List, Map<string, { writes: number; entries: Entry[] }>>();

function entriesFor(list: List, column: Column, compare: Compare): Entry[] {
  let perList = built.get(list);
  if (!perList) built.set(list, (perList = new Map()));
  const cached = perList.get(column.name);
  if (cached && cached.writes === list.writes) return cached.entries;
  const entries: Entry[] = [];
  for (const item of list.items.values()) {
    const value = item.fields.get(column.name);
    if (value !== undefined) entries.push({ value, id: item.id });
  }
  entries.sort((a, b) => compare(column.kind, a.value, b.value) || a.id - b.id);
  perList.set(column.name, { writes: list.writes, entries });
  return entries;
}

/** First position whose value is not below `value` (or, with `after`, above it). */
function bound(entries: Entry[], kind: Column['kind'], value: FieldValue, after: boolean, compare: Compare): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(kind, (entries[mid] as Entry).value, value);
    if (c < 0 || (after && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items a comparison selects through the column's index, in id order. */
export function indexRange(list: List, column: Column, op: RangeOp, value: FieldValue, compare: Compare): StoredItem[] {
  const entries = entriesFor(list, column, compare);
  const lower = bound(entries, column.kind, value, false, compare);
  const upper = bound(entries, column.kind, value, true, compare);
  const [from, to] = op === 'eq' ? [lower, upper] : op === 'lt' ? [0, lower] : op === 'le' ? [0, upper] : op === 'gt' ? [upper, entries.length] : [lower, entries.length];
  const ids = entries.slice(from, to).map((e) => e.id);
  ids.sort((a, b) => a - b);
  return ids.map((id) => list.items.get(id) as StoredItem);
}

/** Builds every index now (after a bulk load), so the next query does not pay for it. */
export function buildIndexes(list: List, compare: Compare): void {
  for (const column of list.columns) if (column.indexed) entriesFor(list, column, compare);
}
