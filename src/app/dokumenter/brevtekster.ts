/** The letter to parents and pupil, in bokmål and nynorsk (same shape). */
import type { EvalueringUtfall } from '../../domain/aktivitetsplan';
import type { LoggType } from '../../domain/sakslogg';

const nbTekster = {
  tittel: 'Informasjon om skolemiljøsaken',
  filnavnForesatte: 'Brev-til-foresatte',
  filnavnElev: 'Brev-til-eleven',
  til: 'Til',
  foresatteTil: (elev: string) => `Foresatte til ${elev}`,
  skole: 'Skole',
  sak: 'Saksnummer',
  dato: 'Dato',
  annenElev: '[en annen elev]',
  innledningTittel: 'Hva saken gjelder',
  innledning: (elev: string) =>
    `Skolen har fått vite at ${elev} kanskje ikke har et trygt og godt skolemiljø. Skolen har plikt til å følge med, gripe inn, melde fra, undersøke saken og sette inn tiltak (opplæringslova § 12-4). Her er hva skolen har gjort.`,
  gjortTittel: 'Hva skolen har gjort',
  mottatt: (dato: string) => `${dato}: Rektor tok imot saken.`,
  undersokelseStartet: (dato: string) => `${dato}: Skolen startet undersøkelsen.`,
  undersokt: (liste: string) => `Skolen har undersøkt saken: ${liste}.`,
  loggType: {
    elevens_opplevelse: 'elevens egen opplevelse',
    samtale_elev: 'samtale med eleven',
    samtale_andre_elever: 'samtale med andre elever',
    samtale_foresatte: 'samtale med foresatte',
    samtale_ansatte: 'samtale med ansatte',
    observasjon: 'observasjon',
    kartlegging: 'kartlegging',
    mote: 'møte',
    annet: 'annet',
  } satisfies Record<LoggType, string>,
  planTittel: 'Aktivitetsplanen',
  ingenPlan: 'Skolen har ikke satt inn tiltak i en aktivitetsplan.',
  problem: 'Dette skal tiltakene løse',
  mal: 'Mål',
  tiltak: 'Tiltak',
  naar: 'Når',
  ansvarlig: 'Ansvarlig',
  evalueres: 'Tiltakene evalueres',
  ingenNyEvaluering: 'ingen ny evaluering (planen er avsluttet)',
  evaluert: (dato: string) => `Evaluert ${dato}`,
  utfall: {
    gjenopprettet: 'Eleven har et trygt og godt skolemiljø. Planen er avsluttet.',
    gjenopprettet_tiltak_fortsetter: 'Eleven har det trygt og godt, men noen tiltak fortsetter.',
    ikke_gjenopprettet: 'Eleven har det ikke trygt og godt ennå. Tiltakene er endret eller videreført.',
  } satisfies Record<EvalueringUtfall, string>,
  avsluttetTittel: 'Saken er avsluttet',
  avsluttet: (dato: string) => `Skolen avsluttet saken ${dato}.`,
  motEleven: (begrunnelse: string) =>
    `Eleven sa sist at skolemiljøet ikke er trygt og godt. Rektor avsluttet saken likevel, med denne begrunnelsen: «${begrunnelse}» ` +
    'Er dere uenige, kan dere ta saken til Statsforvalteren (se under).',
  rettigheter: 'Deres rettigheter',
  statsforvalteren: (fra: string) =>
    `Mener dere at skolen ikke har gjort nok, kan dere melde saken til Statsforvalteren. Det kan dere gjøre når det har gått minst én uke siden saken ble tatt opp med rektor, det vil si fra ${fra} (opplæringslova § 12-6). Ta gjerne kontakt med skolen først.`,
  hilsen: 'Med hilsen',
  elev: {
    tittel: 'Til deg fra skolen',
    hei: (fornavn: string) => `Hei, ${fornavn}!`,
    innledning: 'Alle elever skal ha det trygt og godt på skolen. Vi har hørt at du kanskje ikke har det sånn, og derfor gjør vi noe med det.',
    gjor: 'Dette gjør vi',
    undersoker: 'Vi snakker med deg og andre for å finne ut hvordan du har det.',
    siFra: 'Si fra',
    siFraTekst: (voksen: string) => `Du kan alltid si fra til ${voksen} eller en annen voksen du stoler på hvis noe ikke er bra.`,
    statsforvalteren: 'Hvis du og foreldrene dine synes at skolen ikke gjør nok, kan dere si fra til Statsforvalteren.',
  },
};

