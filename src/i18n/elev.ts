/**
 * Bokmål words of the pupils' pages and chat (issue 25): «Si fra» and «Det jeg har sagt fra om». One
 * part of the one catalog (src/i18n/README.md); nynorsk or English is a file of the same shape
 * (`typeof elevTekster`). Short sentences, no legal terms, no paragraph numbers: read aloud, a
 * 10-year-old must understand every word. What differs by age is in `trinn`.
 */
import type { ElevkontaktRolle, Trinn } from '../domain/organisasjon';
import type { ElevStatus } from '../domain/fraEleven';

const trinn: Record<Trinn, { tittel: string; intro: string; hva: string; hvaHjelp: string }> = {
  barnetrinn: {
    tittel: 'Si fra til en voksen',
    intro: 'Har du det ikke bra på skolen? Eller ser du at noen andre ikke har det bra? Skriv det her. En voksen på skolen leser det og hjelper deg.',
    hva: 'Hva har skjedd?',
    hvaHjelp: 'Skriv med dine egne ord. Det går fint å skrive kort.',
  },
  ungdomstrinn: {
    tittel: 'Si fra',
    intro: 'Har du det ikke bra på skolen, eller ser du at noen andre ikke har det bra? Skriv det her. En voksen på skolen leser det og tar kontakt med deg.',
    hva: 'Hva har skjedd?',
    hvaHjelp: 'Skriv med dine egne ord. Du trenger ikke vite alt.',
  },
  videregaende: {
    tittel: 'Si fra',
    intro: 'Har du det ikke bra på skolen, eller ser du at noen andre ikke har det bra? Skriv det her. Skolen leser det og tar kontakt med deg.',
    hva: 'Hva har skjedd?',
    hvaHjelp: 'Skriv med dine egne ord. Du trenger ikke vite alt, og du trenger ikke bevis.',
  },
};

const kontaktRolle: Record<ElevkontaktRolle, string> = {
  kontaktlaerer: 'kontaktlæreren din',
  helsesykepleier: 'helsesykepleier',
  sosiallaerer: 'sosiallærer',
  rektor: 'rektor',
};

export const elevTekster = {
  trinn,
  menySiFra: 'Si fra',
  navigasjon: 'Sider',
  /** The app's name at the top of the pupil's page. */
  appNavn: 'Skolemiljø',
  /** The local trial's button to pick another person. */
  byttPerson: 'Bytt person',
  /** The local trial's person picker: what a pupil is. */
  stilling: (klasse: string | undefined) => (klasse ? `elev, ${klasse}` : 'elev'),
  valgfritt: '(valgfritt)',
  sendNy: 'Si fra om noe mer',
  menyMine: 'Det jeg har sagt fra om',
  hvem: { sporsmal: 'Gjelder det deg, eller en annen elev?', meg: 'Meg', annen: 'En annen elev' },
  annenNavn: { etikett: 'Hva heter eleven?', hjelp: 'Skriv navnet hvis du vet det.' },
  hvordan: { sporsmal: 'Hvordan har du det på skolen nå?', ja: 'Bra', delvis: 'Både bra og dårlig', nei: 'Ikke bra' },
  voksen: {
    sporsmal: 'Er det en voksen på skolen som gjør det?',
    nei: 'Nei',
    ansatt: 'Ja, en voksen på skolen',
    ledelse: 'Ja, rektor eller en annen leder på skolen',
    vet_ikke: 'Vet ikke',
  },
  snakkeMed: { sporsmal: 'Er det en voksen du vil snakke med?', hvemSomHelst: 'Det går fint med hvem som helst', rolle: kontaktRolle },
  send: 'Send',
  sender: 'Sender …',
  ikkeNavnPaaAnnen: 'Ikke oppgitt',
  feil: {
    hva: 'Skriv litt om hva som har skjedd.',
    hvaForLang: (maks: number) => `Teksten er for lang. Skriv kortere enn ${maks} tegn.`,
    hvem: 'Velg om det gjelder deg eller en annen elev.',
    hvordan: 'Velg hvordan du har det.',
    voksen: 'Velg et svar.',
    snakkeMed: 'Velg en voksen fra listen.',
    skjema: 'Noe mangler. Se over det du har skrevet.',
    forMange: 'Du har sagt fra tre ganger i dag. Det er vi glade for! Har det skjedd noe mer, kan du snakke med en voksen på skolen i morgen, eller med en voksen du stoler på nå.',
    ikkeElev: 'Denne siden er for elever.',
  },
  kvittering: {
    tittel: 'Takk for at du sa fra',
    riktig: 'Det var riktig å si fra. Du har ikke gjort noe galt.',
    snakkerMed: (navn: string, dato: string) => `${navn} skal snakke med deg senest ${dato}.`,
    noenSnakkerMed: (dato: string) => `En voksen på skolen skal snakke med deg senest ${dato}.`,
    rettigheter: 'Du har rett til å ha det trygt og godt på skolen. Skolen må hjelpe deg.',
    statsforvalteren: (dato: string) =>
      `Hvis du eller foreldrene dine synes skolen ikke hjelper nok, kan dere klage til Statsforvalteren fra ${dato}. Statsforvalteren passer på at skolene gjør jobben sin.`,
    haster: 'Hvis noe skjer akkurat nå, si det til en voksen med en gang.',
  },
  status: {
    tittel: 'Det jeg har sagt fra om',
    tom: 'Du har ikke sagt fra om noe her ennå.',
    sendt: (dato: string) => `Sendt ${dato}`,
    tekst: {
      mottatt: 'Skolen har fått det du skrev.',
      skal_snakke: 'En voksen skal snakke med deg.',
      jobber: 'Skolen jobber med det.',
      ferdig: 'Skolen er ferdig med dette. Har du det fortsatt ikke bra, kan du si fra igjen eller snakke med en voksen.',
    } satisfies Record<ElevStatus, string>,
  },
  /** To the adult the pupil chose: the card says who wants to talk, nothing of what was written. */
  vilSnakke: {
    tittel: 'En elev vil snakke med deg',
    tekst: (elev: string, klasse: string | undefined) => `${elev}${klasse ? ` (${klasse})` : ''} har sagt fra i Teams om at hen ikke har det bra, eller om noe hen har sett, og vil gjerne snakke med deg.`,
    gjor: 'Ta kontakt med eleven så snart du kan. Saken følges opp av skolens varselmottakere.',
  },
  /** On the case, for staff: the pupil raised it themselves, and when (§12-6's week starts then). */
  fraEleven: (dato: string) => `Eleven har sagt fra selv, ${dato}.`,
  fraElevenKort: 'Eleven har sagt fra selv',
  /** The documentation's label for it. */
  dokumentEtikett: 'Eleven tok det opp selv',
  fraElevenVilSnakke: (navn: string) => `Eleven vil gjerne snakke med ${navn}.`,
  /** «Deltakere» of the log entry that holds the pupil's own words. */
  loggDeltakere: 'Eleven selv, skrevet i Teams',
};
