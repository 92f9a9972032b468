/**
 * Cases stored by the old varsel form, on the adapter under test: the old form stored a default where
 * the reporter gave no answer (source «egen observasjon», grepInn «ikke aktuelt», today's date) and
 * had one answer for «nei» and «vet ikke». Read back, the values are kept and the ones the old form
 * may have filled in by itself are marked uncertain, so no card presents them as the reporter's; the
 * next write stores the new shape. Part of storeContract (contract.ts).
 */
import assert from 'node:assert/strict';
import { envelope, withPending } from '../../src/store/envelope';
import { getSak, saveSak, sakKolonner, type SakData } from '../../src/store/sakRepo';
import type { StoreUnderTest } from './contract';

/** A sak exactly as the old form stored it (before skjemaversjon): no naar, a `dato`, defaults filled in. */
function gammelSak(id: string, varsel: Record<string, unknown>): SakData {
  return {
    id,
    saksnummer: '2026-ACDE-FGHJ',
    skoleId: 'bakkelokka',
    ruting: { kanal: 'skole', mottakere: ['r'], reserve: [], straks: false, skoleeierInformeres: false, skjermetFor: [] },
    status: 'ny',
    varsel: { skoleId: 'bakkelokka', elevNavn: 'Kari', beskrivelse: 'Jonas fortalte at Kari ble slått.', ...varsel },
    varsletAv: 'v',
    opprettet: '2026-11-20T09:00:00.000Z',
    historikk: [],
    leveringer: [],
  } as unknown as SakData;
}

export function gamleSakerContract(sut: () => StoreUnderTest): void {
  describe('cases stored by the old varsel form', () => {
    const lagre = async (sak: SakData) => {
      const env = envelope(sak);
      await sut().store.create('saker', { key: `sak:${sak.id}`, columns: withPending(sakKolonner(sak), env), data: env });
    };

    it('marks the old defaults as uncertain, keeps every value, and reads a real answer as given', async () => {
      await lagre(gammelSak('gammel-1', { dato: '2026-11-20', kilde: 'egen_observasjon', kommerFra: 'nei', grepInn: 'ikke_aktuelt' }));
      await lagre(gammelSak('gammel-2', { dato: '2026-11-12', kilde: 'eleven', kommerFra: 'ansatt', grepInn: 'ja', elevInformert: true }));

      const a = (await getSak(sut().store, 'gammel-1'))!.sak.varsel;
      assert.deepEqual(a.naar, { type: 'dato', dato: '2026-11-20' });
      assert.equal(a.kilde, 'egen_observasjon');
      assert.equal(a.kommerFra, 'nei');
      assert.equal(a.skjemaversjon, 1);
      assert.deepEqual(a.usikre, ['kilde', 'naar', 'grepInn', 'kommerFra']);
      assert.equal('dato' in a, false);

      const b = (await getSak(sut().store, 'gammel-2'))!.sak.varsel;
      assert.deepEqual(b.naar, { type: 'dato', dato: '2026-11-12' });
      assert.equal(b.usikre, undefined, 'a date before the sending day, a chosen source and answer are the reporter’s');
    });

    it('stores the new shape on the next write', async () => {
      await lagre(gammelSak('gammel-3', { dato: '2026-11-20', kilde: 'egen_observasjon', kommerFra: 'nei', grepInn: 'ikke_aktuelt' }));
      const lest = (await getSak(sut().store, 'gammel-3'))!;
      await saveSak(sut().store, lest, { ...lest.sak, status: 'mottatt' }, [], []);
      const raw = (await sut().store.getByKey<{ value: SakData }>('saker', 'sak:gammel-3'))!.data.value.varsel;
      assert.equal(raw.skjemaversjon, 1);
      assert.deepEqual(raw.usikre, ['kilde', 'naar', 'grepInn', 'kommerFra']);
      assert.deepEqual((await getSak(sut().store, 'gammel-3'))!.sak.varsel, lest.sak.varsel);
    });
  });
}
