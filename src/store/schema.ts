/**
 * The one schema: lists, columns, types, indexes and unique keys. Used by the SQLite adapter
 * (tables and migrations), the SharePoint adapter (column names) and provisioning.
 *
 * Every list also has, implicitly:
 * - `Nokkel` (text, indexed, unique): the item's key (idempotency or natural key);
 * - `Data` (multi-line plain text): the aggregate as JSON.
 * Internal names are ASCII and stable; display names are Norwegian (SharePoint admins see them).
 * People are Entra object ids in indexed text columns, never person columns (their ids are site-local).
 */
export type ColumnType = 'text' | 'number' | 'boolean' | 'dateTime';

export interface ColumnDef {
  name: string;
  displayName: string;
  type: ColumnType;
  indexed: boolean;
}

export interface ListDef {
  name: string;
  displayName: string;
  description: string;
  columns: ColumnDef[];
  /** Items carry an outbox/audit envelope and a `Ventende` column the dispatcher queries. */
  outbox: boolean;
}

const text = (name: string, displayName: string, indexed = true): ColumnDef => ({ name, displayName, type: 'text', indexed });
const dateTime = (name: string, displayName: string, indexed = true): ColumnDef => ({ name, displayName, type: 'dateTime', indexed });
const number = (name: string, displayName: string, indexed = true): ColumnDef => ({ name, displayName, type: 'number', indexed });

/** Count of pending outbox and audit entries on an item; > 0 means the dispatcher has work. */
export const PENDING_COLUMN = 'Ventende';
const pending = number(PENDING_COLUMN, 'Ventende meldinger');

