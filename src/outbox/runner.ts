/**
 * Runs the outbox dispatcher: a pass over the lists on a timer (skipping lists known to have
 * nothing pending), and at once when a use case has written something (kick). A kick that names
 * the item just written delivers that item straight away — it never waits behind a pass, and
 * needs no query to find it. A kick without an item starts a full pass; passes never overlap, and
 * such a kick during one causes one more right after it.
 */
import type { Logger } from '../logging';
import type { Item } from '../store/port';
import type { Envelope } from '../store/envelope';
import type { ListName } from '../store/schema';
import { HJERTESLAG_MS } from './hjerteslag';

type Counts = { delivered: number; projected: number; retried: number };

export interface Runnable {
  runOnce(opts?: { idle?: boolean }): Promise<Counts>;
  deliverItem(list: ListName, item: Item<Envelope<unknown>>): Promise<Counts>;
  markPending(list?: ListName): void;
  /** Writes this process's heartbeat and learns which peers are gone (hjerteslag.ts). */
  hjerteslag?(): Promise<void>;
}

/** What a use case just wrote, handed to the dispatcher with the kick. */
export interface Skrevet {
  list: ListName;
  item: Item<Envelope<unknown>>;
}

export class OutboxRunner {
  private running: Promise<void> | undefined;
  private planlagt: Promise<void> | undefined;
  private planlagtFull = false;
  private readonly planlagteElementer: Skrevet[] = [];
  private readonly elementer = new Set<Promise<void>>();
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private slag: NodeJS.Timeout | undefined;

  constructor(
    private readonly dispatcher: Runnable,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.pass(true), this.intervalMs);
    this.timer.unref();
    if (this.dispatcher.hjerteslag) {
      const slag = () => void this.dispatcher.hjerteslag?.().catch((e: unknown) => this.warn(e));
      this.slag ??= setInterval(slag, HJERTESLAG_MS);
      this.slag.unref();
      slag();
    }
    // A full pass at start: it takes over at once what an earlier run of this instance left claimed.
    this.kick();
  }

  /** Delivers `skrevet` now, or (without it) starts a full pass. */
  kick(skrevet?: Skrevet): void {
    if (skrevet) {
      this.deliver(skrevet);
      return;
    }
    this.dispatcher.markPending();
    this.pass(false);
  }

  /**
   * A kick once the current I/O callbacks are done (setImmediate): the response a person waits for
   * goes out first, since the dispatcher's first steps may be synchronous SQLite work.
   */
  kickSoon(skrevet?: Skrevet): void {
    if (skrevet) this.planlagteElementer.push(skrevet);
    else this.planlagtFull = true;
    this.planlagt ??= new Promise((r) =>
      setImmediate(() => {
        this.planlagt = undefined;
        const elementer = this.planlagteElementer.splice(0);
        const full = this.planlagtFull;
        this.planlagtFull = false;
        for (const s of elementer) this.kick(s);
        if (full) this.kick();
        r();
      }),
    );
  }

  /** Resolves when no run is in progress or about to start (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running || this.planlagt || this.elementer.size > 0) {
      await this.planlagt;
      await this.running;
      await Promise.all([...this.elementer]);
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.slag) clearInterval(this.slag);
    this.timer = undefined;
    this.slag = undefined;
    await this.idle();
  }

  private deliver(s: Skrevet): void {
    const p: Promise<void> = this.dispatcher
      .deliverItem(s.list, s.item)
      .then((r) => {
        if (r.delivered + r.projected + r.retried > 0) this.log.debug({ ...r, list: s.list, itemId: s.item.id }, 'utboks levert for element');
      })
      .catch((e: unknown) => this.warn(e))
      .finally(() => this.elementer.delete(p));
    this.elementer.add(p);
  }

  private pass(idle: boolean): void {
    if (this.running) {
      // A timer tick during a pass adds nothing; a kick asks for one more pass.
      if (!idle) this.again = true;
      return;
    }
    this.running = this.loop(idle).finally(() => (this.running = undefined));
  }

  private async loop(idle: boolean): Promise<void> {
    do {
      this.again = false;
      try {
        const r = await this.dispatcher.runOnce({ idle });
        if (r.delivered + r.projected + r.retried > 0) this.log.debug(r, 'utboks kjørt');
      } catch (e) {
        this.warn(e);
      }
      idle = false;
    } while (this.again);
  }

  /** The store may be briefly unavailable; the entries stay on their items and the next run retries. */
  private warn(e: unknown): void {
    this.log.warn({ err: { name: (e as Error).name, code: (e as { code?: string }).code } }, 'utboks-kjøring feilet');
  }
}
