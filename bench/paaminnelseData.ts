/**
 * Seed data for the reminder-sweep benches: `size` active plans, `due` of them overdue for
 * evaluation on the sweep's day, the rest weeks ahead; each due plan's case, for who owns it.
 * Shared by the embedded-store and the Graph benches so both sweep the same municipality.
 */
import { nyPlan, type Aktivitetsplan } from '../src/domain/aktivitetsplan';
import type { Sak } from '../src/domain/sak';
import { SKJEMAVERSJON } from '../src/domain/varsel';
import { envelope, withPending } from '../src/store/envelope';
import type { NewItem } from '../src/store/port';
import { planKolonner } from '../src/store/planRepo';
import { sakKolonner } from '../src/store/sakRepo';
import { DEMO } from '../tests/support/appKontekst';

/** Wednesday 11 March 2026, 08:00 in Oslo: a working day within working hours. */
export const SWEEP_TID = new Date('2026-03-11T08:00:00+01:00');
const FORFALT = ['2026-03-10', '2026-03-09', '2026-03-06', '2026-03-05', '2026-03-02'];

export const erForfalt = (i: number, size: number, due: number) => i % Math.floor(size / due) === 0;

export function planItem(i: number, size: number, due: number): NewItem {
  const sakId = `sak-${i}`;
  const dag = erForfalt(i, size, due) ? FORFALT[i % FORFALT.length]! : `2026-04-${String(10 + (i % 18)).padStart(2, '0')}`;
  const plan: Aktivitetsplan = {
    ...nyPlan({ id: sakId, sakId, skoleId: DEMO.skole, elevNavn: 'Elev', av: DEMO.rektor, tid: '2026-02-02T09:00:00.000Z' }),
    status: 'aktiv',
    nesteEvaluering: dag,
  };
  const env = envelope(plan);
  return { key: `plan:${sakId}`, columns: withPending(planKolonner(plan), env), data: env };
}

export function sakItem(i: number): NewItem {
  const sak: Sak = {
    id: `sak-${i}`,
    saksnummer: `2026-${i}`,
    skoleId: DEMO.skole,
    ruting: { kanal: 'skole', mottakere: [DEMO.rektor], reserve: [], skoleeierInformeres: false, straks: false, skjermetFor: [] },
    status: 'tiltak',
    varsel: { skjemaversjon: SKJEMAVERSJON, skoleId: DEMO.skole, elevNavn: 'Elev', beskrivelse: 'b', kommerFra: 'nei' },
    varsletAv: DEMO.laerer,
    opprettet: '2026-02-02T09:00:00.000Z',
    saksansvarlig: DEMO.laerer2,
    planId: `sak-${i}`,
    historikk: [],
    leveringer: [],
  };
  const env = envelope(sak);
  return { key: `sak:${sak.id}`, columns: withPending(sakKolonner(sak), env), data: env };
}
