import { strict as assert } from 'node:assert';
import { elevensOpplevelseLogget, medKorrigeringer, type Loggforing } from '../../src/domain/sakslogg';

const foring = (id: string, endring: Partial<Loggforing> = {}): Loggforing => ({
  id,
  sakId: 's1',
  type: 'samtale_elev',
  dato: '2026-11-20',
  deltakere: 'Eleven og kontaktlærer',
  tekst: 'Eleven fortalte om friminuttene.',
  av: 'a',
  tid: `2026-11-20T10:0${id.length}:00.000Z`,
  ...endring,
});

describe('sakslogg', () => {
  it('keeps a corrected entry and marks which entry corrects it', () => {
    const logg = medKorrigeringer([foring('a'), foring('bb', { korrigerer: 'a', tekst: 'Rettelse: det var i storefri.' })]);
    assert.deepEqual(
      logg.map((l) => [l.id, l.korrigertAv, l.korrigerer]),
      [
        ['a', 'bb', undefined],
        ['bb', undefined, 'a'],
      ],
    );
  });

  it('orders the log by the date things happened, not when they were written', () => {
    const logg = medKorrigeringer([foring('a', { dato: '2026-11-21' }), foring('bb', { dato: '2026-11-19' })]);
    assert.deepEqual(logg.map((l) => l.id), ['bb', 'a']);
  });

  it('counts the pupil’s own experience only as an entry of its own kind', () => {
    assert.equal(elevensOpplevelseLogget([foring('a')]), false);
    assert.equal(elevensOpplevelseLogget([foring('a'), foring('b', { type: 'elevens_opplevelse' })]), true);
  });
});
