/**
 * The pupils' pages and chat in English (issue 24, 25), for a pupil who reads English better than
 * Norwegian: short sentences a 12-year-old understands when they are read aloud, no legal terms, no
 * paragraph numbers. The same shape as elev.ts (`typeof elevTekster`): a key missing here fails the
 * typecheck. The lines about the pupil that staff read (the case, the card to the adult, the
 * documentation) are in English too, for staff who read English.
 */
import type { elevTekster } from './elev';

export const elevTeksterEn: typeof elevTekster = {
  trinn: {
    barnetrinn: {
      tittel: 'Tell an adult',
      intro: 'Are you not OK at school? Or do you see that someone else is not OK? Write it here. An adult at school will read it and help you.',
      hva: 'What has happened?',
      hvaHjelp: 'Use your own words. It is fine to write just a little.',
    },
    ungdomstrinn: {
      tittel: 'Tell us',
      intro: 'Are you not OK at school, or do you see that someone else is not OK? Write it here. An adult at school will read it and get in touch with you.',
      hva: 'What has happened?',
      hvaHjelp: 'Use your own words. You do not need to know everything.',
    },
    videregaende: {
      tittel: 'Tell us',
      intro: 'Are you not OK at school, or do you see that someone else is not OK? Write it here. The school will read it and get in touch with you.',
      hva: 'What has happened?',
      hvaHjelp: 'Use your own words. You do not need to know everything, and you do not need proof.',
    },
  },
  menySiFra: 'Tell us',
  navigasjon: 'Pages',
  appNavn: 'Skolemiljø',
  byttPerson: 'Change person',
  stilling: (klasse: string | undefined) => (klasse ? `pupil, ${klasse}` : 'pupil'),
  valgfritt: '(optional)',
  sendNy: 'Tell us about something else',
  menyMine: 'What I have told you about',
  hvem: { sporsmal: 'Is it about you, or about another pupil?', meg: 'Me', annen: 'Another pupil' },
  annenNavn: { etikett: 'What is the pupil’s name?', hjelp: 'Write the name if you know it.' },
  hvordan: { sporsmal: 'How are you at school right now?', ja: 'Good', delvis: 'Both good and bad', nei: 'Not good' },
  voksen: {
    sporsmal: 'Is it an adult at school who is doing it?',
    nei: 'No',
    ansatt: 'Yes, an adult at school',
    ledelse: 'Yes, the principal or another leader at school',
    vet_ikke: 'I don’t know',
  },
  snakkeMed: {
    sporsmal: 'Is there an adult you want to talk to?',
    hvemSomHelst: 'Anyone is fine',
    rolle: { kontaktlaerer: 'your class teacher', helsesykepleier: 'the school nurse', sosiallaerer: 'the social teacher', rektor: 'the principal' },
  },
  send: 'Send',
  sender: 'Sending …',
  ikkeNavnPaaAnnen: 'Not given',
  feil: {
    hva: 'Write a little about what has happened.',
    hvaForLang: (maks: number) => `The text is too long. Write fewer than ${maks} characters.`,
    hvem: 'Choose if it is about you or another pupil.',
    hvordan: 'Choose how you are.',
    voksen: 'Choose an answer.',
    snakkeMed: 'Choose an adult from the list.',
    skjema: 'Something is missing. Look over what you wrote.',
    forMange: 'You have told us three times today. We are glad you did! If something else has happened, you can talk to an adult at school tomorrow, or to an adult you trust right now.',
    ikkeElev: 'This page is for pupils.',
  },
  kvittering: {
    tittel: 'Thank you for telling us',
    riktig: 'It was right to tell us. You have not done anything wrong.',
    snakkerMed: (navn: string, dato: string) => `${navn} will talk with you by ${dato} at the latest.`,
    noenSnakkerMed: (dato: string) => `An adult at school will talk with you by ${dato} at the latest.`,
    rettigheter: 'You have the right to feel safe and well at school. The school must help you.',
    statsforvalteren: (dato: string) =>
      `If you or your parents think the school is not helping enough, you can complain to the County Governor (Statsforvalteren) from ${dato}. The County Governor makes sure schools do their job.`,
    haster: 'If something is happening right now, tell an adult straight away.',
  },
  status: {
    tittel: 'What I have told you about',
    tom: 'You have not told us about anything here yet.',
    sendt: (dato: string) => `Sent ${dato}`,
    tekst: {
      mottatt: 'The school has got what you wrote.',
      skal_snakke: 'An adult will talk with you.',
      jobber: 'The school is working on it.',
      ferdig: 'The school has finished with this. If you are still not OK, you can tell us again or talk to an adult.',
    },
  },
  vilSnakke: {
    tittel: 'A pupil wants to talk with you',
    tekst: (elev: string, klasse: string | undefined) =>
      `${elev}${klasse ? ` (${klasse})` : ''} has told the school in Teams that they are not OK, or about something they have seen, and would like to talk with you.`,
    gjor: 'Get in touch with the pupil as soon as you can. The school’s report receivers follow up the case.',
  },
  fraEleven: (dato: string) => `The pupil raised it themselves, ${dato}.`,
  fraElevenKort: 'The pupil raised it themselves',
  dokumentEtikett: 'The pupil raised it themselves',
  fraElevenVilSnakke: (navn: string) => `The pupil would like to talk with ${navn}.`,
  loggDeltakere: 'The pupil, written in Teams',
};
