/**
 * Norwegian bokmål message catalog for everything a person reads. Nynorsk and English can be
 * added as catalogs of the same shape (`typeof nb`).
 */
export const nb = {
  feil: {
    ukjentPerson: 'Du er ikke registrert som ansatt i kommunen. Kontakt skolens ledelse eller kommunens IT-avdeling.',
    annenTenant: 'Denne appen er satt opp for en annen organisasjon.',
    ikkeTillatt: 'Du har ikke tilgang til denne handlingen.',
    sakIkkeFunnet: 'Fant ikke saken, eller du har ikke tilgang til den.',
    konflikt: 'Saken ble endret av noen andre samtidig. Du ser nå oppdatert status.',
    utilgjengelig: 'Lagringen svarer ikke akkurat nå. Ingenting er tapt: prøv igjen om litt.',
    skjemaUgyldig: 'Noe mangler eller er feil i skjemaet. Rett opp feltene som er merket, og send igjen.',
    ukjentHandling: 'Ukjent handling.',
    ikkeSaksansvarlig: 'Velg en saksansvarlig fra listen.',
    klassifiseringUgyldig: 'Velg hvem saken gjelder fra listen.',
    kanIkkeOmklassifiseres: 'Saken gjelder skolens ledelse og ligger hos skoleeier; den kan ikke endres tilbake.',
    ingenKommunalsjef: 'Kommunen har ingen kommunalsjef registrert i Skolemiljø, så saken kan ikke sendes til skoleeier. Kommunens administrator må legge inn kommunalsjefen. Meld fra til skoleeier på annen måte i mellomtiden.',
    maaBekreftes: 'Bekreft for å fullføre.',
    mangler: (felt: string) => `${felt} mangler.`,
    forLang: (felt: string, maks: number) => `${felt} kan ha høyst ${maks} tegn.`,
  },
  felt: {
    skoleId: 'Skole',
    elevNavn: 'Elevens navn',
    elevKlasse: 'Klasse eller trinn',
    beskrivelse: 'Hva du så eller hørte',
    dato: 'Dato',
    naar: 'Når det skjedde',
    sted: 'Hvor det skjedde',
    involverte: 'Andre involverte',
    kilde: 'Hvor bekymringen kom fra',
    kommerFra: 'Kommer krenkingen fra noen som jobber på skolen?',
    grepInn: 'Grep du inn?',
    grepInnHvordan: 'Hvordan grep du inn?',
    elevInformert: 'Fikk eleven vite at du melder fra?',
    ikkeInformertHvorfor: 'Hvorfor ikke?',
    begrunnelse: 'Begrunnelse',
    saksansvarlig: 'Saksansvarlig',
  },
  http: {
    ikkeJson: 'Innholdet må være JSON (content-type: application/json).',
    ukjentKoding: 'Ukjent innholdskoding. Send innholdet ukomprimert, eller som gzip, deflate eller br.',
    ugyldigKoding: (koding: string) => `Innholdet er ikke gyldig ${koding}.`,
    forStor: (maks: number) => `Innholdet er for stort (høyst ${Math.round(maks / 1024)} KB etter utpakking).`,
    ugyldigJson: 'Innholdet er ikke gyldig JSON.',
    tom: 'Innholdet mangler.',
    avbrutt: 'Forespørselen ble avbrutt før innholdet var lest.',
  },
  api: {
    uventet: 'Noe gikk galt hos oss. Ingenting er endret. Prøv igjen om litt.',
    /** Why the tab API did not accept who is asking (identitet.ts); shown on the page. */
    innlogging: {
      ikke_valgt: 'Velg hvem du er i personvelgeren.',
      mangler_token: 'Du er ikke logget inn. Åpne Skolemiljø i Teams.',
      ugyldig_token: 'Innloggingen din kunne ikke leses. Åpne Skolemiljø i Teams på nytt.',
      feil_algoritme: 'Innloggingen din er ikke gyldig. Åpne Skolemiljø i Teams på nytt.',
      feil_signatur: 'Innloggingen din kunne ikke bekreftes. Åpne Skolemiljø i Teams på nytt.',
      utlopt: 'Innloggingen din er utløpt. Åpne Skolemiljø i Teams på nytt.',
      ikke_gyldig_enda: 'Innloggingen din er ikke gyldig ennå. Sjekk klokken på maskinen og prøv igjen.',
      feil_utsteder: 'Innloggingen kommer ikke fra organisasjonens Microsoft-konto. Åpne Skolemiljø i Teams.',
      feil_mottaker: 'Innloggingen gjelder en annen app. Åpne Skolemiljø i Teams på nytt.',
      feil_tenant: 'Denne appen er satt opp for en annen organisasjon.',
      mangler_scope: 'Skolemiljø har ikke fått lov til å vite hvem du er. Åpne appen i Teams og godta tilgangen.',
      mangler_oid: 'Innloggingen sier ikke hvem du er. Åpne Skolemiljø i Teams på nytt.',
      lokal_identitet_avvist: 'Her må du logge inn gjennom Teams; å velge person er bare for lokal utprøving.',
      nokler_utilgjengelig: 'Vi får ikke kontrollert innloggingen akkurat nå. Prøv igjen om litt.',
    },
  },
  oversikt: {
    /** Why skoleeier has a case (Oversikt's list). */
    grunn: {
      ledelse: 'Gjelder noen i skolens ledelse',
      ansatt: 'Gjelder en ansatt (skoleeier varslet)',
      meldt: 'Meldt til skoleeier av skolen',
    },
  },
  plikter: {
    nyTekst: 'Teksten om pliktene er endret mens siden var åpen. Les den nye teksten og bekreft igjen.',
    ingenSkole: 'Du er ikke registrert som ansatt ved en skole, så du har ingen skole å bekrefte for.',
  },
  validering: {
    skoleUkjent: 'Velg en skole i listen.',
    datoUgyldig: 'Skriv datoen som dd.mm.åååå, eller velg i kalenderen.',
    datoFremtid: 'Datoen kan ikke være frem i tid.',
    datoMangler: 'Velg datoen, eller velg «Over tid» eller «Vet ikke».',
    naarMotstridende: 'Du har valgt både en dato og «Over tid» eller «Vet ikke». Fjern datoen, eller velg «På en bestemt dag».',
    valgUgyldig: 'Velg et av alternativene.',
    kommerFraMangler: 'Svar på om krenkingen kommer fra noen som jobber på skolen. Velg «Vet ikke» hvis du ikke vet.',
    begrunnelsePakrevd: 'Skriv en begrunnelse for å avslutte saken uten tiltak.',
  },
  /** The notice on top of a reminder's case card: what is due, never who the pupil is. */
  paminnelse: {
    evaluering_snart: (dato: string) => `Påminnelse: aktivitetsplanen i denne saken skal evalueres ${dato}.`,
    evaluering_i_dag: (dato: string) => `Påminnelse: aktivitetsplanen i denne saken skal evalueres i dag (${dato}). Registrer evalueringen når den er gjort.`,
    evaluering_forfalt: (dato: string) => `Evalueringen av aktivitetsplanen skulle vært gjort ${dato} og er ikke registrert. Registrer evalueringen, eller sett en ny dato.`,
    evaluering_rektor: (dato: string, dager: number) =>
      `Til rektor: evalueringen av aktivitetsplanen skulle vært gjort ${dato} og er ${dager} virkedager forsinket.`,
    varsel_ikke_mottatt: 'Påminnelse: dette varselet er ikke tatt imot ennå.',
    varsel_ikke_mottatt_straks: 'Påminnelse: dette varselet skal følges opp straks og er ikke tatt imot ennå.',
    varsel_kommunalsjef: (frist: string) => `Til skoleeier: varselet er ikke tatt imot av skolen innen fristen (${frist}).`,
    undersokelse_ikke_startet: (dager: number) => `Påminnelse: undersøkelsen er ikke startet ${dager} virkedager etter at saken ble tatt imot.`,
  },
} as const;

export type Katalog = typeof nb;
