/**
 * What a pupil sees (issue 25): the form's choices, the receipt in their words, and afterwards the
 * status only. Built from the case here, in one place, so the tab and the chat say the same — and
 * so nothing of the case (who else, what adults wrote, the history) can reach a pupil's screen:
 * these views have no field for it.
 */
import type { Elev, Organisasjon, Skole, Trinn } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import { HVEM_SOM_HELST, MAKS_HVA, elevStatus, type ElevStatus } from '../../domain/fraEleven';
import { MAKS_LENGDE } from '../../domain/varsel';
import { fristerFor } from '../../domain/fristinnstillinger';
import { formaterDato, leggTilDager, leggTilVirkedager, osloDato } from '../../domain/frister';
import { elevOrdNaa } from '../../i18n/aktiv';
import { bundetSprak } from '../../i18n/gjeldende';
import type { Sprak } from '../../i18n/sprak';

export interface ElevVoksen {
  oid: string;
  navn: string;
  /** «kontaktlæreren din», «helsesykepleier» … */
  rolle: string;
}

export interface SiFraSkjemaView {
  /** Which words the pupil's pages use: the municipality's målform. */
  sprak: Sprak;
  trinn: Trinn;
  skolenavn: string;
  voksne: ElevVoksen[];
  /** The longest answers the server takes, so the form stops there. */
  grenser: { hva: number; annenNavn: number };
  /** The value of «Det går fint med hvem som helst». */
  hvemSomHelst: string;
}

/** One matter the pupil raised: when, and where it has come. Nothing else. */
export interface ElevMelding {
  id: string;
  sendt: string;
  status: ElevStatus;
  statusTekst: string;
}

/** The receipt right after «Send»: the status, and the sentences the pupil reads. */
export interface ElevKvittering extends ElevMelding {
  tittel: string;
  linjer: string[];
}

/** The adults this pupil may choose: their kontaktlærer, then the school's list (each once). */
export function voksneFor(org: Organisasjon, skole: Skole, elev: Elev): ElevVoksen[] {
  const navn = (oid: string) => skole.ansatte.find((p) => p.oid === oid)?.navn;
  const kandidater = [
    ...(elev.kontaktlaerer ? [{ rolle: 'kontaktlaerer' as const, oid: elev.kontaktlaerer }] : []),
    ...(skole.elevkontakter ?? []),
  ];
  const sett = new Set<string>();
  const ut: ElevVoksen[] = [];
  for (const k of kandidater) {
    const n = navn(k.oid);
    // Only the school's staff (the list may name someone who has left since).
    if (!n || sett.has(k.oid)) continue;
    sett.add(k.oid);
    ut.push({ oid: k.oid, navn: n, rolle: elevOrdNaa(org.kommune.malform).snakkeMed.rolle[k.rolle] });
  }
  return ut;
}

export function skjemaView(org: Organisasjon, skole: Skole, elev: Elev): SiFraSkjemaView {
  return {
    sprak: bundetSprak() ?? org.kommune.malform ?? 'nb',
    trinn: skole.trinn ?? 'barnetrinn',
    skolenavn: skole.navn,
    voksne: voksneFor(org, skole, elev),
    grenser: { hva: MAKS_HVA, annenNavn: MAKS_LENGDE.elevNavn },
    hvemSomHelst: HVEM_SOM_HELST,
  };
}

export function elevMelding(org: Organisasjon, sak: Sak): ElevMelding {
  const status = elevStatus(sak.status);
  return { id: sak.id, sendt: formaterDato(osloDato(new Date(sak.opprettet))), status, statusTekst: elevOrdNaa(org.kommune.malform).status.tekst[status] };
}

/**
 * The receipt. «By when»: the school's own limit for starting to look into it (talking with the pupil
 * comes first), counted from the day it was sent; sooner under §12-5. Statsforvalteren: a week after
 * the pupil raised it (§12-6).
 */
export function elevKvittering(org: Organisasjon, sak: Sak): ElevKvittering {
  const t = elevOrdNaa(org.kommune.malform);
  const dag = osloDato(new Date(sak.fraEleven?.tid ?? sak.opprettet));
  const f = fristerFor(org.kommune);
  const innen = formaterDato(leggTilVirkedager(dag, sak.ruting.straks ? f.straksUndersokelseInnenVirkedager : f.undersokelseInnenVirkedager));
  const voksen = sak.fraEleven?.snakkeMedVarslet && sak.fraEleven.snakkeMed ? finnSkole(org, sak.skoleId)?.ansatte.find((p) => p.oid === sak.fraEleven!.snakkeMed) : undefined;
  return {
    ...elevMelding(org, sak),
    tittel: t.kvittering.tittel,
    linjer: [
      t.kvittering.riktig,
      voksen ? t.kvittering.snakkerMed(voksen.navn, innen) : t.kvittering.noenSnakkerMed(innen),
      t.kvittering.haster,
      t.kvittering.rettigheter,
      t.kvittering.statsforvalteren(formaterDato(leggTilDager(dag, 7))),
    ],
  };
}
