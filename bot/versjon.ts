/**
 * Which state of a case a card showed, for detecting stale clicks.
 *
 * Why not SakVisning.versjon: that is the store item's version, which also moves on every outbox
 * and audit bookkeeping write (deliveries, card updates) — so a card's copy of it is stale within
 * a second of being sent, and cards built by the delivery handler carry '' — and every click would
 * look like a conflict. A card instead carries how many decisions (actions) it showed; the bot
 * compares that with the current case and hands the app the current store version when nothing was
 * decided meanwhile (see verbs.ts). Prefixed so it can never equal a store version.
 */
import type { SakVisning } from '../src/app/sakVisning';
import { HANDLINGER } from '../src/domain/sak';

const HANDLING_SETT: ReadonlySet<string> = new Set(HANDLINGER);

export function beslutningsversjon(v: Pick<SakVisning, 'historikk'>): string {
  return `b${v.historikk.filter((h) => HANDLING_SETT.has(h.hendelse)).length}`;
}
