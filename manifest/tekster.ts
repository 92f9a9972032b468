/**
 * The app package's words in bokmål (the default), nynorsk and English. The bokmål command words are
 * the bot's own (src/i18n/cards.ts), so what Teams lists in the compose box is exactly what the bot
 * answers to; nynorsk and English users see the bokmål word with a description in their language,
 * because the bot only understands bokmål words.
 */
import { botTekster } from '../src/i18n/cards';
import { arbeidTekster } from '../src/i18n/tabArbeid';

export type Sprak = 'nb' | 'nn' | 'en';

export interface ManifestTekster {
  navn: { kort: string; full: string };
  beskrivelse: { kort: string; full: string };
  kommandoer: Record<keyof typeof botTekster.kommandoer, { tittel: string; beskrivelse: string }>;
  /**
   * The tab's pages, one personal static tab each, keyed by the tab's route (tab/src/sider.tsx).
   * Venter på deg, the tab's start page (issue 20), has the entityId `skolemiljo` that the cards' deep links name.
   */
  sider: Record<'venter' | 'plikter' | 'meld-fra' | 'varsler' | 'oppgaver' | 'saker' | 'bekreftelser' | 'oversikt' | 'revisjon' | 'skolerute' | 'aarshjul', string>;
}

const k = botTekster.kommandoer;
const ord = { varsel: k.varsel.ord, hjelp: k.hjelp.ord };

export const manifestTekster: Record<Sprak, ManifestTekster> = {
  nb: {
    navn: { kort: botTekster.appNavn, full: 'Skolemiljø – varsler og saker etter opplæringslova kapittel 12' },
    beskrivelse: {
      kort: 'Meld fra når en elev ikke har det trygt og godt på skolen.',
      full:
        'Alle som jobber på skolen, skal melde fra til rektor når de tror at en elev ikke har det trygt og godt. ' +
        'Med Skolemiljø sender du et varsel i chatten på under ett minutt. Varselet går til rektor, eller rett til ' +
        'skoleeier når det gjelder noen i skolens ledelse. Rektor og saksansvarlig følger opp saken, ' +
        'aktivitetsplanen og evalueringene i appen, og kommunen ser internkontrollen for alle skoler.',
    },
    kommandoer: { varsel: { tittel: ord.varsel, beskrivelse: k.varsel.beskrivelse }, hjelp: { tittel: ord.hjelp, beskrivelse: k.hjelp.beskrivelse } },
    sider: {
      venter: arbeidTekster.venter.side,
      plikter: 'Mine plikter',
      'meld-fra': 'Meld fra',
      varsler: 'Mine varsler',
      oppgaver: 'Mine oppgaver',
      saker: 'Saker',
      bekreftelser: 'Bekreftelser',
      oversikt: 'Oversikt',
      revisjon: 'Revisjon',
      skolerute: 'Skolerute',
      aarshjul: 'Årshjul',
    },
  },
  nn: {
    navn: { kort: 'Skulemiljø', full: 'Skulemiljø – varsel og saker etter opplæringslova kapittel 12' },
    beskrivelse: {
      kort: 'Meld frå når ein elev ikkje har det trygt og godt på skulen.',
      full:
        'Alle som arbeider på skulen, skal melde frå til rektor når dei trur at ein elev ikkje har det trygt og godt. ' +
        'Med Skulemiljø sender du eit varsel i chatten på under eitt minutt. Varselet går til rektor, eller rett til ' +
        'skuleeigaren når det gjeld nokon i leiinga på skulen. Rektor og saksansvarleg følgjer opp saka, ' +
        'aktivitetsplanen og evalueringane i appen, og kommunen ser internkontrollen for alle skulane.',
    },
    kommandoer: {
      varsel: { tittel: ord.varsel, beskrivelse: 'Meld frå om ein elev som ikkje har det trygt og godt på skulen' },
      hjelp: { tittel: ord.hjelp, beskrivelse: 'Sjå kva eg kan hjelpe deg med' },
    },
    sider: {
      venter: 'Ventar på deg',
      plikter: 'Mine plikter',
      'meld-fra': 'Meld frå',
      varsler: 'Mine varsel',
      oppgaver: 'Mine oppgåver',
      saker: 'Saker',
      bekreftelser: 'Stadfestingar',
      oversikt: 'Oversikt',
      revisjon: 'Revisjon',
      skolerute: 'Skulerute',
      aarshjul: 'Årshjul',
    },
  },
  en: {
    navn: { kort: 'School environment', full: 'School environment – reports and cases under the Norwegian Education Act, chapter 12' },
    beskrivelse: {
      kort: 'Report when a pupil does not feel safe and well at school.',
      full:
        'Everyone who works at a school must tell the principal when they believe a pupil does not have a safe and good ' +
        'school environment. With this app you send a report from the chat in under a minute. It goes to the principal, ' +
        'or straight to the school owner when it concerns the school leadership. The principal and the case handler ' +
        'follow up the case, the activity plan and its evaluations in the app, and the municipality sees the internal ' +
        'control for all its schools. The bot understands the Norwegian command words.',
    },
    kommandoer: {
      varsel: { tittel: ord.varsel, beskrivelse: 'Report a pupil who does not feel safe and well at school' },
      hjelp: { tittel: ord.hjelp, beskrivelse: 'See what I can help you with' },
    },
    sider: {
      venter: 'Waiting for you',
      plikter: 'My duties',
      'meld-fra': 'Report',
      varsler: 'My reports',
      oppgaver: 'My tasks',
      saker: 'Cases',
      bekreftelser: 'Confirmations',
      oversikt: 'Overview',
      revisjon: 'Yearly review',
      skolerute: 'School calendar',
      aarshjul: 'Annual cycle',
    },
  },
};
