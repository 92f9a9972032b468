/**
 * The case's own aggregates on any Store: the case log (one item per entry, queried by case and by
 * kind) and the aktivitetsplan with its versions (one item, written with the version read). Part of
 * storeContract (contract.ts), so both adapters pass it.
 */
import assert from 'node:assert/strict';
import { aktiver, nyPlan } from '../../src/domain/aktivitetsplan';
import { evaluer } from '../../src/domain/evaluering';
import type { Loggforing } from '../../src/domain/sakslogg';
import { ConflictError } from '../../src/store/port';
import { harLoggforing, getLogg, opprettLoggforing } from '../../src/store/loggRepo';
import { getPlan, savePlan, opprettPlan } from '../../src/store/planRepo';
import type { StoreUnderTest } from './contract';

const foring = (id: string, sakId: string, type: Loggforing['type'], tid: string): Loggforing => ({
  id,
  sakId,
  type,
  dato: '2026-11-23',
  deltakere: 'Eleven og kontaktlærer',
  tekst: `Føring ${id}: æøå «sitat»`,
  av: 'oid-1',
  tid,
});

export function aggregatContract(sut: () => StoreUnderTest): void {
  describe('case aggregates: sakslogg and aktivitetsplaner', () => {
    it('keeps each log entry once by its key and reads a case’s log, and asks for one kind with an indexed query', async () => {
      const { store } = sut();
      const a = await opprettLoggforing(store, 'k-a', foring('a', 'sak-1', 'samtale_elev', '2026-11-23T09:00:00.000Z'), []);
      const igjen = await opprettLoggforing(store, 'k-a', foring('a', 'sak-1', 'samtale_elev', '2026-11-23T09:00:00.000Z'), []);
      assert.deepEqual([a.opprettet, igjen.opprettet], [true, false]);
      await opprettLoggforing(store, 'k-b', foring('b', 'sak-1', 'elevens_opplevelse', '2026-11-23T10:00:00.000Z'), []);
      await opprettLoggforing(store, 'k-c', foring('c', 'sak-2', 'observasjon', '2026-11-23T08:00:00.000Z'), []);
      assert.deepEqual((await getLogg(store, 'sak-1')).map((l) => [l.id, l.tekst]), [
        ['a', 'Føring a: æøå «sitat»'],
        ['b', 'Føring b: æøå «sitat»'],
      ]);
      assert.equal(await harLoggforing(store, 'sak-1', 'elevens_opplevelse'), true);
      assert.equal(await harLoggforing(store, 'sak-2', 'elevens_opplevelse'), false);
    });

    it('writes a plan with its versions and evaluations as one item, refusing a stale write', async () => {
      const { store } = sut();
      const plan = nyPlan({ id: 'plan-k', sakId: 'sak-k', skoleId: 'S1', elevNavn: 'Åse Øren', av: 'r', tid: '2026-11-23T09:00:00.000Z' });
      plan.versjoner[0] = {
        ...plan.versjoner[0]!,
        problem: 'p',
        tiltak: [{ id: 't', beskrivelse: 'b', niva: 'individ', ansvarlig: 'a', tidsrom: 'uke 48', evalueringsnotat: '' }],
        elevensStemme: 'Eleven vil ha voksen.',
        barnetsBeste: 'Trygghet veier tyngst.',
      };
      const stored = await opprettPlan(store, plan, []);
      const aktivert = aktiver(stored.plan, { av: 'r', tid: '2026-11-23T09:00:00.000Z', idag: '2026-11-23', ukerTilEvaluering: 3, erAnsatt: () => true });
      assert.ok(aktivert.ok);
      const ny = await savePlan(store, stored, aktivert.plan, [], []);
      const e = evaluer(ny.plan, { dato: '2026-11-23', deltakere: 'd', vurderinger: [{ tiltakId: 't', vurdering: 'v' }], elevensOpplevelse: 'o', elevensSvar: { svar: 'nei' }, utfall: 'ikke_gjenopprettet', nesteEvalueringsdato: '2026-12-07' }, { id: 'e1', av: 'r', tid: '2026-11-23T10:00:00.000Z', idag: '2026-11-23' });
      assert.ok(e.ok);
      await savePlan(store, ny, e.plan, [], []);
      await assert.rejects(savePlan(store, ny, e.plan, [], []), ConflictError);
      const lest = (await getPlan(store, 'plan-k'))!;
      assert.deepEqual(lest.plan.versjoner.map((v) => v.nr), [1, 2]);
      assert.equal(lest.plan.elevNavn, 'Åse Øren');
      const neste = await store.query('aktivitetsplaner', { where: [{ column: 'NesteEvaluering', op: 'le', value: '2026-12-07T23:59:59.000Z' }] })[Symbol.asyncIterator]().next();
      assert.equal((neste.value as { key: string } | undefined)?.key, 'plan:plan-k', 'due plans are found by their next evaluation date');
    });
  });
}