export type Brevtekster = typeof nbTekster;

const nnTekster: Brevtekster = {
  tittel: 'Informasjon om skulemiljøsaka',
  filnavnForesatte: 'Brev-til-foreldre',
  filnavnElev: 'Brev-til-eleven',
  til: 'Til',
  foresatteTil: (elev) => `Foreldra til ${elev}`,
  skole: 'Skule',
  sak: 'Saksnummer',
  dato: 'Dato',
  annenElev: '[ein annan elev]',
  innledningTittel: 'Kva saka gjeld',
  innledning: (elev) =>
    `Skulen har fått vite at ${elev} kanskje ikkje har eit trygt og godt skulemiljø. Skulen har plikt til å følgje med, gripe inn, melde frå, undersøkje saka og setje inn tiltak (opplæringslova § 12-4). Her er kva skulen har gjort.`,
  gjortTittel: 'Kva skulen har gjort',
  mottatt: (dato) => `${dato}: Rektor tok imot saka.`,
  undersokelseStartet: (dato) => `${dato}: Skulen starta undersøkinga.`,
  undersokt: (liste) => `Skulen har undersøkt saka: ${liste}.`,
  loggType: {
    elevens_opplevelse: 'eleven si eiga oppleving',
    samtale_elev: 'samtale med eleven',
    samtale_andre_elever: 'samtale med andre elevar',
    samtale_foresatte: 'samtale med foreldra',
    samtale_ansatte: 'samtale med tilsette',
    observasjon: 'observasjon',
    kartlegging: 'kartlegging',
    mote: 'møte',
    annet: 'anna',
  },
  planTittel: 'Aktivitetsplanen',
  ingenPlan: 'Skulen har ikkje sett inn tiltak i ein aktivitetsplan.',
  problem: 'Dette skal tiltaka løyse',
  mal: 'Mål',
  tiltak: 'Tiltak',
  naar: 'Når',
  ansvarlig: 'Ansvarleg',
  evalueres: 'Tiltaka blir evaluerte',
  ingenNyEvaluering: 'inga ny evaluering (planen er avslutta)',
  evaluert: (dato) => `Evaluert ${dato}`,
  utfall: {
    gjenopprettet: 'Eleven har eit trygt og godt skulemiljø. Planen er avslutta.',
    gjenopprettet_tiltak_fortsetter: 'Eleven har det trygt og godt, men nokre tiltak held fram.',
    ikke_gjenopprettet: 'Eleven har det ikkje trygt og godt enno. Tiltaka er endra eller vidareførte.',
  },
  avsluttetTittel: 'Saka er avslutta',
  avsluttet: (dato) => `Skulen avslutta saka ${dato}.`,
  motEleven: (begrunnelse) =>
    `Eleven sa sist at skolemiljøet ikkje er trygt og godt. Rektor avslutta saka likevel, med denne grunngivinga: «${begrunnelse}» ` +
    'Er de usamde, kan de ta saka til Statsforvaltaren (sjå under).',
  rettigheter: 'Rettane dykkar',
  statsforvalteren: (fra) =>
    `Meiner de at skulen ikkje har gjort nok, kan de melde saka til Statsforvaltaren. Det kan de gjere når det har gått minst éi veke sidan saka vart teken opp med rektor, det vil seie frå ${fra} (opplæringslova § 12-6). Ta gjerne kontakt med skulen først.`,
  hilsen: 'Med helsing',
  elev: {
    tittel: 'Til deg frå skulen',
    hei: (fornavn) => `Hei, ${fornavn}!`,
    innledning: 'Alle elevar skal ha det trygt og godt på skulen. Vi har høyrt at du kanskje ikkje har det slik, og difor gjer vi noko med det.',
    gjor: 'Dette gjer vi',
    undersoker: 'Vi snakkar med deg og andre for å finne ut korleis du har det.',
    siFra: 'Sei frå',
    siFraTekst: (voksen) => `Du kan alltid seie frå til ${voksen} eller ein annan vaksen du stolar på viss noko ikkje er bra.`,
    statsforvalteren: 'Viss du og foreldra dine synest at skulen ikkje gjer nok, kan de seie frå til Statsforvaltaren.',
  },
};

export const BREV: Record<'nb' | 'nn', Brevtekster> = { nb: nbTekster, nn: nnTekster };
