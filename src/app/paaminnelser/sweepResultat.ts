/**
 * What a reminder sweep counts and which claims it remembers: its own file so the sweep (sveip.ts)
 * and its weekly bekreftelse round (bekreftelser.ts) both use them without importing each other.
 */
export interface SweepResultat {
  /** Reminders this sweep claimed (and queued for delivery). */
  sendt: number;
  /** Due reminders another sweep had already claimed. */
  alleredeSendt: number;
  /** Due reminders held back until working hours. */
  venter: number;
  /** The weekly bekreftelse round (bekreftelser.ts), counted apart: one per person who has not confirmed, and rektor's summaries. */
  bekreftelser: { sendt: number; alleredeSendt: number };
}

/**
 * Keys this process already saw claimed: a sweep every few minutes does not try them again. A
 * restarted process tries each once more, and the store refuses it. Bounded, so it cannot grow forever.
 */
export class KjenteKrav {
  private readonly nokler = new Set<string>();
  constructor(private readonly maks = 200_000) {}
  har(n: string): boolean {
    return this.nokler.has(n);
  }
  legg(n: string): void {
    if (this.nokler.size >= this.maks) this.nokler.clear();
    this.nokler.add(n);
  }
}
