/** Dates and times as people in Norway read them, always in Europe/Oslo (not the browser's zone). */
const dato = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' });
const tidspunkt = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** '2026-03-04' or an ISO time → «4. mars 2026». A plain date is read as that day, not as UTC midnight. */
export function visDato(iso: string): string {
  return dato.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso));
}

export function visTid(iso: string): string {
  return tidspunkt.format(new Date(iso));
}
