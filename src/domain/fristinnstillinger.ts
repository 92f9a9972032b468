/**
 * The limits reminders and escalations follow, set per municipality (kommune.frister in the
 * organisation file). Every field has the default the product's brief names, so a municipality
 * sets only what it wants different.
 */
import { z } from 'zod';

export interface Fristinnstillinger {
  /** The evaluation owner is reminded this many working days before the evaluation date. */
  evalueringVarselForVirkedager: number;
  /** Rektor is told when an evaluation is this many working days overdue. */
  evalueringRektorEtterVirkedager: number;
  /** A varsel not received within this many working days goes to its receivers again. */
  varselPaNyttEtterVirkedager: number;
  /** … and after this many, the kommunalsjef is told. */
  varselKommunalsjefEtterVirkedager: number;
  /** §12-5 («straks»): the same two steps counted in hours, at any hour of any day. */
  straksPaNyttEtterTimer: number;
  straksKommunalsjefEtterTimer: number;
  /** An investigation not started this many working days after receipt reminds saksansvarlig and rektor. */
  undersokelseInnenVirkedager: number;
  /** §12-5 («straks»): the investigation is started within this many working days of receipt … */
  straksUndersokelseInnenVirkedager: number;
  /** … rektor is reminded after this many working hours (nights and days off never count) … */
  straksUndersokelseRektorEtterTimer: number;
  /** … and the kommunalsjef is told after this many. */
  straksUndersokelseKommunalsjefEtterTimer: number;
  /**
   * §12-5 («straks»): tiltak too run on working hours, counted from when the investigation started
   * until an aktivitetsplan is in force (or the case is closed): rektor is reminded after this many …
   */
  straksTiltakRektorEtterTimer: number;
  /** … and the kommunalsjef is told after this many. */
  straksTiltakKommunalsjefEtterTimer: number;
  /** 'MM-DD': the school year starts here; bekreftelser are asked for from this day, weekly. */
  skolearStart: string;
  /** Days between two bekreftelse reminders. */
  bekreftelseHverNteDag: number;
  /** 'HH:MM': reminders other than «straks» go out only in this window on working days. */
  arbeidstidFra: string;
  arbeidstidTil: string;
}

export const STANDARD_FRISTER: Fristinnstillinger = {
  evalueringVarselForVirkedager: 3,
  evalueringRektorEtterVirkedager: 5,
  varselPaNyttEtterVirkedager: 1,
  varselKommunalsjefEtterVirkedager: 2,
  straksPaNyttEtterTimer: 1,
  straksKommunalsjefEtterTimer: 2,
  undersokelseInnenVirkedager: 5,
  straksUndersokelseInnenVirkedager: 1,
  straksUndersokelseRektorEtterTimer: 4,
  straksUndersokelseKommunalsjefEtterTimer: 8,
  straksTiltakRektorEtterTimer: 8,
  straksTiltakKommunalsjefEtterTimer: 16,
  skolearStart: '08-15',
  bekreftelseHverNteDag: 7,
  arbeidstidFra: '07:30',
  arbeidstidTil: '16:30',
};

const KLOKKESLETT = /^([01]\d|2[0-3]):[0-5]\d$/;
const MANED_DAG = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const antall = (standard: number, min: number, max: number) => z.number().int().min(min).max(max).default(standard);
const s = STANDARD_FRISTER;

const felter = z.object({
    evalueringVarselForVirkedager: antall(s.evalueringVarselForVirkedager, 0, 20),
    evalueringRektorEtterVirkedager: antall(s.evalueringRektorEtterVirkedager, 1, 60),
    varselPaNyttEtterVirkedager: antall(s.varselPaNyttEtterVirkedager, 1, 20),
    varselKommunalsjefEtterVirkedager: antall(s.varselKommunalsjefEtterVirkedager, 1, 20),
    straksPaNyttEtterTimer: antall(s.straksPaNyttEtterTimer, 1, 72),
    straksKommunalsjefEtterTimer: antall(s.straksKommunalsjefEtterTimer, 1, 72),
    undersokelseInnenVirkedager: antall(s.undersokelseInnenVirkedager, 1, 60),
    straksUndersokelseInnenVirkedager: antall(s.straksUndersokelseInnenVirkedager, 1, 10),
    straksUndersokelseRektorEtterTimer: antall(s.straksUndersokelseRektorEtterTimer, 1, 72),
    straksUndersokelseKommunalsjefEtterTimer: antall(s.straksUndersokelseKommunalsjefEtterTimer, 1, 72),
    straksTiltakRektorEtterTimer: antall(s.straksTiltakRektorEtterTimer, 1, 72),
    straksTiltakKommunalsjefEtterTimer: antall(s.straksTiltakKommunalsjefEtterTimer, 1, 72),
    skolearStart: z.string().regex(MANED_DAG, { error: 'skriv dato som MM-DD, f.eks. 08-15' }).default(s.skolearStart),
    bekreftelseHverNteDag: antall(s.bekreftelseHverNteDag, 1, 60),
    arbeidstidFra: z.string().regex(KLOKKESLETT, { error: 'skriv klokkeslett som TT:MM, f.eks. 07:30' }).default(s.arbeidstidFra),
    arbeidstidTil: z.string().regex(KLOKKESLETT, { error: 'skriv klokkeslett som TT:MM, f.eks. 16:30' }).default(s.arbeidstidTil),
});

type Antall = { [K in keyof z.output<typeof felter>]: z.output<typeof felter>[K] extends number ? K : never }[keyof z.output<typeof felter>];
/** An escalation comes after the step before it: `senere` must be more than `forst`, said at `senere`. */
const etter = (forst: Antall, senere: Antall, error: string): [(f: z.output<typeof felter>) => boolean, { error: string; path: string[] }] => [
  (f) => f[forst] < f[senere],
  { error, path: [senere] },
];

/** The organisation file's `kommune.frister`: any field may be left out and gets its default. */
export const fristinnstillingerSkjema = felter
  .refine((f) => !KLOKKESLETT.test(f.arbeidstidFra) || !KLOKKESLETT.test(f.arbeidstidTil) || f.arbeidstidFra < f.arbeidstidTil, { error: 'arbeidstidFra må være før arbeidstidTil', path: ['arbeidstidTil'] })
  .refine(...etter('varselPaNyttEtterVirkedager', 'varselKommunalsjefEtterVirkedager', 'kommunalsjef varsles etter at mottakerne har fått varselet på nytt'))
  .refine(...etter('straksUndersokelseRektorEtterTimer', 'straksUndersokelseKommunalsjefEtterTimer', 'kommunalsjef varsles etter at rektor har fått påminnelse'))
  .refine(...etter('straksTiltakRektorEtterTimer', 'straksTiltakKommunalsjefEtterTimer', 'kommunalsjef varsles etter at rektor har fått påminnelse'))
  .refine(...etter('straksPaNyttEtterTimer', 'straksKommunalsjefEtterTimer', 'kommunalsjef varsles etter at mottakerne har fått varselet på nytt'));

/** The municipality's limits: its own where it set them, the defaults elsewhere. */
export function fristerFor(kommune: { frister?: Fristinnstillinger }): Fristinnstillinger {
  return kommune.frister ?? STANDARD_FRISTER;
}
