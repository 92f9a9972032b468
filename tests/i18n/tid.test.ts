/**
 * A time in the reader's language (issue 24): «07.12.2026 kl. 10:12» in bokmål and nynorsk,
 * «07.12.2026 at 10:12» in English — the word from the catalog, the date and the Oslo clock from
 * the one shared function (src/domain/datovisning.ts), which stays free of the catalog.
 */
import { strict as assert } from 'node:assert';
import { medSprak } from '../../src/app/sprakKontekst';
import { visTid as domeneTid } from '../../src/domain/datovisning';
import { formaterTid, visTid } from '../../src/i18n/aktiv';

const TID = '2026-12-07T09:12:00.000Z';

describe('i18n: the word before the clock', () => {
  it('writes «kl.» in bokmål and nynorsk, «at» in English', () => {
    assert.equal(medSprak('nb', () => visTid(TID)), '07.12.2026 kl. 10:12');
    assert.equal(medSprak('nn', () => visTid(TID)), '07.12.2026 kl. 10:12');
    assert.equal(medSprak('en', () => visTid(TID)), '07.12.2026 at 10:12');
    assert.equal(medSprak('en', () => formaterTid(new Date(TID))), '07.12.2026 at 10:12');
  });

  it('leaves a calendar date as a date, and records (no reader) with «kl.»', () => {
    assert.equal(medSprak('en', () => visTid('2026-12-07')), '07.12.2026');
    assert.equal(domeneTid(TID), '07.12.2026 kl. 10:12');
    assert.equal(visTid(TID), '07.12.2026 kl. 10:12', 'no language bound: bokmål');
  });
});
