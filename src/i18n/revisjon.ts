/**
 * The words of the school year's internkontroll (issue 23): case themes, the yearly revision
 * (the default questions, the tab's pages, the card to rektor) and the report to the kommunestyre.
 * Bokmål; one part of the one catalog (README.md here).
 */
import type { RevisjonsTall } from '../domain/revisjon';

const tall = (n: number) => String(n).replace('.', ',');
type Tall = Omit<RevisjonsTall, 'medianTimerTilMottak' | 'medianTimerTilUndersokelse'> & Partial<RevisjonsTall>;

/** The figures' labels, in each language. */
export type TallEtiketter = Record<'varsler' | 'temaer' | 'aktivitetsplaner' | 'planTemaer' | 'mottak' | 'undersokelse' | 'utenBarnetsBeste' | 'forfalte' | 'utenTiltak' | 'paragraf125' | 'bekreftet', string>;
/** How a language writes the figures' values: no theme, hours (or none yet), and «av» in «3 av 4 (75 %)». */
export interface TallVerdier {
  ingen: string;
  timer: (t: number | undefined) => string;
  av: string;
}

/**
 * The figures as labelled lines, the same in the tab, the PDF and the text, and the same list in
 * every language (nn.ts and en.ts build theirs here with their own words); `temanavn` gives a theme
 * id its words.
 */
export function tallLinjer(t: TallEtiketter, v: TallVerdier) {
  return (x: Tall, temanavn: (id: string) => string): { etikett: string; verdi: string }[] => {
    const temaer = (r: Record<string, number>) => {
      const par = Object.entries(r).sort((a, b) => b[1] - a[1]);
      return par.length === 0 ? v.ingen : par.map(([id, n]) => `${temanavn(id)}: ${n}`).join(', ');
    };
    return [
      { etikett: t.varsler, verdi: String(x.varsler) },
      { etikett: t.temaer, verdi: temaer(x.temaer) },
      { etikett: t.aktivitetsplaner, verdi: String(x.aktivitetsplaner) },
      { etikett: t.planTemaer, verdi: temaer(x.planTemaer) },
      { etikett: t.mottak, verdi: v.timer(x.medianTimerTilMottak) },
      { etikett: t.undersokelse, verdi: v.timer(x.medianTimerTilUndersokelse) },
      { etikett: t.utenBarnetsBeste, verdi: String(x.planerUtenBarnetsBeste) },
      { etikett: t.forfalte, verdi: String(x.forfalteEvalueringer) },
      { etikett: t.utenTiltak, verdi: String(x.avsluttetUtenTiltak) },
      { etikett: t.paragraf125, verdi: String(x.paragraf125) },
      { etikett: t.bekreftet, verdi: x.ansatte === 0 ? `0 ${v.av} 0` : `${x.bekreftet} ${v.av} ${x.ansatte} (${Math.round((x.bekreftet / x.ansatte) * 100)} %)` },
    ];
  };
}

const tallEtiketter = {
  varsler: 'Varsler',
  aktivitetsplaner: 'Aktivitetsplaner laget',
  planTemaer: 'Tema i aktivitetsplanene',
  temaer: 'Tema i sakene',
  mottak: 'Tid fra varsel til mottak (median)',
  undersokelse: 'Tid fra varsel til undersøkelsen startet (median)',
  utenBarnetsBeste: 'Planer uten barnets beste-vurdering',
  forfalte: 'Evalueringer som har passert fristen',
  utenTiltak: 'Saker avsluttet uten tiltak',
  paragraf125: 'Saker der en ansatt krenket en elev (§ 12-5)',
  bekreftet: 'Ansatte som har bekreftet pliktene',
};

