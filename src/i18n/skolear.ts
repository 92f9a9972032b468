/**
 * The school year's words (issue 23): the skolerute and the årshjul for internkontroll — the tab's
 * pages, the use cases' messages, the reminder card. One part of the one catalog (`nbKatalog.skolear`);
 * nynorsk and English beside it (skolearNn.ts, skolearEn.ts).
 */
import type { FriType, SkoleruteKilde } from '../domain/skolerute';
import type { SjekkpunktAnsvar, SjekkpunktStatus, StandardTekster } from '../domain/aarshjul';

const FRI: Record<FriType, string> = {
  hostferie: 'Høstferie',
  juleferie: 'Juleferie',
  vinterferie: 'Vinterferie',
  paskeferie: 'Påskeferie',
  planleggingsdag: 'Planleggingsdag (fri for elevene)',
  annet: 'Annen fridag',
};

const KILDE: Record<SkoleruteKilde, string> = {
  standard: 'standard skolerute (kommunen har ikke lagt inn sin egen)',
  kommunen: 'kommunens skolerute',
  ics: 'kommunens skolerute (importert fra kalenderfil)',
};

/** The default årshjul, from the municipal documents (../shared/reference). */
const STANDARD: StandardTekster = {
  planGjennomgatt: {
    navn: 'Skolestart: kommunens plan for et trygt og godt skolemiljø gjennomgått med personalet',
    ferdigNar: 'Planen og rutinene for aktivitetsplikten er gjennomgått på et personalmøte, med dato i referatet.',
  },
  pliktBekreftet: {
    navn: 'Alle ansatte har bekreftet at de kjenner pliktene',
    ferdigNar: 'Alle ansatte har bekreftet «Jeg er kjent med pliktene» i Skolemiljø for dette skoleåret.',
  },
  nyeAnsatte: {
    navn: 'Opplæring av nytilsatte og vikarer i aktivitetsplikten',
    ferdigNar: 'Nye ansatte og faste vikarer har fått opplæring i pliktene og vet hvordan de varsler.',
  },
  risikovurdering: {
    navn: 'Risikovurdering: hva kan gå galt på vår skole?',
    ferdigNar: 'Skolen har vurdert risikoområder (steder, tider, overganger) og satt inn tiltak der risikoen er størst.',
  },
  spekter: {
    navn: 'Kartlegging av klassemiljø (for eksempel Spekter) gjennomført og analysert',
    ferdigNar: 'Kartleggingen er gjennomført på de trinnene skolen har valgt, og resultatene er analysert og fulgt opp.',
  },
  elevundersokelsen: {
    navn: 'Elevundersøkelsen gjennomført',
    ferdigNar: 'Elevene på 5.–10. trinn har svart på Elevundersøkelsen.',
  },
  resultaterFulgtOpp: {
    navn: 'Resultatene fra Elevundersøkelsen fulgt opp',
    ferdigNar: 'Resultatene er gjennomgått med personalet, elevrådet og FAU, og klassene har valgt tiltak.',
  },
  revisjon: {
    navn: 'Revisjon av internkontrollen før sommeren',
    ferdigNar: 'Rektor har svart på kommunens revisjon av internkontrollen for skoleåret.',
  },
};

