import { prng as rng } from '../prng';
/**
 * Fault injection, steered from the test process: one-off faults queued for the next matching
 * request, and rates applied to every Graph request (never to the token endpoint, whose own
 * failures are msal-node's business). Randomness comes from a seeded generator so a failing
 * run can be repeated.
 */

/** One queued fault. One with nothing set lets its request through (to aim the next fault at a later request). */
export interface Fault {
  /** Answer with this status (429/503/504 carry Retry-After) instead of processing the request. */
  status?: number;
  retryAfterSeconds?: number;
  /**
   * Destroy the connection: 'before' the request is processed (nothing happened), or 'after' it
   * was processed (it happened, but the client never hears so: the ambiguous case).
   */
  drop?: 'before' | 'after';
  /** Process the request, then wait this long before answering (a client timeout makes it ambiguous). */
  delayMs?: number;
  /** Only for requests whose route label matches, e.g. 'POST items' or /items/. */
  route?: string | RegExp;
  /**
   * Only for sub-requests inside a $batch, never a top-level request. With it, a fault without a
   * status lets its sub-request through, so a status can be aimed at, say, the 3rd of 20.
   */
  inBatch?: boolean;
}

export interface FaultRates {
  /** Share of Graph requests answered 429. */
  throttleRate?: number;
  /** Share answered 503. */
  status503Rate?: number;
  /** Share whose connection is destroyed before processing. */
  dropRate?: number;
  /** Share processed and then dropped. */
  dropAfterRate?: number;
  /** Share processed and answered only after slowMs. */
  slowRate?: number;
  slowMs?: number;
  /** Delay added to every Graph request. */
  latencyMs?: number;
  /** Retry-After sent with injected 429/503; fractions are allowed (the SDK parses a number). */
  retryAfterSeconds?: number;
}

export type FaultKind = 'throttle' | '503' | 'drop' | 'dropAfter' | 'slow' | 'queued';


export class FaultController {
  private queue: Fault[] = [];
  private rates: FaultRates = {};
  private random: () => number;
  /** How many faults of each kind were injected since the last clear(). */
  readonly injected: Record<FaultKind, number> = { throttle: 0, '503': 0, drop: 0, dropAfter: 0, slow: 0, queued: 0 };

  constructor(seed = 1) {
    this.random = rng(seed);
  }

  /** Queues one-off faults, used in order by the next matching requests. */
  next(fault: Fault | Fault[]): void {
    this.queue.push(...(Array.isArray(fault) ? fault : [fault]));
  }

  set(rates: FaultRates, seed?: number): void {
    this.rates = { ...rates };
    if (seed !== undefined) this.random = rng(seed);
  }

  clear(): void {
    this.queue = [];
    this.rates = {};
    for (const k of Object.keys(this.injected) as FaultKind[]) this.injected[k] = 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  get latencyMs(): number {
    return this.rates.latencyMs ?? 0;
  }

  /**
   * The fault for a request with this route label, if any. Inside a $batch only queued faults
   * apply: those marked inBatch, and (as before that flag) those with both a route and a status.
   */
  /**
   * A fault for the sign-in routes (openid-configuration, token): only one queued for that route by
   * name. Random rates and route-less faults never touch sign-in, so Graph fault tests stay as they are.
   */
  decideAuth(route: string): Fault | undefined {
    const i = this.queue.findIndex((f) => f.route !== undefined && matchesRoute(f, route));
    if (i < 0) return undefined;
    this.injected.queued++;
    return this.queue.splice(i, 1)[0];
  }

  decide(route: string, inBatch = false): Fault | undefined {
    const applies = (f: Fault) => (inBatch ? f.inBatch === true || (f.route !== undefined && f.status !== undefined) : f.inBatch !== true);
    const i = this.queue.findIndex((f) => matchesRoute(f, route) && applies(f));
    if (i >= 0) {
      this.injected.queued++;
      return this.queue.splice(i, 1)[0];
    }
    if (inBatch) return undefined;
    const r = this.rates;
    const retryAfterSeconds = r.retryAfterSeconds ?? 0;
    // One draw decides between the kinds so the rates add up as configured.
    let x = this.random();
    const pick = (rate: number | undefined): boolean => {
      if (!rate) return false;
      if (x < rate) return true;
      x -= rate;
      return false;
    };
    if (pick(r.throttleRate)) return this.count('throttle', { status: 429, retryAfterSeconds });
    if (pick(r.status503Rate)) return this.count('503', { status: 503, retryAfterSeconds });
    if (pick(r.dropRate)) return this.count('drop', { drop: 'before' });
    if (pick(r.dropAfterRate)) return this.count('dropAfter', { drop: 'after' });
    if (pick(r.slowRate)) return this.count('slow', { delayMs: r.slowMs ?? 1000 });
    return undefined;
  }

  private count(kind: FaultKind, fault: Fault): Fault {
    this.injected[kind]++;
    return fault;
  }
}

function matchesRoute(f: Fault, route: string): boolean {
  if (f.route === undefined) return true;
  return typeof f.route === 'string' ? f.route === route : f.route.test(route);
}

/** Counts requests per route label ('GET items', 'POST token', ...) so tests can count round trips. */
export class RequestLog {
  private counts = new Map<string, number>();
  private batched = new Map<string, number>();

  record(route: string, inBatch = false): void {
    const m = inBatch ? this.batched : this.counts;
    m.set(route, (m.get(route) ?? 0) + 1);
  }

  /** HTTP requests whose label matches (all Graph requests, excluding the token endpoint, when omitted). */
  count(route?: string | RegExp): number {
    let n = 0;
    for (const [label, c] of this.counts) {
      const hit = route === undefined ? !AUTH_ROUTES.has(label) : typeof route === 'string' ? label === route : route.test(label);
      if (hit) n += c;
    }
    return n;
  }

  /** Requests carried inside $batch bodies, by label. */
  batchedCount(route: string): number {
    return this.batched.get(route) ?? 0;
  }

  byRoute(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort());
  }

  reset(): void {
    this.counts.clear();
    this.batched.clear();
  }
}

export const AUTH_ROUTES = new Set(['GET openid-configuration', 'POST token']);
