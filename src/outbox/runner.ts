/**
 * Runs the outbox dispatcher: on a timer, and at once when a use case has queued something
 * (kick). Runs never overlap; a kick during a run causes one more run right after it.
 */
import type { Logger } from '../logging';

export interface Runnable {
  runOnce(): Promise<{ delivered: number; projected: number; retried: number }>;
}

/** Back-to-back runs per kick when each run delivers something. */
const MAKS_RUNDER = 5;

export class OutboxRunner {
  private running: Promise<void> | undefined;
  private planlagt: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dispatcher: Runnable,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.kick(), this.intervalMs);
    this.timer.unref();
    this.kick();
  }

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
  }

  /**
   * A kick once the current I/O callbacks are done (setImmediate): the response a person waits for
   * goes out first, since the dispatcher's first steps are synchronous SQLite work.
   */
  kickSoon(): void {
    this.planlagt ??= new Promise((r) =>
      setImmediate(() => {
        this.planlagt = undefined;
        this.kick();
        r();
      }),
    );
  }

  /** Resolves when no run is in progress or about to start (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running || this.planlagt) {
      await this.planlagt;
      await this.running;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  private async loop(): Promise<void> {
    let runder = 0;
    do {
      this.again = false;
      try {
        const r = await this.dispatcher.runOnce();
        if (r.delivered + r.projected + r.retried > 0) this.log.debug(r, 'utboks kjørt');
        // A delivery may queue more (the next receiver in line, card updates): run again at once,
        // up to a bound, rather than leave them to the next tick.
        if (r.delivered > 0 && ++runder < MAKS_RUNDER) this.again = true;
      } catch (e) {
        // The store may be briefly unavailable; the entries stay on their items and the next run retries.
        this.log.warn({ err: { name: (e as Error).name, code: (e as { code?: string }).code } }, 'utboks-kjøring feilet');
      }
    } while (this.again);
  }
}