export const SCHEMA = {
  saker: {
    name: 'Saker',
    displayName: 'Saker',
    description: 'Varsler og saker om elevers skolemiljø (opplæringslova kapittel 12)',
    outbox: true,
    columns: [
      text('SkoleId', 'Skole'),
      text('Kanal', 'Kanal'),
      text('Status', 'Status'),
      text('VarsletAv', 'Varslet av (objekt-id)'),
      text('Saksansvarlig', 'Saksansvarlig (objekt-id)'),
      dateTime('Opprettet', 'Opprettet'),
      // The tab's bounded selections (SharePoint's list view threshold): a school's open cases
      // ('<skoleId>|apen'), or its closed ones of one month ('<skoleId>|2026-03'). See sakRepo.ts.
      text('Utvalg', 'Utvalg (skole og måned)'),
      pending,
    ],
  },
  aktivitetsplaner: {
    name: 'Aktivitetsplaner',
    displayName: 'Aktivitetsplaner',
    description: 'Aktivitetsplaner med tiltak og evalueringer',
    outbox: true,
    columns: [
      text('SakId', 'Sak'),
      text('SkoleId', 'Skole'),
      text('Status', 'Status'),
      dateTime('NesteEvaluering', 'Neste evaluering'),
      pending,
    ],
  },
  sakslogg: {
    name: 'Sakslogg',
    displayName: 'Sakslogg',
    description: 'Loggføring i sakene: samtaler, observasjoner, elevens egen opplevelse. Skrives bare til; en rettelse er en ny føring.',
    outbox: true,
    columns: [text('SakId', 'Sak'), text('Type', 'Type'), text('Dato', 'Dato'), pending],
  },
  samtaler: {
    name: 'Samtalereferanser',
    displayName: 'Samtalereferanser',
    description: 'Hvor boten kan nå hver person i Teams (nøkkel: objekt-id)',
    outbox: false,
    columns: [text('Oid', 'Person (objekt-id)')],
  },
  personvalg: {
    name: 'Personvalg',
    displayName: 'Personvalg',
    description: 'Hver persons egne valg i appen, som språket (nøkkel: objekt-id)',
    outbox: false,
    columns: [text('Oid', 'Person (objekt-id)')],
  },
  ventende: {
    name: 'Ventende',
    displayName: 'Venter på person',
    description: 'Hvilke elementer som har kort som venter på å nå en person (nøkkel: objekt-id)',
    outbox: false,
    columns: [text('Oid', 'Person (objekt-id)')],
  },
  revisjonslogg: {
    name: 'Revisjonslogg',
    displayName: 'Revisjonslogg',
    description: 'Hvem gjorde hva, når, i hvilken sak. Skrives bare til, endres aldri; hver post er lenket til den forrige med hash.',
    outbox: false,
    columns: [
      number('Nr', 'Nummer i kjeden'),
      text('Liste', 'Liste', false),
      text('ElementId', 'Element'),
      text('Aktor', 'Utført av (objekt-id)'),
      text('Handling', 'Handling', false),
      dateTime('Tidspunkt', 'Tidspunkt'),
    ],
  },
  bekreftelser: {
    name: 'Bekreftelser',
    displayName: 'Bekreftelser',
    description: 'Ansattes årlige bekreftelse «jeg er kjent med pliktene»',
    outbox: false,
    columns: [text('Oid', 'Ansatt (objekt-id)'), text('SkoleId', 'Skole'), text('Skolear', 'Skoleår')],
  },
  paminnelser: {
    name: 'Paminnelser',
    displayName: 'Påminnelser',
    description: 'Påminnelser og eskaleringer: én per sak/plan, type og dag, sendt én gang',
    outbox: true,
    columns: [
      text('Type', 'Type'),
      // What it is about: 'sak:<id>', 'plan:<id>@<evalueringsdato>' or 'bekreftelse:<skoleId>'.
      text('Ting', 'Gjelder'),
      text('Dag', 'Gjelder dag'),
      // The Oslo date it was claimed: a sweep reads today's claims in one indexed query.
      text('Sveipdag', 'Opprettet dag'),
      pending,
    ],
  },
  organisasjon: {
    name: 'Organisasjon',
    displayName: 'Organisasjon',
    description: 'Kommunen, skolene med varslingslister (og historikken deres) og synkroniseringen fra Entra ID',
    outbox: false,
    // Type: 'kommune' | 'skole' | 'synk'. A few hundred items at most.
    columns: [text('Type', 'Type'), text('SkoleId', 'Skole')],
  },
  ansatte: {
    name: 'Ansatte',
    displayName: 'Ansatte',
    description: 'Ansatte fra Entra ID-gruppene skolene er koblet til (nøkkel: objekt-id)',
    outbox: false,
    // Bolk: the oid's first hex digit. A municipality has more than 5,000 staff (SharePoint's list
    // view threshold); 16 buckets keep every query's first, indexed clause under it up to ~80,000.
    columns: [text('Oid', 'Person (objekt-id)'), text('Bolk', 'Bolk')],
  },
  skolear: {
    name: 'Skolear',
    displayName: 'Skoleår',
    description: 'Skolerute og årshjul per skoleår, og skolenes avkrysning av årshjulets sjekkpunkter',
    outbox: false,
    // Type: 'skolerute' | 'aarshjul' | 'utfort'. A few hundred items a year.
    columns: [text('Type', 'Type'), text('Skolear', 'Skoleår'), text('SkoleId', 'Skole')],
  },
  revisjoner: {
    name: 'Revisjoner',
    displayName: 'Revisjon av internkontrollen',
    description: 'Årets revisjon av internkontrollen: kommunalsjefens spørsmål (versjoner) og rektorenes svar',
    // The audit entries of each change ride on the item (no notifications: the cards go on Påminnelser).
    outbox: true,
    // Type: 'revisjon' (one per school year) | 'svar' (one per school and school year).
    columns: [text('Type', 'Type'), text('Skolear', 'Skoleår'), text('SkoleId', 'Skole'), pending],
  },
} as const satisfies Record<string, ListDef>;

export type ListName = keyof typeof SCHEMA;
export const LIST_NAMES = Object.keys(SCHEMA) as ListName[];

export const KEY_COLUMN: ColumnDef = { name: 'Nokkel', displayName: 'Nøkkel', type: 'text', indexed: true };
export const DATA_COLUMN = { name: 'Data', displayName: 'Data (JSON)' } as const;

export function listDef(list: ListName): ListDef {
  return SCHEMA[list];
}

export function columnDef(list: ListName, column: string): ColumnDef | undefined {
  return (SCHEMA[list].columns as readonly ColumnDef[]).find((c) => c.name === column);
}
