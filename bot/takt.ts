/**
 * Paces proactive sends to Teams' limits for a bot: at most 7 messages per second in one
 * conversation, and about 50 requests per second for the app in a tenant. A thousand reminders at
 * the start of the school year then go out over some twenty seconds instead of in a burst that
 * Teams throttles (429). A 429 that comes anyway is the connector's and the outbox's to wait out
 * (connectorHttp.ts waits a short Retry-After within the call; a long one becomes the entry's notBefore).
 *
 * Slots are handed out in order (each send's slot is at or after the previous one), so concurrent
 * callers never race for the same slot. Per process: several app instances each keep their own pace.
 */
export interface TaktValg {
  perSamtale?: number;
  totalt?: number;
  /** The window both limits count in. */
  vinduMs?: number;
  naa?: () => number;
  sov?: (ms: number) => Promise<void>;
}

export const TEAMS_GRENSER = { perSamtale: 7, totalt: 50, vinduMs: 1000 } as const;

export class Takt {
  private readonly perSamtale: number;
  private readonly totalt: number;
  private readonly vinduMs: number;
  private readonly naa: () => number;
  private readonly sov: (ms: number) => Promise<void>;
  /** Slots handed out in the last window, in order (all of them, and per conversation). */
  private readonly alle: number[] = [];
  private readonly samtaler = new Map<string, number[]>();
  private sist = 0;

  constructor(v: TaktValg = {}) {
    this.perSamtale = v.perSamtale ?? TEAMS_GRENSER.perSamtale;
    this.totalt = v.totalt ?? TEAMS_GRENSER.totalt;
    this.vinduMs = v.vinduMs ?? TEAMS_GRENSER.vinduMs;
    this.naa = v.naa ?? Date.now;
    this.sov = v.sov ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Waits for this send's slot and returns it. `samtale` is the conversation id; undefined for a request that opens one. */
  async vent(samtale?: string): Promise<number> {
    const naa = this.naa();
    const egne = samtale === undefined ? undefined : this.samtaler.get(samtale) ?? [];
    let t = Math.max(naa, this.sist);
    t = Math.max(t, this.ledigEtter(this.alle, this.totalt));
    if (egne) t = Math.max(t, this.ledigEtter(egne, this.perSamtale));
    this.sist = t;
    this.legg(this.alle, t);
    if (egne && samtale !== undefined) {
      this.legg(egne, t);
      this.samtaler.set(samtale, egne);
    }
    this.rydd(naa);
    if (t > naa) await this.sov(t - naa);
    return t;
  }

  /** The earliest time one more slot fits in `spor` without `grense` slots in one window. */
  private ledigEtter(spor: number[], grense: number): number {
    return spor.length < grense ? 0 : spor[spor.length - grense]! + this.vinduMs;
  }

  private legg(spor: number[], t: number): void {
    spor.push(t);
  }

  /** Forgets slots older than a window, so memory follows the sends of the last second. */
  private rydd(naa: number): void {
    const grense = naa - this.vinduMs;
    while (this.alle.length > 0 && this.alle[0]! <= grense) this.alle.shift();
    for (const [id, spor] of this.samtaler) {
      while (spor.length > 0 && spor[0]! <= grense) spor.shift();
      if (spor.length === 0) this.samtaler.delete(id);
    }
  }
}
