/**
 * A school with a long history, for Saker's bench and its tests: cases stored as the app stores
 * them (sakRepo's columns), closed ones spread over earlier years and a few hundred open. Shared by
 * bench/saker.bench.ts and tests/app/views/saker.test.ts so both read the same school.
 */
import type { Sak, Status } from '../src/domain/sak';
import { SKJEMAVERSJON } from '../src/domain/varsel';
import { envelope, withPending } from '../src/store/envelope';
import type { NewItem } from '../src/store/port';
import { lagSaksnummer, sakKolonner } from '../src/store/sakRepo';
import { DEMO } from '../tests/support/appKontekst';

const DAG_MS = 86_400_000;

/**
 * Case `i` of a school: an open one's varsel came this autumn (20 August–17 November 2026), a
 * closed one's within the calendar year `aar`.
 */
export function storedSak(i: number, aar: number, status: Status, skoleId: string = DEMO.skole): NewItem {
  const fra = status === 'avsluttet' ? Date.UTC(aar, 0, 5, 9) + (i % 340) * DAG_MS : Date.UTC(2026, 7, 20, 9) + (i % 90) * DAG_MS;
  const opprettet = new Date(fra).toISOString();
  const id = `historie-${skoleId}-${i}`;
  const sak: Sak = {
    id,
    saksnummer: lagSaksnummer(id, opprettet),
    skoleId,
    ruting: { kanal: 'skole', mottakere: [DEMO.rektor], reserve: [], skoleeierInformeres: false, straks: false, skjermetFor: [] },
    status,
    varsel: { skjemaversjon: SKJEMAVERSJON, skoleId, elevNavn: `Elev ${i} Historie`, beskrivelse: 'Holdt utenfor i friminuttene.', kommerFra: 'nei' },
    varsletAv: DEMO.laerer,
    opprettet,
    ...(status === 'ny' ? {} : { saksansvarlig: DEMO.laerer2 }),
    ...(status === 'avsluttet' ? { avslutning: { av: DEMO.rektor, tid: new Date(fra + 30 * DAG_MS).toISOString(), begrunnelse: 'Evaluert: eleven har det trygt og godt.' } } : {}),
    historikk: [],
    leveringer: [],
  };
  const env = envelope(sak);
  return { key: `sak:${id}`, columns: withPending(sakKolonner(sak), env), data: env };
}

/**
 * `antall` cases at one school: `apne` of them open (received, this school year), the rest closed
 * and spread evenly over the `aar` calendar years before 2026 (so each year's selection stays under
 * SharePoint's 5,000-item list view threshold however large the school's history).
 */
export function skolensSaker(antall: number, apne: number, aar: number): (i: number) => NewItem {
  const perAar = Math.ceil((antall - apne) / aar);
  return (i) => (i < apne ? storedSak(i, 2026, 'mottatt') : storedSak(i, 2025 - Math.floor((i - apne) / perAar), 'avsluttet'));
}
