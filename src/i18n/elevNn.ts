/**
 * Nynorsk words of the pupils' pages and chat (issue 25): the same shape as elev.ts (`typeof
 * elevTekster`), so a missing key fails the typecheck. For the pupil who reads nynorsk (their own
 * choice, Teams' locale, else the municipality's målform: `elevOrdNaa` in aktiv.ts).
 */
import type { elevTekster } from './elev';

export const elevTeksterNn: typeof elevTekster = {
  trinn: {
    barnetrinn: {
      tittel: 'Sei frå til ein vaksen',
      intro: 'Har du det ikkje bra på skulen? Eller ser du at nokon andre ikkje har det bra? Skriv det her. Ein vaksen på skulen les det og hjelper deg.',
      hva: 'Kva har skjedd?',
      hvaHjelp: 'Skriv med dine eigne ord. Det går fint å skrive kort.',
    },
    ungdomstrinn: {
      tittel: 'Sei frå',
      intro: 'Har du det ikkje bra på skulen, eller ser du at nokon andre ikkje har det bra? Skriv det her. Ein vaksen på skulen les det og tek kontakt med deg.',
      hva: 'Kva har skjedd?',
      hvaHjelp: 'Skriv med dine eigne ord. Du treng ikkje vite alt.',
    },
    videregaende: {
      tittel: 'Sei frå',
      intro: 'Har du det ikkje bra på skulen, eller ser du at nokon andre ikkje har det bra? Skriv det her. Skulen les det og tek kontakt med deg.',
      hva: 'Kva har skjedd?',
      hvaHjelp: 'Skriv med dine eigne ord. Du treng ikkje vite alt, og du treng ikkje bevis.',
    },
  },
  menySiFra: 'Sei frå',
  navigasjon: 'Sider',
  appNavn: 'Skulemiljø',
  byttPerson: 'Byt person',
  stilling: (klasse: string | undefined) => (klasse ? `elev, ${klasse}` : 'elev'),
  valgfritt: '(valfritt)',
  sendNy: 'Sei frå om noko meir',
  menyMine: 'Det eg har sagt frå om',
  hvem: { sporsmal: 'Gjeld det deg, eller ein annan elev?', meg: 'Meg', annen: 'Ein annan elev' },
  annenNavn: { etikett: 'Kva heiter eleven?', hjelp: 'Skriv namnet viss du veit det.' },
  hvordan: { sporsmal: 'Korleis har du det på skulen no?', ja: 'Bra', delvis: 'Både bra og dårleg', nei: 'Ikkje bra' },
  voksen: {
    sporsmal: 'Er det ein vaksen på skulen som gjer det?',
    nei: 'Nei',
    ansatt: 'Ja, ein vaksen på skulen',
    ledelse: 'Ja, rektor eller ein annan leiar på skulen',
    vet_ikke: 'Veit ikkje',
  },
  snakkeMed: {
    sporsmal: 'Er det ein vaksen du vil snakke med?',
    hvemSomHelst: 'Det går fint med kven som helst',
    rolle: { kontaktlaerer: 'kontaktlæraren din', helsesykepleier: 'helsesjukepleiar', sosiallaerer: 'sosiallærar', rektor: 'rektor' },
  },
  send: 'Send',
  sender: 'Sender …',
  ikkeNavnPaaAnnen: 'Ikkje oppgitt',
  feil: {
    hva: 'Skriv litt om kva som har skjedd.',
    hvaForLang: (maks: number) => `Teksten er for lang. Skriv kortare enn ${maks} teikn.`,
    hvem: 'Vel om det gjeld deg eller ein annan elev.',
    hvordan: 'Vel korleis du har det.',
    voksen: 'Vel eit svar.',
    snakkeMed: 'Vel ein vaksen frå lista.',
    skjema: 'Noko manglar. Sjå over det du har skrive.',
    forMange: 'Du har sagt frå tre gonger i dag. Det er vi glade for! Har det skjedd noko meir, kan du snakke med ein vaksen på skulen i morgon, eller med ein vaksen du stolar på no.',
    ikkeElev: 'Denne sida er for elevar.',
  },
  kvittering: {
    tittel: 'Takk for at du sa frå',
    riktig: 'Det var rett å seie frå. Du har ikkje gjort noko gale.',
    snakkerMed: (navn: string, dato: string) => `${navn} skal snakke med deg seinast ${dato}.`,
    noenSnakkerMed: (dato: string) => `Ein vaksen på skulen skal snakke med deg seinast ${dato}.`,
    rettigheter: 'Du har rett til å ha det trygt og godt på skulen. Skulen må hjelpe deg.',
    statsforvalteren: (dato: string) =>
      `Viss du eller foreldra dine synest skulen ikkje hjelper nok, kan de klage til Statsforvaltaren frå ${dato}. Statsforvaltaren passar på at skulane gjer jobben sin.`,
    haster: 'Viss noko skjer akkurat no, sei det til ein vaksen med ein gong.',
  },
  status: {
    tittel: 'Det eg har sagt frå om',
    tom: 'Du har ikkje sagt frå om noko her enno.',
    sendt: (dato: string) => `Sendt ${dato}`,
    tekst: {
      mottatt: 'Skulen har fått det du skreiv.',
      skal_snakke: 'Ein vaksen skal snakke med deg.',
      jobber: 'Skulen arbeider med det.',
      ferdig: 'Skulen er ferdig med dette. Har du det framleis ikkje bra, kan du seie frå igjen eller snakke med ein vaksen.',
    },
  },
  vilSnakke: {
    tittel: 'Ein elev vil snakke med deg',
    tekst: (elev: string, klasse: string | undefined) => `${elev}${klasse ? ` (${klasse})` : ''} har sagt frå i Teams om at hen ikkje har det bra, eller om noko hen har sett, og vil gjerne snakke med deg.`,
    gjor: 'Ta kontakt med eleven så snart du kan. Saka vert følgd opp av varselmottakarane på skulen.',
  },
  fraEleven: (dato: string) => `Eleven har sagt frå sjølv, ${dato}.`,
  fraElevenKort: 'Eleven har sagt frå sjølv',
  dokumentEtikett: 'Eleven tok det opp sjølv',
  fraElevenVilSnakke: (navn: string) => `Eleven vil gjerne snakke med ${navn}.`,
  loggDeltakere: 'Eleven sjølv, skrive i Teams',
};
