/**
 * The municipality's school calendar as the use cases read it: the stored skolerute of a school
 * year, or the default where none is stored. Read from the store and kept a few minutes per store,
 * so a plan's page can show its default evaluation date without a read of its own; a save in this
 * process replaces the kept copy at once (another process sees it within KEEP_MS).
 */
import { osloDato } from '../../domain/frister';
import { erSommerferie, skoledagFra, skolearForDato, standardSkolerute, type Skolerute } from '../../domain/skolerute';
import type { Store } from '../../store/port';
import { getHelhet } from '../../store/skolearRepo';
import { skolearTekster } from '../../i18n/aktiv';
import type { AppKontekst } from '../kontekst';

const KEEP_MS = 5 * 60_000;
const kept = new WeakMap<Store, Map<string, { rute: Skolerute | undefined; version: string | undefined; at: number }>>();

function hylle(store: Store) {
  let h = kept.get(store);
  if (!h) kept.set(store, (h = new Map()));
  return h;
}

/** The next school year's name ('2026-2027' → '2027-2028'). */
export function nesteSkolear(skolear: string): string {
  const ar = Number(skolear.slice(0, 4)) + 1;
  return `${ar}-${ar + 1}`;
}

/** The stored skolerute of a year with its version, or undefined (the default applies). */
export async function lesSkolerute(store: Store, skolear: string): Promise<{ rute: Skolerute; version: string } | undefined> {
  const item = await getHelhet(store, 'skolerute', skolear);
  hylle(store).set(skolear, { rute: item?.data, version: item?.version, at: Date.now() });
  return item ? { rute: item.data, version: item.version } : undefined;
}

/** After a save: this process's copy is the saved one. */
export function husk(store: Store, route: Skolerute, version: string): void {
  hylle(store).set(route.skolear, { rute: route, version, at: Date.now() });
}

/** Reads this school year's and the next one's calendar (unless kept fresh), for ruteFor to answer without I/O. */
export async function lastKalender(ktx: AppKontekst): Promise<void> {
  const na = skolearForDato(osloDato(ktx.naa()));
  const h = hylle(ktx.store);
  await Promise.all(
    [na, nesteSkolear(na)].filter((ar) => {
      const k = h.get(ar);
      return !k || Date.now() - k.at > KEEP_MS;
    }).map((ar) => lesSkolerute(ktx.store, ar)),
  );
}

/** The calendar of a school year as last read (the default where none is stored or none was read). */
export function ruteFor(ktx: Pick<AppKontekst, 'store'>): (skolear: string) => Skolerute {
  const h = hylle(ktx.store);
  return (skolear) => h.get(skolear)?.rute ?? standardSkolerute(skolear);
}

/** `dato` or the next school day, by the calendars last read (lastKalender first). */
export function skoledagI(ktx: Pick<AppKontekst, 'store'>): (dato: string) => string {
  const route = ruteFor(ktx);
  return (dato) => skoledagFra(dato, route);
}

/** Whether today is in the summer holiday by the municipality's skolerute (the weekly rounds pause). */
export async function iSommerferien(ktx: AppKontekst): Promise<boolean> {
  await lastKalender(ktx);
  const idag = osloDato(ktx.naa());
  return erSommerferie(ruteFor(ktx)(skolearForDato(idag)), idag);
}

/** Which calendar a date's school year followed, for the documentation (the stored one, or the default). */
export async function kalenderTekst(ktx: AppKontekst, dato: string): Promise<string> {
  const skolear = skolearForDato(dato);
  const stored = await lesSkolerute(ktx.store, skolear);
  return skolearTekster.dokumentasjon(skolearTekster.kilde[stored?.rute.kilde ?? 'standard'], skolear);
}