export const revisjonTekster = {
  tema: {
    felt: 'Tema',
    forklaring: 'Hva saken handler om, for kommunens tall. Skriv aldri navn her.',
    velg: 'Velg tema',
    ingen: 'Ikke valgt',
    lagre: 'Lagre tema',
    lagret: 'Temaet er lagret.',
    ugyldig: 'Velg et tema fra listen.',
    navn: {
      utestenging: 'Utestenging',
      krenkende_ord: 'Krenkende ord og handlinger',
      digital_krenking: 'Digital krenking',
      vold: 'Vold',
      rasisme_diskriminering: 'Rasisme og diskriminering',
      seksuell_trakassering: 'Seksuell trakassering',
      annet: 'Annet',
    } as Record<string, string>,
  },
  /** The reference's Forms survey «Internkontroll – revisjon»; the name question is the sign-in's. */
  standardSporsmal: [
    { id: 'tall', tall: true, tekst: 'Skolens tall for skoleåret (hentet fra Skolemiljø): hva er din kommentar til tallene?' },
    { id: 'opplaering', tekst: 'Hvordan har opplæring i aktivitetsplikten med tilhørende prosedyrer og maler/skjemaer fungert?' },
    { id: 'endringer', tekst: 'Bør noe av innholdet i presentasjonen, prosedyrene eller malene/skjemaene endres?' },
    { id: 'plattform', tekst: 'Hvordan fungerer Teams som plattform for internkontrollen – tilgang til filer, kommunikasjon og erfaringsdeling?' },
    { id: 'risiko', tekst: 'Hvilke risikoområder har dere identifisert i løpet av skoleåret? Hvilke områder må dere arbeide videre med, og hvordan ble det arbeidet med dem i år?' },
    { id: 'arshjul', tekst: 'Er tidene og sjekkpunktene i årshjulet for internkontroll hensiktsmessige?' },
    { id: 'reflex', tekst: 'Har bruk av RefLex-verktøyet vært nyttig, på lærer- og skoleledernivå?' },
    { id: 'spekter', tekst: 'Hvordan fungerer bruk av Spekter? Tas det i bruk ved angitte tidspunkter eller i andre sammenhenger?' },
    { id: 'planer', tall: true, tekst: 'Aktivitetsplaner i skoleåret (antall og tema er hentet fra Skolemiljø): hva handlet de om, generelt?' },
    { id: 'kompetanse', tekst: 'Med bakgrunn i internkontroll, egenvurdering, aktivitetsplaner og risikovurderinger – hva er kompetansebehovet framover?' },
  ],
  side: {
    tittel: 'Revisjon av internkontrollen',
    forklaring: (skoleaar: string) => `Hvert skoleår svarer rektor på kommunens spørsmål om internkontrollen for skolemiljøet. Skoleåret ${skoleaar.replace('-', '–')}.`,
    ikkeSendt: 'Kommunalsjefen har ikke sendt årets revisjon ennå.',
    dineSvar: 'Dine svar',
    svar: 'Svar',
    lagreSvar: 'Send svarene',
    svarLagret: 'Svarene er lagret. Du kan endre dem senere; rapporten til kommunestyret tar med svarene slik de er når den lages.',
    sistLagret: (navn: string, dato: string) => `Sist lagret av ${navn} ${dato}.`,
    versjon: (nr: number) => `Spørsmålsversjon ${nr}`,
    skolensTall: 'Skolens tall for skoleåret',
    talletForklaring: 'Tallene er hentet fra sakene i Skolemiljø i dag. Saker om skolens ledelse er ikke med.',
    spørsmål: 'Spørsmål',
    nyttSporsmal: 'Legg til spørsmål',
    fjern: (nr: number) => `Fjern spørsmål ${nr}`,
    sporsmalNr: (nr: number) => `Spørsmål ${nr}`,
    medTall: 'Vis skolens tall ved spørsmålet',
    lagreSporsmal: 'Lagre spørsmålene som ny versjon',
    sporsmalLagret: (nr: number) => `Spørsmålene er lagret som versjon ${nr}.`,
    send: 'Send revisjonen til alle rektorer',
    sendt: (dato: string, antall: number) => `Sendt ${dato} til ${antall} ${antall === 1 ? 'rektor' : 'rektorer'}.`,
    svarene: 'Svarene side om side',
    skole: 'Skole',
    ikkeSvart: 'Ikke svart ennå',
    svartVersjon: (nr: number) => `(svarte på versjon ${nr})`,
    lastNedPdf: 'Last ned rapporten til kommunestyret (PDF)',
    visTekst: 'Vis rapporten som tekst',
    tekstEtikett: 'Rapporten som tekst, til å lime inn',
    rapport: 'Rapport til kommunestyret',
  },
  tall: {
    ...tallEtiketter,
    linjer: tallLinjer(tallEtiketter, {
      ingen: 'ingen',
      timer: (t) => (t === undefined ? 'ingen ennå' : `${tall(t)} timer`),
      av: 'av',
    }),
  },
  rapport: {
    tittel: (kommune: string) => `Rapport til kommunestyret: oppfølging av skolemiljøet i ${kommune}`,
    emne: 'Internkontroll for skolemiljø (opplæringslova kapittel 12)',
    skoleår: 'Skoleår',
    laget: 'Laget',
    av: 'Av',
    kommunen: 'Hele kommunen',
    skoler: 'Tall per skole',
    risiko: 'Risikoområder skolene har pekt på',
    kompetanse: 'Kompetansebehov',
    ingenSvar: 'Ingen svar.',
    om: 'Om tallene',
    omTekst:
      'Tallene er hentet fra Skolemiljø for skoleåret så langt og er de samme som i kommunalsjefens oversikt. Saker om skolens ledelse er med i kommunens tall. Rapporten nevner ingen elev.',
    svarFra: (skole: string) => skole,
    filnavn: (skoleaar: string) => `rapport-kommunestyret-skolemiljo-${skoleaar}.pdf`,
  },
  kort: {
    tittel: 'Revisjon av internkontrollen for skolemiljøet',
    tekst: (avsender: string, skoleaar: string) =>
      `${avsender} ber deg svare på årets revisjon av internkontrollen for skoleåret ${skoleaar.replace('-', '–')}. Skolens tall er fylt ut fra Skolemiljø; du kommenterer dem og svarer på spørsmålene i fanen.`,
    apne: 'Svar i fanen',
  },
  feil: {
    ikkeSendt: 'Årets revisjon er ikke sendt ennå.',
    forLangt: (maks: number) => `Svaret kan ha høyst ${maks} tegn.`,
    sporsmalTomt: 'Skriv spørsmålet, eller fjern det.',
    forMange: (maks: number) => `Revisjonen kan ha høyst ${maks} spørsmål.`,
    ingenRektor: 'Ingen skole har rektor registrert, så revisjonen kan ikke sendes.',
    ukjentSkole: 'Du er ikke rektor ved denne skolen.',
    nevnerElev: 'Svaret ser ut til å nevne en elev ved navn. Svarene går inn i rapporten til kommunestyret, som ikke skal nevne noen elev: skriv uten navn.',
  },
};
