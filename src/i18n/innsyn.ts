/**
 * The words of the innsyn export (src/app/innsyn): everything stored about one pupil, as JSON and
 * PDF, for an access request. It is a record like the documentation PDF (arkiv.ts), so it is written
 * in the municipality's målform — bokmål or nynorsk — whoever takes it out: the same two languages,
 * the same shape, picked the same way (`innsynTekster` in aktiv.ts, under forArkivet).
 */
import type { KommerFra } from '../domain/varsel';
import type { Bred } from './katalog';

const nb = {
  annenElev: '[annen elev]',
  ukjentPerson: 'Ukjent person',
  rolle: {
    eleven: 'Saken gjelder eleven.',
    nevnt: 'Saken gjelder en annen elev; eleven er nevnt i den (som annen involvert eller i loggen).',
  },
  merknader: {
    omfang: (skole: string, antall: number) =>
      `Uttrekket viser det Skolemiljø for Teams har lagret om eleven på ${skole}: ${antall === 0 ? 'ingen saker' : antall === 1 ? 'én sak' : `${antall} saker`}.`,
    skjermet: (annenElev: string) => `Andre elevers navn er erstattet med «${annenElev}». Kontroller at hver sak gjelder riktig elev før uttrekket gis ut.`,
    kommunalsjef: 'Uttrekket omfatter sakene skoleeier behandler eller har fått melding om. Skolens øvrige saker tar rektor ut.',
    rektor: 'Saker som skoleeier (kommunalsjef) behandler, er ikke med i dette uttrekket. Be kommunalsjef om et eget uttrekk for dem.',
  },
  arkivert: (dato: string, referanse: string) => `${dato}, arkivreferanse ${referanse}`,
  kommerFra: { nei: 'Nei', vet_ikke: 'Vet ikke', ansatt: 'Ja, en ansatt (§ 12-5)', ledelse: 'Ja, noen i skolens ledelse' } satisfies Record<KommerFra, string>,
  mottakerRolle: { mottaker: 'mottaker', informert: 'informert (skoleeier)', varsler: 'den som meldte', saksansvarlig: 'saksansvarlig', paminnelse: 'påminnelse' },
  pdf: {
    tittel: (navn: string) => `Innsyn: ${navn}`,
    metadataTittel: (skole: string, dato: string) => `Innsyn – ${skole} – ${dato}`,
    tattUt: 'Tatt ut',
    hjemmel: 'Personvernforordningen art. 15 og forvaltningsloven § 18',
    omUttrekket: 'Om uttrekket',
    sak: (saksnummer: string) => `Sak ${saksnummer}`,
    arkivert: 'Arkivert',
    varselet: 'Varselet',
    kommerFra: 'Kommer krenkingen fra noen som jobber på skolen',
    logg: 'Logg',
    loggFelt: (dato: string, type: string, korrigert: boolean) => `${dato} ${type}${korrigert ? ' (korrigert senere)' : ''}`,
    loggLinje: (tekst: string, deltakere: string, registrert: string, av: string) => `${tekst} (deltakere: ${deltakere}; registrert ${registrert} av ${av})`,
    plan: 'Aktivitetsplan',
    versjon: (nr: number) => `Versjon ${nr}`,
    aktivert: (aktivert: string | undefined) => (aktivert ? `aktivert ${aktivert}` : 'utkast, ikke aktivert'),
    tiltakLinje: (beskrivelse: string, niva: string, naar: string, ansvarlig: string, notat: string | undefined) =>
      `${beskrivelse} (${niva}; ${naar}; ansvarlig: ${ansvarlig})${notat ? ` Evalueringsnotat: ${notat}` : ''}`,
    evaluering: (dato: string) => `Evaluering ${dato}`,
    evalueringLinje: (utfall: string, versjon: number, av: string) => `${utfall} (versjon ${versjon}; registrert av ${av})`,
    videre: 'Meldt videre og avslutning',
    ikkeVidere: 'Ikke meldt videre, ikke avsluttet.',
    historikk: 'Historikk',
    sendtTil: 'Hvem saken er sendt til',
    lest: 'Hvem som har lest eller tatt ut saken',
    ingenEnna: 'Ingen ennå.',
  },
};

