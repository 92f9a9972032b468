/**
 * The duties every employee confirms each school year («jeg er kjent med pliktene»), in plain
 * bokmål for anyone who works at a school — a vaktmester or an SFO-medarbeider as much as a
 * teacher. No paragraph numbers in the text (docs/domene.md: plain words a non-teacher understands).
 *
 * `versjon` is stored with each confirmation: change it whenever the text's meaning changes, and
 * everyone is asked to confirm again. Correcting a typo keeps the version.
 */
export const plikter = {
  versjon: '2026-2',
  tittel: 'Pliktene dine når en elev ikke har det trygt og godt',
  ingress:
    'Alle som jobber på skolen har de samme pliktene – lærere, assistenter, SFO-ansatte, ' +
    'vaktmestere, renholdere og vikarer. Det er elevens egen opplevelse som teller, ikke om du selv ' +
    'synes det er alvorlig.',
  delplikter: [
    {
      id: 'folgeMed',
      navn: 'Følge med',
      tekst:
        'Hold øye med elevene der du er: i gangen, i garderoben, ute, på bussen, i SFO. Legg merke til en ' +
        'elev som er alene, blir holdt utenfor, blir kalt ting eller virker redd. Følg ekstra godt med på ' +
        'elever du vet har det vanskelig.',
    },
    {
      id: 'gripeInn',
      navn: 'Gripe inn',
      tekst:
        'Ser du at en elev blir plaget, slått, truet eller holdt utenfor, skal du stoppe det med en gang hvis ' +
        'du kan. Du trenger ikke vite hele historien for å si ifra der og da.',
    },
    {
      id: 'meldeFra',
      navn: 'Melde fra',
      tekst:
        'Mistenker eller vet du at en elev ikke har det trygt og godt, melder du fra til rektor – i appen ' +
        '(«Meld fra»). Mistanke er nok, tvil er nok, og en forelders bekymring er nok. Fortell eleven at du ' +
        'sier ifra, på en måte som passer alderen. Gjelder det noen som jobber på skolen, skal du melde fra ' +
        'straks. Gjelder det noen i skolens ledelse, går varselet rett til kommunen.',
    },
    {
      id: 'undersoke',
      navn: 'Undersøke',
      tekst:
        'Skolen undersøker saken så snart som mulig: hva eleven selv opplever, og hva som ligger bak. Du kan bli ' +
        'spurt om hva du har sett og hørt. Det er ikke en jakt på bevis.',
    },
    {
      id: 'tiltak',
      navn: 'Sette inn tiltak',
      tekst:
        'Sier eleven selv at skolemiljøet ikke er trygt og godt, er det nok: da skal skolen sette inn tiltak. ' +
        'Tiltakene skal passe det undersøkelsen viste, og skolen holder på til eleven har det trygt og godt. ' +
        'Tiltakene står i en skriftlig aktivitetsplan. Får du et tiltak å gjøre, ser du det under «Mine ' +
        'oppgaver».',
    },
  ],
  bekreftTekst: 'Jeg er kjent med pliktene',
} as const;

export type DelpliktId = (typeof plikter.delplikter)[number]['id'];
