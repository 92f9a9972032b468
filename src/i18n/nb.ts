/**
 * The bokmål catalog's messages part (the use cases' messages, field labels and errors, the API's
 * titles, reminders): one part of `nbKatalog` (katalog.ts), which nn.ts and en.ts follow key for key.
 * Long because it is a catalog: one line per text.
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
    saksansvarligLedelse: 'Saken flyttes til kommunalsjef og kan ikke gis til noen ved skolen. Ta imot uten å velge saksansvarlig; kommunalsjefen tildeler den.',
    klassifiseringUgyldig: 'Velg hvem saken gjelder fra listen.',
    kanIkkeOmklassifiseres: 'Saken gjelder skolens ledelse og ligger hos skoleeier; den kan ikke endres tilbake.',
    ingenKommunalsjef: 'Kommunen har ingen kommunalsjef registrert i Skolemiljø, så saken kan ikke sendes til skoleeier. Kommunens administrator må legge inn kommunalsjefen. Meld fra til skoleeier på annen måte i mellomtiden.',
    maaBekreftes: 'Bekreft for å fullføre.',
    forLang: (felt: string, maks: number) => `${felt} kan ha høyst ${maks} tegn.`,
    informertDato: 'Skriv datoen de ble informert (ikke frem i tid).',
    planIkkeFunnet: 'Saken har ingen aktivitetsplan ennå.',
    planIkkeRedigerbar: 'Denne versjonen av planen er aktivert og kan ikke endres. Endringer gjøres i en ny versjon etter en evaluering.',
    planMangler: 'Planen kan ikke aktiveres ennå. Dette mangler:',
    evalueringMangler: 'Evalueringen kan ikke lagres ennå. Dette mangler:',
    loggLukket: 'Saken er avsluttet; loggen kan ikke endres.',
    korrigererUkjent: 'Føringen som skal rettes finnes ikke i denne saken.',
    planForStor: 'Planen er blitt for stor til å lagres. Korte ned de lengste tekstene og prøv igjen.',
    tiltakIkkeFunnet: 'Fant ikke tiltaket, eller du er ikke ansvarlig for det.',
    motElevenBareRektor: 'Bare rektor (kommunalsjef i saker om skolens ledelse) kan avslutte mot elevens egen opplevelse.',
    klassifiserNeiBegrunnelse: 'Skriv hvorfor saken ikke gjelder noen som jobber på skolen. Varsleren visste ikke, så saken er behandlet som straks til nå.',
    involvertAnsattUgyldig: 'Velg en ansatt ved skolen fra listen, eller skriv navnet.',
    involvertIkkeAnsattSak: 'Saken gjelder ikke en som jobber på skolen. Velg det først, eller la feltet stå tomt.',
    involvertUtenforUtenNavn: 'Skriv hvem det gjelder, så det står i saken hvem som ikke er ansatt i kommunen.',
    involvertILedelsen: 'Den du har valgt, er i skolens ledelse. Da skal saken til kommunalsjef: velg at den gjelder noen i skolens ledelse.',
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
    informertHvordan: 'Hvordan de ble informert',
    informertNavn: 'Hvem av foreldrene',
    informertDato: 'Dato de ble informert',
    loggType: 'Type',
    loggDato: 'Dato',
    deltakere: 'Hvem som deltok',
    loggTekst: 'Kort oppsummering',
    elevensSvarHvorfor: 'Hvorfor det ikke var mulig å spørre eleven',
    begrunnelseMotEleven: 'Begrunnelse for å avslutte mot elevens opplevelse',
    involvertAnsattTekst: 'Hvem det gjelder',
    involvertAnsatt: 'Hvem det gjelder',
  },
  avslutning: {
    /** The closing's record when rektor wrote no reason: what the evaluation that allowed it concluded. */
    etterEvaluering: 'Evalueringen viser at eleven har et trygt og godt skolemiljø.',
  },
  org: {
    ikkeAdministrator: 'Bare kommunens administratorer kan endre skolenes oppsett.',
    ikkeRektor: 'Bare skolens rektor kan endre skolens varslingsliste.',
    skoleFinnes: (id: string) => `Det finnes allerede en skole med id «${id}».`,
    skoleUkjent: 'Fant ikke skolen.',
    skoleId: 'Skole-id kan bare ha små bokstaver a–z, tall og bindestrek (2–40 tegn).',
    navnMangler: 'Skriv navnet.',
    oidUgyldig: 'Må være en Entra objekt-id (GUID, 8-4-4-4-12 heksadesimale tegn).',
    listeEndret: 'Varslingslisten ble endret av noen andre samtidig. Du ser nå gjeldende liste; gjør endringen på nytt.',
    endringBrudd: 'Endringen bryter reglene for varslingslisten og ble ikke lagret.',
    kommunalsjefISkole: (navn: string, skole: string) => `${navn} er i ledelsen eller blant varselmottakerne ved ${skole}, og kan ikke være kommunalsjef: varsler om skolens ledelse skal ikke gå til ledelsen selv.`,
    ukjentNavn: 'Ukjent person',
    ikkeAdministratorEllerKommunalsjef: 'Bare kommunens administratorer og kommunalsjefer kan se skolenes oppsett.',
    ikkeLeser: 'Bare skolens rektor, kommunalsjefer og kommunens administratorer kan se skolens varslingsliste.',
    synkTidsplan: 'Tidsplanen (daglig)',
    /** Who changed a varslingsliste when it was not a person. */
    endrer: { synk: 'Synkronisering fra Entra ID', import: 'Import av organisasjonsfil' } as Record<string, string>,
    /** Why the last sync failed, as the administrator can act on it. */
    synkFeil: {
      tillatelse:
        'Appen mangler tillatelse i Microsoft Graph. En global administrator må gi appen programtillatelsene GroupMember.Read.All og User.Read.All (med administratorsamtykke) i Entra ID.',
      ikke_funnet: 'En gruppe eller et team som en skole er koblet til, finnes ikke i Entra ID. Sjekk gruppe-id-en under «Koble skolen til Entra ID», og koble skolen på nytt.',
      utilgjengelig: 'Microsoft Graph svarte ikke (eller ba appen vente). Ingenting er tapt; prøv igjen om litt.',
      ukjent: 'Synkroniseringen stoppet av en uventet feil. Ingenting er tapt; prøv igjen, og be IT se i loggen hvis det gjentar seg.',
    },
    sokForKort: 'Skriv minst to bokstaver av navnet.',
    /** A person named by object id whom the directory (Entra ID, or the organisation locally) does not know. */
    /** The school's and the kommune's contact details (printed in the letters). */
    kontakt: {
      telefonUgyldig: 'Skriv et telefonnummer med 8 sifre (f.eks. 22 33 44 55), eventuelt med +47 foran, eller et utenlandsk nummer som begynner med +.',
      epostUgyldig: 'Skriv en e-postadresse som «post@skole.kommune.no».',
      adresseForLang: 'Postadressen kan være høyst 200 tegn.',
      ikkeTillatt: 'Bare skolens rektor og kommunens administratorer kan endre skolens kontaktopplysninger.',
      endret: 'Kontaktopplysningene ble endret av noen andre samtidig. Last siden på nytt og prøv igjen.',
    },
    personUkjent: (oid: string) => `Fant ingen person med id ${oid} i katalogen. Velg personen med personsøket.`,
    synkIkkeOppsatt: 'Synkronisering fra Entra ID er ikke satt opp: appen har ikke tilgang til Microsoft Graph (se docs/organisasjon.md).',
    foresporselMangler: 'Forespørselen mangler sin id. Last siden på nytt og prøv igjen.',
    egenRolle: 'Du kan ikke gi deg selv en rolle som leser saker (kommunalsjef, kommunens saksbehandler eller rektor). En annen administrator må gjøre endringen, og den blir loggført og meldt til kommunalsjefene.',
    /** The card to the kommunalsjefer when a role that reads cases changes. */
    rolleendring: {
      kommunalsjef: 'kommunalsjef',
      saksbehandler: 'kommunens saksbehandler',
      rektor: (skole: string) => `rektor ved ${skole}`,
      ingen: 'ingen',
      tekst: (av: string, rolle: string, tid: string, for_: string, etter: string) => `${av} endret hvem som er ${rolle}, ${tid}. Før: ${for_}. Nå: ${etter}.`,
    },
  },
  http: {
    ikkeJson: 'Innholdet må være JSON (content-type: application/json).',
    ukjentKoding: 'Ukjent innholdskoding. Send innholdet ukomprimert, eller som gzip, deflate eller br.',
    ugyldigKoding: (koding: string) => `Innholdet er ikke gyldig ${koding}.`,
    forStor: (maks: number) => `Innholdet er for stort (høyst ${Math.round(maks / 1024)} KB etter utpakking).`,
    ugyldigJson: 'Innholdet er ikke gyldig JSON.',
    ikkeObjekt: 'Innholdet må være et JSON-objekt.',
    tom: 'Innholdet mangler.',
    avbrutt: 'Forespørselen ble avbrutt før innholdet var lest.',
    ugyldigAktivitet: 'Aktiviteten har ikke formen Bot Framework krever, eller er ikke noe denne boten tar imot.',
    intern: (ref: string) => `Noe gikk galt hos oss. Oppgi referansen ${ref} hvis du kontakter IT.`,
  },
  api: {
    uventet: 'Noe gikk galt hos oss. Ingenting er endret. Prøv igjen om litt.',
    /** A path the server has nothing for (the tab's build serves only its page and assets). */
    ikkeFunnet: 'Fant ikke siden.',
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
    /** The varsel form's required answers: the bot's card says these in Teams, the use case everywhere. */
    skoleMangler: 'Velg skolen eleven går på.',
    elevNavnMangler: 'Skriv elevens navn.',
    beskrivelseMangler: 'Skriv hva du så eller hørte.',
    kommerFraMangler: 'Svar på om krenkingen kommer fra noen som jobber på skolen. Velg «Vet ikke» hvis du ikke vet.',
    begrunnelsePakrevd: 'Skriv en begrunnelse for å avslutte saken uten tiltak.',
    foresattMangler: 'Skriv hvem av foreldrene eller de foresatte som ble informert (for eksempel «mor» eller navnet).',
    informertHvordanMangler: 'Skriv hvordan de ble informert (for eksempel samtale, telefon eller møte).',
    /** Dates a record cannot truly have (issue 18): each names the date it may not be before. */
    informertForVarsel: (varsel: string) => `Eleven og foreldrene kan ikke ha blitt informert om saken før varselet kom (${varsel}).`,
    loggForVarsel: (varsel: string, hendelse: string | undefined) =>
      hendelse
        ? `Datoen kan ikke ligge før varselet kom (${varsel}), bortsett fra datoen det skjedde (${hendelse}).`
        : `Datoen kan ikke ligge før varselet kom (${varsel}).`,
    elevensSvarMangler: 'Svar på om eleven opplever skolemiljøet som trygt og godt.',
    elevensSvarHvorforMangler: 'Skriv hvorfor det ikke var mulig å spørre eleven.',
    skrivTekst: 'Skriv tekst.',
    hoyst: (maks: number) => `Høyst ${maks} tegn.`,
    skrivDato: 'Skriv datoen.',
    loggTypeMangler: 'Velg hva slags føring det er.',
    nivaUgyldig: 'Velg nivå: individ, gruppe/klasse eller skole.',
    forMangeTiltak: (maks: number) => `Planen kan ha høyst ${maks} tiltak.`,
    evalueringsdatoUgyldig: 'Skriv evalueringsdatoen som en gyldig dato.',
    evalueringDatoMangler: 'Skriv datoen evalueringen ble holdt.',
    utfallMangler: 'Velg utfallet av evalueringen.',
    brevMalform: 'Velg bokmål eller nynorsk.',
    brevMottaker: 'Velg om brevet er til foresatte eller eleven.',
    skjemaIdMangler: 'Skjemaets id mangler. Last siden på nytt.',
    arkivreferanse: 'Arkivreferansen kan bare ha bokstaver, tall og _ . / : # - (høyst 100 tegn).',
    planAvsluttet: 'Planen er avsluttet.',
    innsynSkole: 'Velg skolen.',
    innsynElevNavn: 'Skriv elevens fulle navn.',
    innsynFormat: 'Velg PDF eller JSON.',
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
    varsel_kommunalsjef: (frist: string, rektor: string) =>
      `Til skoleeier: varselet er ikke tatt imot av skolen innen fristen (${frist}). Neste steg: kontakt ${rektor ? `rektor ${rektor}` : 'skolens ledelse'} og sørg for at skolen tar imot saken nå. Hele saken kan du lese under «Vis detaljer» og i fanen.`,
    undersokelse_ikke_startet: (dager: number) => `Påminnelse: undersøkelsen er ikke startet ${dager} virkedager etter at saken ble tatt imot.`,
    undersokelse_ikke_startet_straks: (dager: number) =>
      `Straks: undersøkelsen skulle vært startet innen ${dager} ${dager === 1 ? 'virkedag' : 'virkedager'} etter at saken ble tatt imot, og er ikke startet.`,
    undersokelse_straks_rektor: (timer: number, dager: number) =>
      `Straks: saken gjelder en som jobber på skolen, og undersøkelsen er ikke startet ${timer} arbeidstimer etter at saken ble tatt imot. Den skal startes innen ${dager} ${dager === 1 ? 'virkedag' : 'virkedager'}.`,
    undersokelse_straks_kommunalsjef: (timer: number) =>
      `Til skoleeier: saken gjelder en som jobber på skolen, og undersøkelsen er ikke startet ${timer} arbeidstimer etter at skolen tok imot den.`,
    tiltak_straks_rektor: (timer: number) =>
      `Straks: saken gjelder en som jobber på skolen, og ingen aktivitetsplan er satt i verk ${timer} arbeidstimer etter at undersøkelsen ble startet. Tiltak skal settes inn straks: lag og aktiver planen.`,
    tiltak_straks_kommunalsjef: (timer: number) =>
      `Til skoleeier: saken gjelder en som jobber på skolen, og skolen har ikke satt i verk en aktivitetsplan ${timer} arbeidstimer etter at undersøkelsen ble startet.`,
    bekreftelse_mangler: (skolear: string) => `Påminnelse: du har ikke bekreftet at du er kjent med pliktene for skoleåret ${skolear}.`,
    bekreftelse_rektor: (rektor: string, skolear: string) => `${rektor} ber deg bekrefte at du er kjent med pliktene for skoleåret ${skolear}.`,
  },
  /** A click on an older copy of a case card (or a tab page behind the case): what happened since, and what the click did. */
  foreldet: {
    tattImotAv: (navn: string, tid: string) => `Saken er allerede tatt imot: ${navn} tok den imot ${tid}.`,
    tattImotAvDeg: (tid: string, iTab: boolean) => `Du tok allerede imot saken${iTab ? ' i fanen' : ''} ${tid}.`,
    saksansvarlig: (navn: string) => `Saksansvarlig: ${navn}.`,
    endretAv: (hva: string, navn: string, tid: string) => `Saken er endret siden kortet ditt ble vist: «${hva}» av ${navn} ${tid}.`,
    endretAvDeg: (hva: string, tid: string, iTab: boolean) => `Saken er endret siden kortet ditt ble vist: du gjorde «${hva}»${iTab ? ' i fanen' : ''} ${tid}.`,
    tildeltNaa: (navn: string) => `Saken er nå tildelt ${navn}, som du valgte.`,
    ikkeTildelt: (grunn: string) => `${grunn} Tildelingen du valgte er ikke gjort.`,
    ingentingEndret: 'Ingenting er endret av klikket ditt; du ser saken slik den er nå.',
  },
  plan: {
    /** The plan's status once a revision is in force. */
    statusMedVersjon: (status: string, nr: number) => `${status} – versjon ${nr}`,
  },
  /** The case's documentation per delplikt (src/app/tidslinje.ts): the tab's page and the documentation PDF. */
  tidslinje: {
    delplikt: {
      folge_med: 'Følge med',
      gripe_inn: 'Gripe inn',
      melde_fra: 'Melde fra',
      undersoke: 'Undersøke',
      tiltak: 'Sette inn tiltak',
      evaluere: 'Evaluere',
      avslutning: 'Avslutning og informasjon til elev og foresatte',
    },
    kilde: {
      egen_observasjon: 'egen observasjon',
      eleven: 'eleven fortalte det',
      foresatte: 'foresatte fortalte det',
      annen_elev: 'en annen elev fortalte det',
      annen_voksen: 'en annen voksen fortalte det',
    } as Record<string, string>,
    systemet: 'Systemet',
    observert: (kilde: string, naar: string) => `Observert eller fortalt${kilde ? ` (${kilde})` : ''}${naar}`,
    overTid: ' – over tid',
    tidUkjent: ' – tidspunkt ukjent',
    sted: 'Sted',
    andreInvolverte: 'Andre involverte',
    grepInn: { ja: 'Grep inn', nei: 'Grep ikke inn', ikke_aktuelt: 'Ikke aktuelt å gripe inn' },
    elevInformert: { ja: 'Eleven fikk vite at det ble meldt fra', nei: 'Eleven fikk ikke vite at det ble meldt fra' },
    til: (navn: string) => `Til: ${navn}`,
    rettelse: ' (rettelse av tidligere føring)',
    rettetSenere: ' (rettet senere)',
    deltakere: 'Deltakere',
    planVersjon: (nr: number, aktivert: boolean) => `Aktivitetsplan versjon ${nr} ${aktivert ? 'aktivert' : '(utkast)'}`,
    tiltak: (nr: number, niva: string) => `Tiltak ${nr} (${niva})`,
    tiltakVerdi: (beskrivelse: string, tidsrom: string, ansvarlig: string) => `${beskrivelse} – når: ${tidsrom} – ansvarlig: ${ansvarlig}`,
    ikkeSatt: 'ikke satt',
    evaluering: (versjon: number, utfall: string) => `Evaluering av versjon ${versjon}: ${utfall}`,
    elevensOpplevelse: (tekst: string) => `Elevens opplevelse: ${tekst}`,
    nesteEvaluering: 'Neste evaluering',
    avsluttet: 'Saken avsluttet',
    informert: (hvem: string) => `Informert: ${hvem}`,
  },
  /** The person's own language (issue 24): the choice in the tab, and the municipality's målform. */
  sprak: {
    navn: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
    ugyldig: 'Velg bokmål, nynorsk eller English.',
    malformUgyldig: 'Velg bokmål eller nynorsk som kommunens målform.',
  },
  bekreftelsePaminnelse: {
    sendt: (antall: number) => `Påminnelsen er sendt til ${antall} ${antall === 1 ? 'ansatt' : 'ansatte'} som ikke har bekreftet.`,
    alleredeSendt: (tid: string, av: string, antall: number) =>
      `Påminnelsen ble allerede sendt ${tid} av ${av}, til ${antall} ${antall === 1 ? 'ansatt' : 'ansatte'}. Du kan sende en ny i morgen.`,
    alleHar: 'Alle ansatte ved skolen har bekreftet. Ingen påminnelse er sendt.',
    skoleUkjent: 'Fant ikke skolen.',
  },
  /** The kommunalsjef's steps from her card (src/app/skoleeierSteg.ts): refusals, confirmations and the notice to rektor. */
  skoleeierSteg: {
    avslag: {
      ikke_kommunalsjef: 'Bare kommunalsjefen kan be rektor følge opp eller ta over en sak for skoleeier.',
      avsluttet: 'Saken er avsluttet. Det er ingenting å følge opp eller ta over.',
      ledelsessak: 'Saken gjelder skolens ledelse: den er allerede skoleeiers sak, og rektor skal ikke se den.',
      ingen_rektor: 'Skolen har ingen rektor som kan se saken. Ta over saken, eller kontakt skolen på annen måte.',
      overtatt_av_annen: (navn: string, tid: string) => `${navn} tok over saken for skoleeier ${tid}.`,
    },
    bedt: (rektor: string) => `${rektor} har fått beskjed om at du ber om oppfølging av saken. Det står i saksloggen.`,
    alleredeBedt: (tid: string) => `Du ba rektor følge opp saken ${tid}, og ingen har tatt noe nytt steg i saken siden. Ingen ny beskjed er sendt; du kan be igjen i morgen.`,
    overtatt: 'Du har tatt over saken for skoleeier og er nå saksansvarlig. Rektor ser fortsatt saken.',
    alleredeOvertatt: (tid: string) => `Du tok over saken ${tid}.`,
    /** On the card rektor gets. */
    tilRektor: (kommunalsjef: string, tid: string) => `${kommunalsjef} (kommunalsjef, skoleeier) ba deg ${tid} om å følge opp denne saken.`,
  },
  /** A reminder card someone holds, once what it asked for is done (src/app/paaminnelseKopier.ts): what was done, by whom, when. */
  paminnelseUtfort: {
    avsluttet: (av: string, tid: string) => `Saken er avsluttet av ${av} ${tid}. Påminnelsen gjelder ikke lenger.`,
    tattImot: (av: string, tid: string) => `Saken er tatt imot av ${av} ${tid}. Påminnelsen gjelder ikke lenger.`,
    undersokelseStartet: (av: string, tid: string) => `Undersøkelsen er startet av ${av} ${tid}. Påminnelsen gjelder ikke lenger.`,
    planAktivert: (av: string, tid: string) => `Aktivitetsplanen er satt i verk av ${av} ${tid}. Påminnelsen gjelder ikke lenger.`,
    evalueringRegistrert: (av: string, dato: string) => `Evalueringen er registrert av ${av} ${dato}. Påminnelsen gjelder ikke lenger.`,
    planAvsluttet: 'Aktivitetsplanen er avsluttet. Påminnelsen gjelder ikke lenger.',
    nyDato: (dato: string) => `Evalueringen er flyttet til ${dato}. Påminnelsen gjelder ikke lenger.`,
    endret: 'Saken er endret siden påminnelsen ble sendt, og påminnelsen gjelder ikke lenger. Kortet viser saken slik den er nå.',
  },
} as const;

export type Katalog = typeof nb;
