/**
 * Bekreftelser (rektor): how many of the school's staff confirmed the current duties text this
 * school year, and who has not. Only rektor of the school sees it.
 */
import { skolearFor } from '../../domain/bekreftelse';
import { fristerFor } from '../../domain/fristinnstillinger';
import type { Oid, Skole } from '../../domain/organisasjon';
import { nb, plikter } from '../../i18n/aktiv';
import { bekreftelserVed } from '../../store/bekreftelseRepo';
import type { Store } from '../../store/port';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';

export interface SkoleBekreftelser {
  skoleId: string;
  navn: string;
  ansatte: number;
  bekreftet: number;
  ikkeBekreftet: { oid: Oid; navn: string; stilling?: string }[];
}

export interface BekreftelseSide {
  skoleår: string;
  versjon: string;
  skoler: SkoleBekreftelser[];
}

/** The school's staff against this year's confirmations of the current text (shared with Oversikt). */
export async function bekreftelserForSkole(store: Store, skole: Skole, skolear: string): Promise<SkoleBekreftelser> {
  const bekreftet = new Set((await bekreftelserVed(store, skole.id, skolear)).filter((b) => b.tekstversjon === plikter.versjon).map((b) => b.oid));
  const ansatte = skole.ansatte;
  return {
    skoleId: skole.id,
    navn: skole.navn,
    ansatte: ansatte.length,
    bekreftet: ansatte.filter((p) => bekreftet.has(p.oid)).length,
    ikkeBekreftet: ansatte
      .filter((p) => !bekreftet.has(p.oid))
      .map((p) => ({ oid: p.oid, navn: p.navn, ...(p.stilling ? { stilling: p.stilling } : {}) }))
      .sort((a, b) => a.navn.localeCompare(b.navn, 'nb')),
  };
}

export async function getBekreftelser(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<BekreftelseSide>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const mine = ktx.org.skoler.filter((s) => s.rektor === aktor.oid);
  if (mine.length === 0) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  const skolear = skolearFor(ktx.naa(), fristerFor(ktx.org.kommune)).navn;
  return medStore(async () => {
    const skoler: SkoleBekreftelser[] = [];
    for (const skole of mine) skoler.push(await bekreftelserForSkole(ktx.store, skole, skolear));
    return ok({ skoleår: skolear, versjon: plikter.versjon, skoler });
  });
}