export type InnsynTekster = Bred<typeof nb>;

const nn: InnsynTekster = {
  annenElev: '[annan elev]',
  ukjentPerson: 'Ukjend person',
  rolle: {
    eleven: 'Saka gjeld eleven.',
    nevnt: 'Saka gjeld ein annan elev; eleven er nemnd i henne (som annan involvert eller i loggen).',
  },
  merknader: {
    omfang: (skole: string, antall: number) =>
      `Uttrekket viser det Skulemiljø for Teams har lagra om eleven på ${skole}: ${antall === 0 ? 'ingen saker' : antall === 1 ? 'éi sak' : `${antall} saker`}.`,
    skjermet: (annenElev: string) => `Namna til andre elevar er bytte ut med «${annenElev}». Kontroller at kvar sak gjeld rett elev før uttrekket blir gitt ut.`,
    kommunalsjef: 'Uttrekket omfattar sakene skuleeigaren handsamar eller har fått melding om. Dei andre sakene ved skulen tek rektor ut.',
    rektor: 'Saker som skuleeigaren (kommunalsjefen) handsamar, er ikkje med i dette uttrekket. Be kommunalsjefen om eit eige uttrekk for dei.',
  },
  arkivert: (dato: string, referanse: string) => `${dato}, arkivreferanse ${referanse}`,
  kommerFra: { nei: 'Nei', vet_ikke: 'Veit ikkje', ansatt: 'Ja, ein tilsett (§ 12-5)', ledelse: 'Ja, nokon i leiinga på skulen' },
  mottakerRolle: { mottaker: 'mottakar', informert: 'informert (skuleeigar)', varsler: 'den som melde frå', saksansvarlig: 'saksansvarleg', paminnelse: 'påminning' },
  pdf: {
    tittel: (navn: string) => `Innsyn: ${navn}`,
    metadataTittel: (skole: string, dato: string) => `Innsyn – ${skole} – ${dato}`,
    tattUt: 'Teke ut',
    hjemmel: 'Personvernforordninga art. 15 og forvaltningslova § 18',
    omUttrekket: 'Om uttrekket',
    sak: (saksnummer: string) => `Sak ${saksnummer}`,
    arkivert: 'Arkivert',
    varselet: 'Varselet',
    kommerFra: 'Kjem krenkinga frå nokon som arbeider på skulen',
    logg: 'Logg',
    loggFelt: (dato: string, type: string, korrigert: boolean) => `${dato} ${type}${korrigert ? ' (retta seinare)' : ''}`,
    loggLinje: (tekst: string, deltakere: string, registrert: string, av: string) => `${tekst} (deltakarar: ${deltakere}; registrert ${registrert} av ${av})`,
    plan: 'Aktivitetsplan',
    versjon: (nr: number) => `Versjon ${nr}`,
    aktivert: (aktivert: string | undefined) => (aktivert ? `aktivert ${aktivert}` : 'utkast, ikkje aktivert'),
    tiltakLinje: (beskrivelse: string, niva: string, naar: string, ansvarlig: string, notat: string | undefined) =>
      `${beskrivelse} (${niva}; ${naar}; ansvarleg: ${ansvarlig})${notat ? ` Evalueringsnotat: ${notat}` : ''}`,
    evaluering: (dato: string) => `Evaluering ${dato}`,
    evalueringLinje: (utfall: string, versjon: number, av: string) => `${utfall} (versjon ${versjon}; registrert av ${av})`,
    videre: 'Meldt vidare og avslutning',
    ikkeVidere: 'Ikkje meldt vidare, ikkje avslutta.',
    historikk: 'Historikk',
    sendtTil: 'Kven saka er send til',
    lest: 'Kven som har lese eller teke ut saka',
    ingenEnna: 'Ingen enno.',
  },
};

export const INNSYN: Readonly<Record<'nb' | 'nn', InnsynTekster>> = { nb, nn };
