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
    ugyldigAktivitet: 'Aktiviteten har ikke formen Bot Framework krever, eller er ikke noe denne boten tar imot.',
    intern: (ref: string) => `Noe gikk galt hos oss. Oppgi referansen ${ref} hvis du kontakter IT.`,
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
