/** Small helpers shared by the store contract suite's files. */
import type { ColumnValue, Item } from '../../src/store/port';

export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Runs make(0..count-1) at most `size` at a time: fast, without flooding a remote store. */
export async function inChunks<T>(count: number, make: (i: number) => Promise<T>, size = 20): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, j) => make(start + j)))));
  }
  return out;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A column's value, with "absent" and null alike (an adapter may leave empty columns out). */
export function col(item: Item, name: string): ColumnValue {
  return item.columns[name] ?? null;
}

/** A dateTime column as epoch ms: adapters may write the same instant differently (…00Z vs …00.000Z). */
export function instant(item: Item, name: string): number | null {
  const value = col(item, name);
  return typeof value === 'string' ? Date.parse(value) : null;
}
