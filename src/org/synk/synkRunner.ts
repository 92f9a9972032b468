/**
 * Runs the Entra sync on a timer (daily by default: staff appear within a day) and on demand.
 * Runs never overlap. After each run the app's organisation is read again, which is also how an
 * instance sees changes another instance made. A failed run is logged and tried at the next tick.
 */
import type { Logger } from '../../logging';
import type { Store } from '../../store/port';
import type { OrgRegister } from '../register';
import { synkroniser, type SynkResultat } from './entraSynk';
import type { Katalog } from './katalog';

export class SynkRunner {
  private running: Promise<SynkResultat | undefined> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly d: { store: Store; katalog: Katalog; register: OrgRegister; log: Logger; naa: () => Date },
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.kjor(), this.intervalMs);
    this.timer.unref();
    void this.kjor();
  }

  /** One sync now (or the one already running); undefined when it failed (and was logged). */
  kjor(): Promise<SynkResultat | undefined> {
    this.running ??= this.enGang().finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async enGang(): Promise<SynkResultat | undefined> {
    try {
      const r = await synkroniser(this.d.store, this.d.katalog, this.d.naa());
      await this.d.register.last();
      this.d.log.info(r, 'organisasjon synkronisert fra Entra ID');
      return r;
    } catch (e) {
      this.d.log.warn({ err: { name: (e as Error).name, code: (e as { code?: string }).code, message: (e as Error).message } }, 'synkronisering fra Entra ID feilet');
      return undefined;
    }
  }
}
