/**
 * Runs the Entra sync on a timer (daily by default: staff appear within a day) and on demand from
 * the admin page. Runs never overlap: a click while a run is going joins it, and the same click sent
 * twice (its request id) is one run even when the first has already finished. After each run the
 * app's organisation is read again, which is also how an instance sees changes another instance
 * made. A failed run is logged, noted in the store for the admin page, and tried at the next tick.
 */
import type { Logger } from '../../logging';
import type { Store } from '../../store/port';
import type { SyncFeilGrunn, SyncStarter } from '../data';
import { StoreUnavailableError } from '../../store/port';
import { getSync, saveSync } from '../orgRepo';
import type { OrgRegister } from '../register';
import { synkroniser, type SyncResultat } from './entraSync';
import { KatalogFeil, type Katalog } from './katalog';

/** How many request ids are remembered (a double click, a retried request). */
const HUSKEDE_FORESPORSLER = 20;

export class SyncRunner {
  private running: Promise<SyncResultat | undefined> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly foresporsler = new Map<string, Promise<SyncResultat | undefined>>();

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
  kjor(av: SyncStarter = 'tidsplan'): Promise<SyncResultat | undefined> {
    this.running ??= this.enGang(av).finally(() => (this.running = undefined));
    return this.running;
  }

  /** A run asked for by a person: the same request id again is the run it started, never a second one. */
  kjorFor(foresporsel: string, av: SyncStarter): Promise<SyncResultat | undefined> {
    const kjent = this.foresporsler.get(foresporsel);
    if (kjent) return kjent;
    const kjoring = this.kjor(av);
    this.foresporsler.set(foresporsel, kjoring);
    for (const eldste of this.foresporsler.keys()) {
      if (this.foresporsler.size <= HUSKEDE_FORESPORSLER) break;
      this.foresporsler.delete(eldste);
    }
    return kjoring;
  }

  get kjorer(): boolean {
    return this.running !== undefined;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async enGang(av: SyncStarter): Promise<SyncResultat | undefined> {
    const start = this.d.naa();
    try {
      const r = await synkroniser(this.d.store, this.d.katalog, start, av);
      await this.d.register.last();
      this.d.log.info(r, 'organisasjon synkronisert fra Entra ID');
      return r;
    } catch (e) {
      this.d.log.warn({ err: { name: (e as Error).name, code: (e as { code?: string }).code, message: (e as Error).message } }, 'synkronisering fra Entra ID feilet');
      await this.noterFeil(start, syncFeilGrunn(e));
      return undefined;
    }
  }

  /** The admin page says the last attempt failed; the delta links stay, so the next run repeats it harmlessly. */
  private async noterFeil(start: Date, grunn: SyncFeilGrunn): Promise<void> {
    try {
      const stored = await getSync(this.d.store);
      await saveSync(this.d.store, { ...(stored?.data ?? { kjeder: [] }), sistFeilet: start.toISOString(), sistFeilGrunn: grunn }, stored);
    } catch {
      // The store itself may be what failed; the log line above is the record then.
    }
  }
}

/** What an administrator can do about a failed run: grant the permission, fix the group, or wait for Graph. */
export function syncFeilGrunn(e: unknown): SyncFeilGrunn {
  if (e instanceof StoreUnavailableError) return 'utilgjengelig';
  if (!(e instanceof KatalogFeil)) return 'ukjent';
  if (e.status === 401 || e.status === 403) return 'tillatelse';
  if (e.status === 404) return 'ikke_funnet';
  return e.status === 429 || e.status >= 500 ? 'utilgjengelig' : 'ukjent';
}