/** Bokmål; read it through `skolearTekster` (aktiv.ts) or the tab's tekster.ts, which follow the reader's language. */
export const skolearNb = {
  sider: { skolerute: 'Skolerute', aarshjul: 'Årshjul' },
  fri: FRI,
  kilde: KILDE,
  standardAarshjul: STANDARD,
  skolerute: {
    forklaring:
      'Skoleruta bestemmer når standarddatoer havner (evaluering av aktivitetsplaner, sjekkpunkter i årshjulet) og når de ukentlige påminnelsene tar sommerferie. ' +
      'Lovens frister teller fortsatt virkedager: et varsel i juleferien er like fullt et varsel.',
    skolear: 'Skoleår',
    kildeTekst: (kilde: string) => `Viser ${kilde}.`,
    endret: (navn: string, tid: string) => `Sist lagret av ${navn} ${tid}.`,
    forsteSkoledag: 'Første skoledag',
    sisteSkoledag: 'Siste skoledag',
    fri: 'Ferier og fridager',
    friType: 'Slag',
    fra: 'Fra og med',
    til: 'Til og med',
    navn: 'Navn (valgfritt)',
    leggTil: 'Legg til fridag eller ferie',
    fjern: (hva: string) => `Fjern ${hva}`,
    lagre: 'Lagre skoleruta',
    lagret: 'Skoleruta er lagret.',
    importTittel: 'Importer fra kalenderfil (.ics)',
    importForklaring: 'Velg kommunens skolerute som kalenderfil. Datoene fylles inn i skjemaet under; se over og lagre.',
    velgFil: 'Kalenderfil (.ics)',
    importert: (antall: number) => `Leste ${antall} ferier og fridager fra fila. Se over og lagre.`,
    ikkeBrukt: (titler: string) => `Ikke brukt (ukjent slag): ${titler}.`,
    manglerForste: 'Fila har ingen «første skoledag»; standarddatoen står i feltet.',
    manglerSiste: 'Fila har ingen «siste skoledag»; standarddatoen står i feltet.',
    kunLese: 'Kommunalsjefen og kommunens administrator holder skoleruta oppdatert.',
  },
  aarshjul: {
    forklaring: 'Årshjulet for internkontroll: det hver skole skal ha gjort i løpet av skoleåret, og når.',
    skolear: 'Skoleår',
    definer: 'Sjekkpunktene i år',
    definerForklaring: 'Kommunalsjefen bestemmer sjekkpunktene for alle skolene. Datoer som faller i en ferie, flyttes til neste skoledag.',
    navn: 'Sjekkpunkt',
    ferdigNar: 'Dette teller som gjort',
    dato: 'Frist',
    ansvar: 'Hvem',
    ansvarValg: { skolen: 'Hele skolen (rektor leder)', rektor: 'Rektor' } satisfies Record<SjekkpunktAnsvar, string>,
    endre: 'Endre sjekkpunktene',
    leggTil: 'Legg til sjekkpunkt',
    fjern: (navn: string) => `Fjern «${navn}»`,
    lagre: 'Lagre årshjulet',
    lagret: 'Årshjulet er lagret.',
    standardBrukt: 'Dette er standardårshjulet. Endre det og lagre for å gjøre det til kommunens eget.',
    status: { utfort: 'Gjort', forsinket: 'Forsinket', snart: 'Snart', senere: 'Senere' } satisfies Record<SjekkpunktStatus, string>,
    utfortAv: (navn: string, dato: string) => `Gjort ${dato} av ${navn}`,
    frist: (dato: string) => `Frist ${dato}`,
    markerTittel: 'Marker som gjort',
    notat: 'Notat (hva ble gjort)',
    lenke: 'Lenke til dokument (valgfritt)',
    marker: 'Marker som gjort',
    markert: 'Sjekkpunktet er markert som gjort.',
    bekreftelseTall: (bekreftet: number, ansatte: number) => `${bekreftet} av ${ansatte} ansatte har bekreftet (${ansatte === 0 ? 0 : Math.round((bekreftet / ansatte) * 100)} %).`,
    oversikt: 'Skolenes framdrift',
    oversiktForklaring: 'Hver skole med hvor mange sjekkpunkter som er gjort, og hvilke som er forsinket.',
    gjort: (gjort: number, alle: number) => `${gjort} av ${alle} gjort`,
    visPunkter: (skole: string) => `Vis sjekkpunktene for ${skole}`,
    skjulPunkter: (skole: string) => `Skjul sjekkpunktene for ${skole}`,
    forsinketAntall: (n: number) => `Forsinket: ${n}`,
    ingenForsinketTekst: 'Ingen sjekkpunkter er forsinket.',
    mineSkoler: 'Skolens sjekkpunkter',
    ingenSkole: 'Du er ikke rektor ved noen skole, og har ikke tilgang til årshjulet.',
  },
  feil: {
    ikkeTillatt: 'Bare kommunalsjefen og kommunens administrator kan endre skoleruta og årshjulet.',
    ikkeRektor: 'Bare skolens rektor kan markere skolens sjekkpunkter.',
    ikkeLeser: 'Årshjulet er for kommunalsjefen, administratoren og skolenes ledelse.',
    dato: 'Skriv en gyldig dato.',
    skolear: 'Velg et skoleår, for eksempel 2026-2027.',
    utenfor: (skolear: string) => `Datoen må ligge i skoleåret ${skolear} (1. august til 31. juli).`,
    rekkefolge: 'Sluttdatoen kan ikke ligge før startdatoen.',
    navn: 'Skriv et navn.',
    ferdigNar: 'Skriv hva som teller som gjort.',
    notat: 'Skriv kort hva som ble gjort.',
    lenke: 'Lenken må begynne med https://',
    forLang: (maks: number) => `Høyst ${maks} tegn.`,
    forMange: (maks: number) => `Høyst ${maks}.`,
    sjekkpunktUkjent: 'Fant ikke sjekkpunktet i årets årshjul.',
    konflikt: 'Noen andre lagret samtidig. Last siden på nytt og prøv igjen; det du skrev er ikke lagret.',
    icsTom: 'Fant ingen hendelser i fila. Er det en kalenderfil (.ics)?',
    icsAnnetAr: (skolear: string) => `Fila har ingen hendelser i skoleåret ${skolear}.`,
    icsForStor: 'Fila er for stor til å være en skolerute (høyst 400 kB).',
  },
  /** The reminder card before a checkpoint's date, to rektor. */
  paminnelse: {
    tittel: (skole: string) => `Årshjul: sjekkpunkt for ${skole}`,
    frist: (dato: string) => `Frist ${dato}.`,
    ferdigNar: (tekst: string) => `Dette teller som gjort: ${tekst}`,
    hvordan: 'Marker det som gjort i Skolemiljø-fanen, under Årshjul.',
    apne: 'Åpne årshjulet',
    sammendrag: 'Sjekkpunkt i årshjulet nærmer seg',
  },
  dokumentasjonEtikett: 'Skolerute',
  /** The documentation's line on which calendar the dates followed. */
  dokumentasjon: (kilde: string, skolear: string) => `Standarddatoer er satt etter ${kilde} for skoleåret ${skolear}. Lovens frister teller virkedager uavhengig av skoleruta.`,
};
