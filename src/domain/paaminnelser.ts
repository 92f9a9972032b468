/**
 * When each reminder and escalation is due: pure rules over dates, the municipality's limits and
 * the Oslo calendar (frister.ts). The sweep asks these; who receives what is the app's decision.
 *
 * A reminder is identified by (type, thing, dag). `dag` is the day the reminder belongs to, not
 * the day it happens to be sent: a one-off (three days before, rektor at five days overdue, a
 * varsel escalation) keeps its dag, so a sweep that runs late, or twice, or in two processes,
 * finds the same reminder and claims it once; a daily one (overdue) has today as its dag.
 */
import { arbeidstimerEtter, erVirkedag, leggTilDager, leggTilVirkedager, osloDato, osloKlokkeslett, trekkFraVirkedager, virkedagerMellom, virkedagsfrist } from './frister';
import { skolearFor } from './bekreftelse';
import type { Fristinnstillinger } from './fristinnstillinger';

export const PAAMINNELSE_TYPER = [
  'evaluering_snart',
  'evaluering_i_dag',
  'evaluering_forfalt',
  'evaluering_rektor',
  'varsel_ikke_mottatt',
  'varsel_kommunalsjef',
  'undersokelse_ikke_startet',
  /** §12-5: the investigation of a «straks» case not started after the municipality's working hours: rektor, then kommunalsjef. */
  'undersokelse_straks_rektor',
  'undersokelse_straks_kommunalsjef',
  /** §12-5: no aktivitetsplan in force the municipality's working hours after the investigation started: rektor, then kommunalsjef. */
  'tiltak_straks_rektor',
  'tiltak_straks_kommunalsjef',
  /** An employee who has not confirmed «jeg er kjent med pliktene» this school year (the weekly round). */
  'bekreftelse_mangler',
  /** Rektor's weekly summary of who at the school has not confirmed. */
  'bekreftelse_oversikt',
  /** Rektor's «Send påminnelse» on the tab's Bekreftelser page: at most one a day per school. */
  'bekreftelse_rektor',
  /** A kommunalsjef, a municipal case worker or a rektor named or removed: told to the kommunalsjefer (src/app/org/rolleendring.ts). */
  'rolleendring',
  /** A checkpoint of the årshjul coming up, not yet done at the school: rektor, once (src/app/skolear/sjekkpunktPaaminnelser.ts). */
  'sjekkpunkt_snart',
  /** The yearly revision of the internkontroll, to each school's rektor once a school year (src/app/revisjon). */
  'revisjon',
] as const;
export type PaaminnelseType = (typeof PAAMINNELSE_TYPER)[number];

/** The reminders not about a case (the duties, role changes, the årshjul, the revision): a case's rules never apply to them. */
const UTEN_SAK = ['bekreftelse_mangler', 'bekreftelse_oversikt', 'bekreftelse_rektor', 'rolleendring', 'sjekkpunkt_snart', 'revisjon'] as const satisfies readonly PaaminnelseType[];
export type SakensPaaminnelseType = Exclude<PaaminnelseType, (typeof UTEN_SAK)[number]>;
/** Whether a reminder is about a case; narrows the type so a switch over a case's reminders stays exhaustive. */
export const gjelderSak = (type: PaaminnelseType): type is SakensPaaminnelseType => !(UTEN_SAK as readonly PaaminnelseType[]).includes(type);

export interface Forfall {
  type: PaaminnelseType;
  /** YYYY-MM-DD the reminder belongs to (see the file's comment). */
  dag: string;
  /** «Straks» (§12-5): sent at any hour of any day. */
  straks: boolean;
}

const HOUR_MS = 3_600_000;

/** Whether a reminder may go out now: «straks» always; the rest on working days within working hours. */
export function kanSendesNa(forfall: Pick<Forfall, 'straks'>, naa: Date, f: Fristinnstillinger): boolean {
  if (forfall.straks) return true;
  if (!erVirkedag(osloDato(naa))) return false;
  const klokka = osloKlokkeslett(naa);
  return klokka >= f.arbeidstidFra && klokka < f.arbeidstidTil;
}

/**
 * An evaluation date's reminders due today. A date on a day off counts as the next working day,
 * as the school would hold it. On days off nothing is due: the daily overdue reminder is for
 * working days, and the one-offs wait for the next working day (their dag stays the same).
 */
export function evalueringForfall(evalueringsdato: string, naa: Date, f: Fristinnstillinger): Forfall[] {
  const idag = osloDato(naa);
  if (!erVirkedag(idag)) return [];
  const dato = leggTilVirkedager(evalueringsdato, 0);
  const igjen = virkedagerMellom(idag, dato);
  if (igjen > 0) {
    return igjen <= f.evalueringVarselForVirkedager ? [ikkeStraks('evaluering_snart', trekkFraVirkedager(dato, f.evalueringVarselForVirkedager))] : [];
  }
  if (igjen === 0) return [ikkeStraks('evaluering_i_dag', dato)];
  const forfalt: Forfall[] = [ikkeStraks('evaluering_forfalt', idag)];
  if (-igjen >= f.evalueringRektorEtterVirkedager) {
    forfalt.push(ikkeStraks('evaluering_rektor', leggTilVirkedager(dato, f.evalueringRektorEtterVirkedager)));
  }
  return forfalt;
}

