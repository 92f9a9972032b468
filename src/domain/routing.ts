/**
 * The routing rule of docs/domene.md: who a varsel goes to depends on who the krenking comes from.
 * Fixed once, when the varsel is sent, so a later change of roles cannot widen who sees a case.
 */
import type { Oid, Organisasjon, Skole } from './organisasjon';
import type { Ruting } from './sak';
import type { Klassifisering, KommerFra } from './varsel';
import type { Avslag } from './avslag';

export function routeVarsel(org: Organisasjon, skole: Skole, kommerFra: KommerFra): Ruting {
  const kommunalsjefer = unik(org.kommune.kommunalsjefer.map((p) => p.oid));
  // Rektor owns the duty to receive and may delegate receiving, never the responsibility:
  // rektor comes first even where the file lists a delegate before rektor.
  const varselmottakere = unik([skole.rektor, ...skole.varselmottakere]);

  const ledereSomMottar = varselmottakere.filter((oid) => oid !== skole.rektor && skole.ledelse.includes(oid));

  switch (kommerFra) {
    case 'vet_ikke':
      // The reporter cannot say whether an adult at the school is behind it: it may be a colleague,
      // so it goes to rektor with only leaders as reserve (never a delegate outside the leadership),
      // and rektor classifies it on receipt. Until then it is handled as straks (§12-5 may apply).
      return {
        kanal: 'rektor',
        mottakere: [skole.rektor],
        reserve: ledereSomMottar,
        straks: true,
        skoleeierInformeres: false,
        skjermetFor: [],
      };
    case 'nei':
      return {
        kanal: 'skole',
        mottakere: varselmottakere,
        reserve: uten(kommunalsjefer, varselmottakere),
        straks: false,
        skoleeierInformeres: false,
        skjermetFor: [],
      };
    case 'ansatt': {
      // §12-5: rektor personally, at once. If rektor cannot be reached, the case stays within the
      // leadership (a sosiallærer delegate is not told about a colleague) and then goes up.
      return {
        kanal: 'rektor',
        mottakere: [skole.rektor],
        reserve: uten(unik([...ledereSomMottar, ...kommunalsjefer]), [skole.rektor]),
        straks: true,
        skoleeierInformeres: true,
        skjermetFor: [],
      };
    }
    case 'ledelse':
      // §12-5 second sentence: straight to skoleeier. Rektor's delegates are screened too, since they
      // receive on rektor's behalf and answer to the leadership that is implicated.
      return {
        kanal: 'skoleeier',
        mottakere: kommunalsjefer,
        reserve: [],
        straks: true,
        skoleeierInformeres: false,
        skjermetFor: uten(unik([...skole.ledelse, skole.rektor, ...skole.varselmottakere]), kommunalsjefer),
      };
    default:
      return ukjent(kommerFra);
  }
}

/**
 * §12-5: the employee a varsel names is never among its receivers. Someone in the school's
 * leadership (rektor included) named as the employee makes it a case about the leadership, routed
 * and classified as such, whatever the reporter chose.
 */
export function rutingUten(org: Organisasjon, skole: Skole, ruting: Ruting, involvert: Oid | undefined): Ruting {
  if (!involvert) return ruting;
  const erLeder = involvert === skole.rektor || skole.ledelse.includes(involvert);
  const r = erLeder && ruting.kanal !== 'skoleeier' ? omklassifiser(org, skole, 'ledelse') : ruting;
  return { ...r, mottakere: r.mottakere.filter((o) => o !== involvert), reserve: r.reserve.filter((o) => o !== involvert) };
}

/**
 * A receiver classifies a case after receipt (from «vet ikke») or reclassifies it: the routing of
 * the new classification applies from then on, recorded as the case's classification.
 */
export function omklassifiser(org: Organisasjon, skole: Skole, til: Klassifisering): Ruting {
  return { ...routeVarsel(org, skole, til), klassifisering: til };
}

/**
 * What a case classified as `fra` may be reclassified to: only towards a stricter rule (§12-5, then
 * the leadership). A step down would open a case about a colleague to delegates outside the leadership.
 */
export const OMKLASSIFISERING: Record<KommerFra, readonly Klassifisering[]> = {
  vet_ikke: ['nei', 'ansatt', 'ledelse'],
  nei: ['ansatt', 'ledelse'],
  ansatt: ['ledelse'],
  ledelse: [],
};

/** The case's classification now: a receiver's, or else the reporter's answer. */
export function gjeldendeKlassifisering(sak: { ruting: Ruting; varsel: { kommerFra: KommerFra } }): KommerFra {
  return sak.ruting.klassifisering ?? sak.varsel.kommerFra;
}

/** Why a routed varsel cannot be delivered; undefined when it can. */
export function rutingFeil(r: Ruting): Avslag | undefined {
  if (r.mottakere.length > 0) return undefined;
  return { kode: r.kanal === 'skoleeier' ? 'ingen_kommunalsjef_varsel' : 'ingen_varselmottaker' };
}

function unik(oids: readonly Oid[]): Oid[] {
  return [...new Set(oids)];
}

function uten(oids: readonly Oid[], fjern: readonly Oid[]): Oid[] {
  return oids.filter((oid) => !fjern.includes(oid));
}

function ukjent(verdi: never): never {
  throw new Error(`Ukjent kommerFra: ${String(verdi)}`);
}
