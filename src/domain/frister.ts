/**
 * Deadline arithmetic. Schools work in Europe/Oslo and do not work on Norwegian public holidays,
 * so "within three working days" must skip påske, 17. mai and jul, and must not drift by a day
 * around the DST switch. Calendar dates travel as 'YYYY-MM-DD' strings; instants as Date.
 */
import Holidays from 'date-holidays';
import { visDato, visTid } from './datovisning';

const TIDSSONE = 'Europe/Oslo';
const DAG_MS = 24 * 60 * 60 * 1000;

// Built lazily: loading the holiday rules is the only slow part, and most callers never need it.
let kalender: Holidays | undefined;
const helligdagerPerAr = new Map<number, ReadonlySet<string>>();

const osloDeler = new Intl.DateTimeFormat('en-US', {
  timeZone: TIDSSONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function erGyldigDato(dato: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dato);
  if (!m) return false;
  return tilUtc(Number(m[1]), Number(m[2]), Number(m[3])).toISOString().slice(0, 10) === dato;
}

export function osloDato(instant: Date): string {
  const d = iOslo(instant);
  return `${d.ar}-${d.maned}-${d.dag}`;
}

export function erVirkedag(dato: string): boolean {
  const d = les(dato);
  const ukedag = d.getUTCDay();
  if (ukedag === 0 || ukedag === 6) return false;
  return !helligdager(d.getUTCFullYear()).has(dato);
}

/**
 * n working days after `dato`. A date that is not a working day counts as the next working day
 * (a varsel sent on Saturday is received on Monday), so n = 0 gives that day and the result
 * never moves backwards as n grows.
 */
export function leggTilVirkedager(dato: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Antall virkedager må være et heltall ≥ 0, fikk ${n}`);
  let d = erVirkedag(dato) ? dato : nesteVirkedag(dato);
  for (let i = 0; i < n; i++) d = nesteVirkedag(d);
  return d;
}

/** The first working day strictly after `dato`. */
export function nesteVirkedag(dato: string): string {
  let d = leggTilDager(dato, 1);
  while (!erVirkedag(d)) d = leggTilDager(d, 1);
  return d;
}

/** n working days before `dato` (n ≥ 0); a date that is not a working day counts as the next working day, as in leggTilVirkedager. */
export function trekkFraVirkedager(dato: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Antall virkedager må være et heltall ≥ 0, fikk ${n}`);
  let d = erVirkedag(dato) ? dato : nesteVirkedag(dato);
  for (let i = 0; i < n; i++) {
    d = leggTilDager(d, -1);
    while (!erVirkedag(d)) d = leggTilDager(d, -1);
  }
  return d;
}

/**
 * The instant n working days after `instant`: the same Oslo clock time n working days later. From
 * a day that is not a working day (a varsel sent on Saturday) the count starts at the next working
 * day's beginning, so the frist is the end of its n-th working day.
 */
export function virkedagsfrist(instant: Date, n: number): Date {
  const dato = osloDato(instant);
  if (!erVirkedag(dato)) return osloMidnatt(leggTilVirkedager(dato, n));
  // Elapsed time since Oslo midnight: on a DST day the frist moves by that hour, which no reminder notices.
  return new Date(osloMidnatt(leggTilVirkedager(dato, n)).getTime() + (instant.getTime() - osloMidnatt(dato).getTime()));
}

/**
 * The instant `timer` working hours after `start`: only the hours between `fra` and `til` ('HH:MM',
 * Oslo wall clock) on working days count, so a night, a weekend or a holiday never counts as working time.
 */
export function arbeidstimerEtter(start: Date, timer: number, fra: string, til: string): Date {
  let igjen = timer * 3_600_000;
  let dato = osloDato(start);
  let fraTid = start.getTime();
  for (let dager = 0; dager < 400; dager++) {
    if (erVirkedag(dato)) {
      const apner = osloKlokka(dato, fra).getTime();
      const stenger = osloKlokka(dato, til).getTime();
      const begynn = Math.max(fraTid, apner);
      if (begynn < stenger) {
        if (igjen <= stenger - begynn) return new Date(begynn + igjen);
        igjen -= stenger - begynn;
      }
    }
    dato = leggTilDager(dato, 1);
    fraTid = osloMidnatt(dato).getTime();
  }
  throw new RangeError('Fant ingen arbeidstid innen et år');
}

