/**
 * The pure part of Saker's list: which school years and calendar years a choice reads, the search,
 * the sort by each column and the pages. The reading and the authorization are in saker.ts.
 */
import { skolearFor } from '../../domain/bekreftelse';
import type { Fristinnstillinger } from '../../domain/fristinnstillinger';
import { osloMidnatt } from '../../domain/frister';
import type { Status } from '../../domain/sak';

/** What Saker shows of one case. */
export interface SakRad {
  id: string;
  saksnummer: string;
  skolenavn: string;
  elevNavn: string;
  status: Status;
  statusTekst: string;
  opprettet: string;
  straks: boolean;
  /** Not received within a working day, or the plan's evaluation date has passed. */
  forfalt: boolean;
  harPlan: boolean;
  saksansvarlig?: string;
}

export const SORTERINGER = ['prioritet', 'saksnummer', 'elev', 'skole', 'status', 'opprettet', 'saksansvarlig'] as const;
export type Sortering = (typeof SORTERINGER)[number];
/** 'apne': the open cases of every year (the default); else a school year, e.g. '2026-2027'. */
export const APNE = 'apne';
export const PER_SIDE = 25;
/** How many school years back the choice goes (the current one first). */
const SKOLEAR_TILBAKE = 10;

export interface SakerValg {
  /** Part of a pupil's name or of a case number. */
  sok?: string;
  status?: Status;
  skoleår?: string;
  forfalt?: boolean;
  utenPlan?: boolean;
  straks?: boolean;
  sorter?: Sortering;
  synkende?: boolean;
  /** 1 is the first page. */
  side?: number;
}

export interface SakerSide {
  rader: SakRad[];
  /** Cases matching the choice, on all pages. */
  treff: number;
  side: number;
  sider: number;
  perSide: number;
  /** The choice made ('apne' or a school year). */
  skoleår: string;
  /** The school years to choose from, newest first. */
  skoleårValg: string[];
}

/** When a school year begins and the next begins (ISO instants, Oslo midnight), to compare a varsel's time with. */
function skolearetsGrenser(skoleaar: string, f: Pick<Fristinnstillinger, 'skolearStart'>): [string, string] {
  const start = Number(skoleaar.slice(0, 4));
  return [osloMidnatt(`${start}-${f.skolearStart}`).toISOString(), osloMidnatt(`${start + 1}-${f.skolearStart}`).toISOString()];
}

export function skolearValg(naa: Date, f: Pick<Fristinnstillinger, 'skolearStart'>): string[] {
  const forste = Number(skolearFor(naa, f).navn.slice(0, 4));
  return Array.from({ length: SKOLEAR_TILBAKE }, (_, i) => `${forste - i}-${forste - i + 1}`);
}

/** A search that starts like a case number («2026-KF7M…», or read aloud «2026 KF7M…»): its year. */
const SAKSNUMMER_AAR = /^\s*(\d{4})[\s-]/;

/**
 * The months whose closed cases a choice needs: those of the school year chosen (13: it may start
 * mid-month), and those of the year a case number names (so a searched case number is found in any
 * year).
 */
export function maanederSomLeses(valg: SakerValg, f: Pick<Fristinnstillinger, 'skolearStart'>): string[] {
  const maaneder: string[] = [];
  const fra = (aar: number, maaned: number, antall: number) => {
    for (let i = 0; i < antall; i++) {
      const m = maaned - 1 + i;
      maaneder.push(`${aar + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
    }
  };
  if (valg.skoleår && valg.skoleår !== APNE) fra(Number(valg.skoleår.slice(0, 4)), Number(f.skolearStart.slice(0, 2)), 13);
  const nummerAar = SAKSNUMMER_AAR.exec(valg.sok ?? '')?.[1];
  if (nummerAar) fra(Number(nummerAar), 1, 12);
  return [...new Set(maaneder)];
}

const utenSkilletegn = (s: string) => s.toLowerCase().replace(/[\s-]/g, '');

/** The choice as a test of one row (built once per list: thousands of rows may pass through it). */
export function filterFor(valg: SakerValg, f: Pick<Fristinnstillinger, 'skolearStart'>): (rad: SakRad, erApen: boolean) => boolean {
  const sok = valg.sok?.trim().toLowerCase();
  const sokUtenSkilletegn = sok && utenSkilletegn(sok);
  // A case number searched for is found whatever the school year chosen.
  const nummerSok = !!sok && SAKSNUMMER_AAR.test(sok);
  const skoleaar = valg.skoleår ?? APNE;
  const grenser = skoleaar === APNE || nummerSok ? undefined : skolearetsGrenser(skoleaar, f);
  return (rad, erApen) => {
    if (sok && !rad.elevNavn.toLowerCase().includes(sok) && !utenSkilletegn(rad.saksnummer).includes(sokUtenSkilletegn!)) return false;
    if (grenser ? rad.opprettet < grenser[0] || rad.opprettet >= grenser[1] : !nummerSok && !erApen) return false;
    if (valg.status && rad.status !== valg.status) return false;
    if (valg.forfalt && !rad.forfalt) return false;
    if (valg.utenPlan && (rad.harPlan || !erApen)) return false;
    if (valg.straks && !rad.straks) return false;
    return true;
  };
}

const norsk = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });
/** Overdue first, then straks, then newest: what needs action first. */
const prioritet = (a: SakRad, b: SakRad) => Number(b.forfalt) - Number(a.forfalt) || Number(b.straks) - Number(a.straks) || b.opprettet.localeCompare(a.opprettet);

const SAMMENLIGN: Record<Sortering, (a: SakRad, b: SakRad) => number> = {
  prioritet,
  saksnummer: (a, b) => norsk.compare(a.saksnummer, b.saksnummer),
  elev: (a, b) => norsk.compare(a.elevNavn, b.elevNavn),
  skole: (a, b) => norsk.compare(a.skolenavn, b.skolenavn),
  status: (a, b) => norsk.compare(a.statusTekst, b.statusTekst),
  opprettet: (a, b) => a.opprettet.localeCompare(b.opprettet),
  // Cases nobody has yet come last (ascending).
  saksansvarlig: (a, b) => Number(!a.saksansvarlig) - Number(!b.saksansvarlig) || norsk.compare(a.saksansvarlig ?? '', b.saksansvarlig ?? ''),
};

/** Sorted by the column chosen (ties: the priority order), then cut to the page asked for (the last one if beyond). */
export function sidenAv(rader: SakRad[], valg: SakerValg, skoleaarValg: string[]): SakerSide {
  const sorter = valg.sorter ?? 'prioritet';
  const retning = valg.synkende ? -1 : 1;
  const sortert = [...rader].sort((a, b) => retning * SAMMENLIGN[sorter](a, b) || prioritet(a, b) || a.id.localeCompare(b.id));
  const sider = Math.max(1, Math.ceil(sortert.length / PER_SIDE));
  const side = Math.min(Math.max(1, valg.side ?? 1), sider);
  return {
    rader: sortert.slice((side - 1) * PER_SIDE, side * PER_SIDE),
    treff: sortert.length,
    side,
    sider,
    perSide: PER_SIDE,
    skoleår: valg.skoleår ?? APNE,
    skoleårValg: skoleaarValg,
  };
}
