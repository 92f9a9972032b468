/**
 * The letter to parents and pupil, in bokmål and nynorsk (same shape): part of the catalog, but
 * chosen by the letter's own målform (the person who makes it picks nb or nn for the family), not by
 * the reader's language. A letter in English is not offered: it is a record for the family and the archive.
 */
import type { EvalueringUtfall } from '../domain/aktivitetsplan';
import type { Informering } from '../domain/sak';
import type { LoggType } from '../domain/sakslogg';

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
  fra: 'Fra',
  innledningKommune: (elev: string) =>
    `Kommunen har fått vite at ${elev} kanskje ikke har et trygt og godt skolemiljø, og at det kan gjelde noen i skolens ledelse. Da er det kommunen, som skoleeier, som behandler saken (opplæringslova § 12-5). Kommunen har plikt til å undersøke saken og sette inn tiltak (opplæringslova § 12-4). Her er hva som er gjort.`,
  gjortTittelKommune: 'Hva kommunen har gjort',
  mottattRektor: (dato: string, navn: string) => `${dato}: Rektor ${navn} tok imot saken.`,
  mottattDelegat: (dato: string, navn: string, stilling: string) => `${dato}: ${navn} (${stilling}) tok imot saken på vegne av rektor.`,
  mottattKommunen: (dato: string, navn: string, stilling: string) => `${dato}: Kommunen tok imot saken (${navn}, ${stilling}).`,
  mottattSkolen: (dato: string) => `${dato}: Skolen tok imot saken.`,
  flyttetTilKommunen: (dato: string) => `${dato}: Saken ble overført til kommunen, som skoleeier, fordi den kan gjelde noen i skolens ledelse.`,
  ikkeMottatt: 'Saken er ikke tatt imot ennå.',
  undersokelseStartet: (dato: string) => `${dato}: Skolen startet undersøkelsen.`,
  undersokelseStartetKommune: (dato: string) => `${dato}: Kommunen startet undersøkelsen.`,
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
  informertTittel: 'Hvem som er informert',
  informert: (dato: string, i: Pick<Informering, 'hvem' | 'navn'>, hvordan: string) =>
    `${dato}: ${i.hvem === 'elev' ? 'Eleven' : i.hvem === 'foresatt' ? `Forelder/foresatt (${i.navn ?? ''})` : 'Eleven og foresatte'} – ${hvordan}`,
  avsluttetTittel: 'Saken er avsluttet',
  avsluttet: (dato: string) => `Skolen avsluttet saken ${dato}.`,
  motEleven: (begrunnelse: string) =>
    `Eleven sa sist at skolemiljøet ikke er trygt og godt. Rektor avsluttet saken likevel, med denne begrunnelsen: «${begrunnelse}» ` +
    'Er dere uenige, kan dere ta saken til Statsforvalteren (se under).',
  rettigheter: 'Deres rettigheter',
  statsforvalteren: (tattOpp: string, fra: string, kommune: boolean) =>
    `Mener dere at ${kommune ? 'kommunen' : 'skolen'} ikke har gjort nok, kan dere melde saken til Statsforvalteren. Det kan dere gjøre når det har gått minst én uke siden saken ble tatt opp med ${kommune ? 'kommunen' : 'skolen'} (${tattOpp}), det vil si fra ${fra} (opplæringslova § 12-6). Ta gjerne kontakt med ${kommune ? 'kommunen' : 'skolen'} først.`,
  kontaktTittel: 'Kontakt',
  kontakt: (navn: string, stilling: string, sted: string) => `Har dere spørsmål om saken, ta kontakt med ${navn} (${stilling}), ${sted}.`,
  telefon: 'Telefon',
  epost: 'E-post',
  postadresse: 'Postadresse',
  hilsen: 'Med hilsen',
  elev: {
    tittel: 'Til deg fra skolen',
    tittelKommune: 'Til deg fra kommunen',
    rettigheter: 'Rettighetene dine',
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
  fra: 'Frå',
  innledningKommune: (elev) =>
    `Kommunen har fått vite at ${elev} kanskje ikkje har eit trygt og godt skulemiljø, og at det kan gjelde nokon i leiinga på skulen. Då er det kommunen, som skuleeigar, som behandlar saka (opplæringslova § 12-5). Kommunen har plikt til å undersøkje saka og setje inn tiltak (opplæringslova § 12-4). Her er kva som er gjort.`,
  gjortTittelKommune: 'Kva kommunen har gjort',
  mottattRektor: (dato, navn) => `${dato}: Rektor ${navn} tok imot saka.`,
  mottattDelegat: (dato, navn, stilling) => `${dato}: ${navn} (${stilling}) tok imot saka på vegner av rektor.`,
  mottattKommunen: (dato, navn, stilling) => `${dato}: Kommunen tok imot saka (${navn}, ${stilling}).`,
  mottattSkolen: (dato) => `${dato}: Skulen tok imot saka.`,
  flyttetTilKommunen: (dato) => `${dato}: Saka vart overført til kommunen, som skuleeigar, fordi ho kan gjelde nokon i leiinga på skulen.`,
  ikkeMottatt: 'Saka er ikkje teken imot enno.',
  undersokelseStartet: (dato) => `${dato}: Skulen starta undersøkinga.`,
  undersokelseStartetKommune: (dato) => `${dato}: Kommunen starta undersøkinga.`,
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
  informertTittel: 'Kven som er informerte',
  informert: (dato, i, hvordan) => `${dato}: ${i.hvem === 'elev' ? 'Eleven' : i.hvem === 'foresatt' ? `Forelder/føresett (${i.navn ?? ''})` : 'Eleven og foreldra'} – ${hvordan}`,
  avsluttetTittel: 'Saka er avslutta',
  avsluttet: (dato) => `Skulen avslutta saka ${dato}.`,
  motEleven: (begrunnelse) =>
    `Eleven sa sist at skolemiljøet ikkje er trygt og godt. Rektor avslutta saka likevel, med denne grunngivinga: «${begrunnelse}» ` +
    'Er de usamde, kan de ta saka til Statsforvaltaren (sjå under).',
  rettigheter: 'Rettane dykkar',
  statsforvalteren: (tattOpp, fra, kommune) =>
    `Meiner de at ${kommune ? 'kommunen' : 'skulen'} ikkje har gjort nok, kan de melde saka til Statsforvaltaren. Det kan de gjere når det har gått minst éi veke sidan saka vart teken opp med ${kommune ? 'kommunen' : 'skulen'} (${tattOpp}), det vil seie frå ${fra} (opplæringslova § 12-6). Ta gjerne kontakt med ${kommune ? 'kommunen' : 'skulen'} først.`,
  kontaktTittel: 'Kontakt',
  kontakt: (navn, stilling, sted) => `Har de spørsmål om saka, ta kontakt med ${navn} (${stilling}), ${sted}.`,
  telefon: 'Telefon',
  epost: 'E-post',
  postadresse: 'Postadresse',
  hilsen: 'Med helsing',
  elev: {
    tittel: 'Til deg frå skulen',
    tittelKommune: 'Til deg frå kommunen',
    rettigheter: 'Rettane dine',
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
