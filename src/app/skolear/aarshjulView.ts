/**
 * The årshjul as a page shows it: the year's checkpoints, and per school where each stands today —
 * done (by whom, when, the note and the link), late, soon or later — with the yearly bekreftelse's
 * own figures (share of staff confirmed) on its checkpoint. The kommunalsjef's overview is the same
 * rows per school, counted.
 */
import { SJEKKPUNKT_VARSEL_DAGER, sjekkpunktStatus, standardAarshjul, type Aarshjul, type Sjekkpunkt, type SjekkpunktStatus, type SjekkpunktUtfort } from '../../domain/aarshjul';
import { formaterDato, osloDato, trekkFraVirkedager } from '../../domain/frister';
import type { Skole } from '../../domain/organisasjon';
import { folgSprak, formaterTid, skolearTekster } from '../../i18n/aktiv';
import { getHelhet, utforteI } from '../../store/skolearRepo';
import { bekreftelserForSkole } from '../views/bekreftelser';
import type { AppKontekst } from '../kontekst';
import { navnPaa } from '../sakView';
import { lastKalender, ruteFor } from './kalender';

const t = folgSprak((k) => k.skolear.aarshjul);

export interface PunktView extends Sjekkpunkt {
  datoTekst: string;
  ansvarTekst: string;
  status: SjekkpunktStatus;
  statusTekst: string;
  utfort?: { tekst: string; notat: string; lenke?: string };
  /** On the bekreftelse checkpoint: the figures the product has. */
  bekreftelseTekst?: string;
}

export interface SkoleAarshjul {
  skoleId: string;
  navn: string;
  /** This person may mark the school's checkpoints (its rektor). */
  kanMarkere: boolean;
  punkter: PunktView[];
  gjort: number;
  gjortTekst: string;
  /** Names of the late checkpoints. */
  forsinket: string[];
}

/** The year's årshjul: the stored one with its version, or the default (dates on school days). */
export async function lesAarshjul(ktx: AppKontekst, skolear: string): Promise<{ hjul: Aarshjul; versjon?: string }> {
  const stored = await getHelhet(ktx.store, 'aarshjul', skolear);
  if (stored) return { hjul: stored.data, versjon: stored.version };
  await lastKalender(ktx);
  return { hjul: standardAarshjul(skolear, ruteFor(ktx), skolearTekster.standardAarshjul) };
}

/** When a checkpoint is «soon», and rektor reminded: SJEKKPUNKT_VARSEL_DAGER working days before it. */
export function snartFra(p: Pick<Sjekkpunkt, 'dato'>): string {
  return trekkFraVirkedager(p.dato, SJEKKPUNKT_VARSEL_DAGER);
}

export async function byggSkoler(ktx: AppKontekst, hjul: Aarshjul, skoler: Skole[], oid: string): Promise<SkoleAarshjul[]> {
  const idag = osloDato(ktx.naa());
  const utforte = await utforteI(ktx.store, hjul.skolear);
  const bekreftelsePunkt = hjul.sjekkpunkter.some((p) => p.bekreftelse);
  const ut: SkoleAarshjul[] = [];
  for (const skole of skoler) {
    const tall = bekreftelsePunkt ? await bekreftelserForSkole(ktx.store, skole, hjul.skolear) : undefined;
    const punkter = hjul.sjekkpunkter.map((p) => punktView(ktx, p, utforte.find((u) => u.skoleId === skole.id && u.sjekkpunktId === p.id), idag, tall));
    const gjort = punkter.filter((p) => p.status === 'utfort').length;
    ut.push({
      skoleId: skole.id,
      navn: skole.navn,
      kanMarkere: skole.rektor === oid,
      punkter,
      gjort,
      gjortTekst: t.gjort(gjort, punkter.length),
      forsinket: punkter.filter((p) => p.status === 'forsinket').map((p) => p.navn),
    });
  }
  return ut;
}

function punktView(ktx: AppKontekst, p: Sjekkpunkt, utfort: SjekkpunktUtfort | undefined, idag: string, tall?: { bekreftet: number; ansatte: number }): PunktView {
  // The bekreftelse checkpoint is done when every employee has confirmed: the product knows it.
  const alleBekreftet = !!p.bekreftelse && !!tall && tall.ansatte > 0 && tall.bekreftet === tall.ansatte;
  const status = alleBekreftet ? 'utfort' : sjekkpunktStatus(p, utfort, idag, snartFra(p));
  return {
    ...p,
    datoTekst: formaterDato(p.dato),
    ansvarTekst: t.ansvarValg[p.ansvar],
    status,
    statusTekst: t.status[status],
    ...(utfort
      ? { utfort: { tekst: t.utfortAv(navnPaa(ktx.org, utfort.av), formaterTid(new Date(utfort.tid))), notat: utfort.notat, ...(utfort.lenke ? { lenke: utfort.lenke } : {}) } }
      : {}),
    ...(p.bekreftelse && tall ? { bekreftelseTekst: t.bekreftelseTall(tall.bekreftet, tall.ansatte) } : {}),
  };
}