/**
 * The latest evaluation date whose reminders may be due today: the sweep reads plans with a next
 * evaluation on or before this day (an indexed query), so it reads only what is due.
 */
export function evalueringHorisont(naa: Date, f: Fristinnstillinger): string {
  return leggTilVirkedager(osloDato(naa), f.evalueringVarselForVirkedager);
}

/** A varsel not yet received (status 'ny'), sent at `sendt`: its escalations due now. */
export function varselForfall(sendt: Date, straks: boolean, naa: Date, f: Fristinnstillinger): Forfall[] {
  const frister = straks
    ? [
        { type: 'varsel_ikke_mottatt' as const, frist: new Date(sendt.getTime() + f.straksPaNyttEtterTimer * HOUR_MS) },
        { type: 'varsel_kommunalsjef' as const, frist: new Date(sendt.getTime() + f.straksKommunalsjefEtterTimer * HOUR_MS) },
      ]
    : [
        { type: 'varsel_ikke_mottatt' as const, frist: virkedagsfrist(sendt, f.varselPaNyttEtterVirkedager) },
        { type: 'varsel_kommunalsjef' as const, frist: virkedagsfrist(sendt, f.varselKommunalsjefEtterVirkedager) },
      ];
  return frister.filter((x) => naa >= x.frist).map((x) => ({ type: x.type, dag: osloDato(x.frist), straks }));
}

/**
 * A received case whose investigation has not started (status 'mottatt'), received at `mottatt`.
 * A «straks» case (§12-5) runs on working hours: rektor is reminded, then the kommunalsjef told,
 * and the usual reminder comes after its own (shorter) number of working days.
 */
export function undersokelseForfall(mottatt: Date, naa: Date, f: Fristinnstillinger, straks = false): Forfall[] {
  if (!straks) {
    const frist = virkedagsfrist(mottatt, f.undersokelseInnenVirkedager);
    return naa >= frist ? [ikkeStraks('undersokelse_ikke_startet', osloDato(frist))] : [];
  }
  const frister = [
    { type: 'undersokelse_straks_rektor' as const, frist: arbeidstimerEtter(mottatt, f.straksUndersokelseRektorEtterTimer, f.arbeidstidFra, f.arbeidstidTil) },
    { type: 'undersokelse_straks_kommunalsjef' as const, frist: arbeidstimerEtter(mottatt, f.straksUndersokelseKommunalsjefEtterTimer, f.arbeidstidFra, f.arbeidstidTil) },
    { type: 'undersokelse_ikke_startet' as const, frist: virkedagsfrist(mottatt, f.straksUndersokelseInnenVirkedager) },
  ];
  return frister.filter((x) => naa >= x.frist).map((x) => ({ type: x.type, dag: osloDato(x.frist), straks: true }));
}

/**
 * A «straks» case (§12-5) whose investigation started at `startet` and that has no aktivitetsplan in
 * force yet: tiltak run on working hours too, by the same clock as the investigation (arbeidstimerEtter).
 */
export function tiltakForfall(startet: Date, naa: Date, f: Fristinnstillinger): Forfall[] {
  return [
    { type: 'tiltak_straks_rektor' as const, frist: arbeidstimerEtter(startet, f.straksTiltakRektorEtterTimer, f.arbeidstidFra, f.arbeidstidTil) },
    { type: 'tiltak_straks_kommunalsjef' as const, frist: arbeidstimerEtter(startet, f.straksTiltakKommunalsjefEtterTimer, f.arbeidstidFra, f.arbeidstidTil) },
  ]
    .filter((x) => naa >= x.frist)
    .map((x) => ({ type: x.type, dag: osloDato(x.frist), straks: true }));
}

/**
 * The bekreftelse round due now: from the school year's start and then every `bekreftelseHverNteDag`
 * days, staff who have not confirmed for this school year are asked again. `dag` is the round's
 * first day, so a round that starts on a Saturday goes out on Monday, once.
 */
export function bekreftelseForfall(naa: Date, f: Fristinnstillinger): Forfall & { skolear: string } {
  const idag = osloDato(naa);
  const skolear = skolearFor(naa, f);
  const dager = kalenderdagerMellom(skolear.start, idag);
  const runde = Math.floor(dager / f.bekreftelseHverNteDag);
  return { type: 'bekreftelse_mangler', dag: leggTilDager(skolear.start, runde * f.bekreftelseHverNteDag), straks: false, skolear: skolear.navn };
}

/** Calendar days from `fra` to `til` (YYYY-MM-DD; UTC midnights, so no DST hour in between). */
function kalenderdagerMellom(fra: string, til: string): number {
  return Math.round((Date.parse(`${til}T00:00:00Z`) - Date.parse(`${fra}T00:00:00Z`)) / 86_400_000);
}

function ikkeStraks(type: PaaminnelseType, dag: string): Forfall {
  return { type, dag, straks: false };
}
