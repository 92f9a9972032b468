/**
 * Validates a card the way a renderer would: parsed by the official adaptivecards SDK (3.0.4: its
 * CommonJS build loads in Node) with a SerializationContext, whose events (unknown element types,
 * invalid values, …) count as errors, then its validation events; plus the rules Teams adds and this
 * app keeps: version 1.5, Action.Execute with a verb on every action that reaches the bot (the only
 * others allowed are Action.ShowCard and Action.ToggleVisibility, which stay in the client, and
 * Action.OpenUrl to an http(s) address — the tab —; every element a toggle names exists), refresh.userIds ≤ 60, < 80 KB.
 */
import * as AC from 'adaptivecards';

export const MAKS_BYTES = 80 * 1024;

/** Every action object anywhere in the card (actions, ActionSets, selectAction, refresh). */
function handlinger(node: unknown, funnet: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((n) => handlinger(n, funnet));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) funnet.push(o);
    Object.values(o).forEach((v) => handlinger(v, funnet));
  }
  return funnet;
}

/** The id of every element (not action) in the card. */
function elementIder(node: unknown, ider = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => elementIder(n, ider));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.id === 'string' && !(typeof o.type === 'string' && o.type.startsWith('Action.'))) ider.add(o.id);
    Object.values(o).forEach((v) => elementIder(v, ider));
  }
  return ider;
}

/** The problems with a card; empty when it is valid. */
export function cardProblems(json: unknown): string[] {
  const problemer: string[] = [];
  const input = json as Record<string, unknown>;
  if (input?.type !== 'AdaptiveCard') return ['ikke et AdaptiveCard'];
  if (input.version !== '1.5') problemer.push(`versjon ${String(input.version)}, ikke 1.5`);

  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  card.parse(input, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problemer.push(`parse: ${ctx.getEventAt(i).message}`);
  for (const e of card.validateProperties().validationEvents) problemer.push(`validering: ${e.message}`);
  if (card.version?.toString() !== '1.5') problemer.push(`SDK leser versjon ${card.version?.toString()}`);

  const ider = elementIder(input);
  for (const h of handlinger(input)) {
    if (h.type === 'Action.ShowCard') continue;
    if (h.type === 'Action.OpenUrl') {
      if (typeof h.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(h.url)) problemer.push(`Action.OpenUrl «${String(h.title)}» har ingen gyldig adresse`);
      continue;
    }
    if (h.type === 'Action.ToggleVisibility') {
      const maal = Array.isArray(h.targetElements) ? h.targetElements : [];
      if (maal.length === 0) problemer.push(`Action.ToggleVisibility «${String(h.title)}» viser ingenting`);
      for (const m of maal) {
        const id = typeof m === 'string' ? m : (m as { elementId?: string }).elementId;
        if (!id || !ider.has(id)) problemer.push(`Action.ToggleVisibility «${String(h.title)}» viser «${String(id)}», som ikke finnes`);
      }
    } else if (h.type !== 'Action.Execute') problemer.push(`${String(h.type)} er ikke Action.Execute`);
    else if (typeof h.verb !== 'string' || h.verb === '') problemer.push(`Action.Execute «${String(h.title)}» mangler verb`);
  }
  const refresh = input.refresh as { userIds?: unknown[] } | undefined;
  if (refresh && (refresh.userIds?.length ?? 0) > 60) problemer.push('refresh.userIds har mer enn 60 id-er');

  const bytes = Buffer.byteLength(JSON.stringify(input), 'utf8');
  if (bytes >= MAKS_BYTES) problemer.push(`${bytes} byte, over ${MAKS_BYTES}`);
  return problemer;
}

export function assertValidCard(json: unknown, hva = 'kortet'): void {
  const p = cardProblems(json);
  if (p.length > 0) throw new Error(`${hva} er ugyldig:\n  ${p.join('\n  ')}`);
}
