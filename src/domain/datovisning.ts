/**
 * Dates as the house writes them, everywhere a person reads one (tab, letters, PDF, cards):
 * 07.12.2026, and 07.12.2026 kl. 10:12 where a time is shown — always in Europe/Oslo, never the
 * browser's or server's zone. Pure and without the holiday rules, so the tab can bundle it.
 */
const deler = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function iOslo(instant: Date): Record<string, string> {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Ugyldig tidspunkt');
  return Object.fromEntries(deler.formatToParts(instant).map((d) => [d.type, d.value]));
}

const KALENDERDATO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-12-07' (a calendar date, read as that day) or an ISO instant (its day in Oslo) → «07.12.2026». */
export function visDato(iso: string): string {
  const m = KALENDERDATO.exec(iso);
  if (m) return `${m[3]}.${m[2]}.${m[1]}`;
  const d = iOslo(new Date(iso));
  return `${d.day}.${d.month}.${d.year}`;
}

/**
 * An instant → «07.12.2026 kl. 10:12» (Oslo time); a calendar date alone → «07.12.2026». `kl` is the
 * word before the time in the reader's language (the catalog's `betegnelser.KLOKKA`, «at» in English),
 * passed in so the domain stays free of the catalog; «kl.» (bokmål and nynorsk) for records.
 */
export function visTid(iso: string | Date, kl = 'kl.'): string {
  if (typeof iso === 'string' && KALENDERDATO.test(iso)) return visDato(iso);
  const d = iOslo(typeof iso === 'string' ? new Date(iso) : iso);
  return `${d.day}.${d.month}.${d.year} ${kl} ${d.hour}:${d.minute}`;
}
