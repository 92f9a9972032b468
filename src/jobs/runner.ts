/**
 * Runs the reminder sweep (src/app/paaminnelser/sweep.ts) on an interval inside the app, and on
 * demand (POST /api/jobs/sweep, `npm run sweep`). Built like the outbox runner: runs never
 * overlap in one process (a request during a run waits for it and gets its result), and several
 * processes may sweep at once — the store's conditional write claims each reminder once.
 */
import type { Logger } from '../logging';
import type { SveipResultat } from '../app/paaminnelser/sweep';

export class SweepRunner {
  private running: Promise<SveipResultat> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sweep: () => Promise<SveipResultat>,
    /** Called after a sweep that queued reminders, so the outbox delivers them now rather than at its next tick. */
    private readonly queued: () => void,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.runOnce().catch(() => undefined), this.intervalMs);
    this.timer.unref();
  }

  /** One sweep; joins the one in progress instead of starting a second. Throws what the sweep threw (logged). */
  runOnce(): Promise<SveipResultat> {
    this.running ??= this.sweep()
      .then((r) => {
        if (r.sendt + r.bekreftelser.sendt > 0) {
          this.log.info(r, 'påminnelser sendt til utboksen');
          this.queued();
        }
        return r;
      })
      .catch((e: unknown) => {
        // The store may be briefly unavailable; nothing was claimed that is not delivered, and the next sweep tries again.
        this.log.warn({ err: { name: (e as Error).name, code: (e as { code?: string }).code } }, 'påminnelsessveip feilet');
        throw e;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