/** The instant `klokka` ('HH:MM') on Oslo's wall clock on `dato`; on the DST days the hour the clock moved is accounted for. */
export function osloKlokka(dato: string, klokka: string): Date {
  const minutter = (k: string) => Number(k.slice(0, 2)) * 60 + Number(k.slice(3, 5));
  const gjett = new Date(osloMidnatt(dato).getTime() + minutter(klokka) * 60_000);
  return new Date(gjett.getTime() + (minutter(klokka) - minutter(osloKlokkeslett(gjett))) * 60_000);
}

/** 'HH:MM' on Oslo's wall clock. */
export function osloKlokkeslett(instant: Date): string {
  const d = iOslo(instant);
  return `${d.time}:${d.minutt}`;
}

/** Calendar days; n may be negative. */
export function leggTilDager(dato: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Antall dager må være et heltall, fikk ${n}`);
  return new Date(les(dato).getTime() + n * DAG_MS).toISOString().slice(0, 10);
}

/**
 * Working days in (fra, til]: how many working days have passed from `fra` to `til`, so that
 * virkedagerMellom(d, leggTilVirkedager(d, n)) === n for a working day d. Negative when til < fra.
 */
export function virkedagerMellom(fra: string, til: string): number {
  les(fra);
  les(til);
  if (til < fra) return -virkedagerMellom(til, fra);
  let antall = 0;
  for (let d = leggTilDager(fra, 1); d <= til; d = leggTilDager(d, 1)) if (erVirkedag(d)) antall++;
  return antall;
}

/** The instant 00:00 in Oslo on `dato`. Oslo switches DST at 02:00/03:00, so midnight always exists once. */
export function osloMidnatt(dato: string): Date {
  const utcMidnatt = les(dato).getTime();
  // Oslo switches at 01:00 UTC, after UTC midnight, so the offset at UTC midnight is the one in
  // force at Oslo midnight; the second pass checks that guess against the instant itself.
  const forsok = utcMidnatt - forskyvning(new Date(utcMidnatt));
  return new Date(utcMidnatt - forskyvning(new Date(forsok)));
}

/** A calendar date as the house writes it (07.12.2026); refuses an impossible date. */
export function formaterDato(dato: string): string {
  les(dato);
  return visDato(dato);
}

/** An instant as the house writes it (07.12.2026 kl. 10:12, Oslo time); `kl` as in visTid. */
export function formaterTid(instant: Date, kl?: string): string {
  return visTid(instant, kl);
}

function helligdager(ar: number): ReadonlySet<string> {
  let dager = helligdagerPerAr.get(ar);
  if (!dager) {
    kalender ??= new Holidays('NO');
    // Only 'public' days are days off; julaften and nyttårsaften are 'bank' and schools may be open.
    dager = new Set(
      kalender
        .getHolidays(ar)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    helligdagerPerAr.set(ar, dager);
  }
  return dager;
}

/** How far Oslo's wall clock is ahead of UTC at `instant`, in ms. */
function forskyvning(instant: Date): number {
  const d = iOslo(instant);
  const vegg = Date.UTC(Number(d.ar), Number(d.maned) - 1, Number(d.dag), Number(d.time), Number(d.minutt), Number(d.sekund));
  return vegg - Math.floor(instant.getTime() / 1000) * 1000;
}

function iOslo(instant: Date): { ar: string; maned: string; dag: string; time: string; minutt: string; sekund: string } {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Ugyldig tidspunkt');
  const deler: Record<string, string> = {};
  for (const del of osloDeler.formatToParts(instant)) deler[del.type] = del.value;
  const hent = (type: string): string => deler[type] ?? '';
  return { ar: hent('year').padStart(4, '0'), maned: hent('month'), dag: hent('day'), time: hent('hour'), minutt: hent('minute'), sekund: hent('second') };
}

function les(dato: string): Date {
  if (!erGyldigDato(dato)) throw new RangeError(`Ugyldig dato: «${dato}» (forventet ÅÅÅÅ-MM-DD)`);
  const [ar, maned, dag] = dato.split('-').map(Number) as [number, number, number];
  return tilUtc(ar, maned, dag);
}

function tilUtc(ar: number, maned: number, dag: number): Date {
  const d = new Date(Date.UTC(ar, maned - 1, dag));
  // Date.UTC maps years 0–99 to 1900–1999; set the year again so '0099-01-01' is not 1999.
  d.setUTCFullYear(ar);
  return d;
}
