import { strict as assert } from 'node:assert';
import {
  erGyldigDato,
  erVirkedag,
  formaterDato,
  formaterTid,
  leggTilDager,
  leggTilVirkedager,
  nesteVirkedag,
  osloDato,
  osloMidnatt,
  virkedagerMellom,
} from '../../src/domain/frister';

const utc = (iso: string) => new Date(iso);

describe('osloDato', () => {
  it('gives the Oslo date, not the UTC date, late in the evening in winter', () => {
    assert.equal(osloDato(utc('2026-01-14T22:59:59Z')), '2026-01-14');
    assert.equal(osloDato(utc('2026-01-14T23:00:00Z')), '2026-01-15');
  });

  it('gives the Oslo date in summer time', () => {
    assert.equal(osloDato(utc('2026-06-30T21:59:59Z')), '2026-06-30');
    assert.equal(osloDato(utc('2026-06-30T22:00:00Z')), '2026-07-01');
  });

  it('follows the spring switch on the last Sunday of March', () => {
    assert.equal(osloDato(utc('2026-03-28T23:30:00Z')), '2026-03-29');
    assert.equal(osloDato(utc('2026-03-29T21:59:00Z')), '2026-03-29');
    assert.equal(osloDato(utc('2026-03-29T22:00:00Z')), '2026-03-30');
  });

  it('follows the autumn switch on the last Sunday of October', () => {
    assert.equal(osloDato(utc('2026-10-24T22:00:00Z')), '2026-10-25');
    assert.equal(osloDato(utc('2026-10-25T22:59:00Z')), '2026-10-25');
    assert.equal(osloDato(utc('2026-10-25T23:00:00Z')), '2026-10-26');
  });

  it('turns the year in Oslo an hour before UTC does', () => {
    assert.equal(osloDato(utc('2026-12-31T22:59:59Z')), '2026-12-31');
    assert.equal(osloDato(utc('2026-12-31T23:00:00Z')), '2027-01-01');
  });

  it('refuses an invalid instant', () => {
    assert.throws(() => osloDato(new Date('nonsense')), RangeError);
  });
});

describe('erVirkedag', () => {
  const fri = [
    ['2026-01-01', '1. nyttårsdag'],
    ['2026-04-02', 'skjærtorsdag 2026'],
    ['2026-04-03', 'langfredag 2026'],
    ['2026-04-06', '2. påskedag 2026'],
    ['2026-05-01', 'arbeidernes dag'],
    ['2026-05-14', 'Kristi himmelfartsdag 2026'],
    ['2026-05-25', '2. pinsedag 2026'],
    ['2026-12-25', '1. juledag'],
    ['2026-12-26', '2. juledag (a Saturday)'],
    ['2027-01-01', '1. nyttårsdag 2027'],
    ['2027-03-25', 'skjærtorsdag 2027'],
    ['2027-03-26', 'langfredag 2027'],
    ['2027-03-29', '2. påskedag 2027'],
    ['2027-05-06', 'Kristi himmelfartsdag 2027'],
    ['2027-05-17', '17. mai and 2. pinsedag 2027 (a Monday)'],
    ['2026-03-28', 'a Saturday'],
    ['2026-03-29', 'a Sunday (and the spring DST switch)'],
    ['2026-10-25', 'a Sunday (and the autumn DST switch)'],
  ] as const;
  for (const [dato, hva] of fri) {
    it(`is not a working day on ${dato}, ${hva}`, () => assert.equal(erVirkedag(dato), false));
  }

  const arbeid = [
    ['2026-04-01', 'onsdag før påske'],
    ['2026-04-07', 'tirsdag etter påske'],
    ['2026-05-15', 'fredag etter Kristi himmelfart'],
    ['2026-05-18', 'mandag 18. mai 2026 (17. mai was a Sunday)'],
    ['2026-05-26', 'tirsdag etter pinse'],
    ['2026-12-24', 'julaften (a bank holiday, not a public one)'],
    ['2026-12-31', 'nyttårsaften'],
    ['2026-03-30', 'the Monday after the spring switch'],
    ['2026-10-26', 'the Monday after the autumn switch'],
  ] as const;
  for (const [dato, hva] of arbeid) {
    it(`is a working day on ${dato}, ${hva}`, () => assert.equal(erVirkedag(dato), true));
  }

  it('refuses a date that does not exist or is not YYYY-MM-DD', () => {
    for (const dato of ['2026-02-29', '2026-13-01', '2026-4-1', '01.04.2026', '']) assert.throws(() => erVirkedag(dato), RangeError, dato);
  });
});

describe('leggTilVirkedager', () => {
  it('returns a working day itself for n = 0', () => {
    assert.equal(leggTilVirkedager('2026-04-01', 0), '2026-04-01');
  });

  it('moves a weekend or holiday to the next working day for n = 0', () => {
    assert.equal(leggTilVirkedager('2026-03-28', 0), '2026-03-30');
    assert.equal(leggTilVirkedager('2026-04-02', 0), '2026-04-07');
  });

  it('counts a day off as the next working day before adding', () => {
    assert.equal(leggTilVirkedager('2026-03-28', 1), '2026-03-31');
  });

  it('skips the whole Easter 2026', () => {
    assert.equal(leggTilVirkedager('2026-04-01', 1), '2026-04-07');
    assert.equal(leggTilVirkedager('2026-03-31', 3), '2026-04-08');
  });

  it('skips the whole Easter 2027', () => {
    assert.equal(leggTilVirkedager('2027-03-24', 1), '2027-03-30');
  });

  it('skips Kristi himmelfartsdag', () => {
    assert.equal(leggTilVirkedager('2026-05-13', 1), '2026-05-15');
  });

  it('skips 17. mai on a weekday', () => {
    assert.equal(leggTilVirkedager('2027-05-14', 1), '2027-05-18');
  });

  it('skips 2. pinsedag', () => {
    assert.equal(leggTilVirkedager('2026-05-22', 1), '2026-05-26');
  });

  it('skips Christmas but not julaften', () => {
    assert.equal(leggTilVirkedager('2026-12-23', 1), '2026-12-24');
    assert.equal(leggTilVirkedager('2026-12-23', 2), '2026-12-28');
  });

  it('crosses the year boundary and skips 1. nyttårsdag', () => {
    assert.equal(leggTilVirkedager('2026-12-31', 1), '2027-01-04');
  });

  it('counts normally across the DST switches', () => {
    assert.equal(leggTilVirkedager('2026-03-27', 1), '2026-03-30');
    assert.equal(leggTilVirkedager('2026-10-23', 1), '2026-10-26');
  });

  it('counts two school weeks as ten working days', () => {
    assert.equal(leggTilVirkedager('2026-09-07', 10), '2026-09-21');
  });

  it('refuses a negative or fractional count', () => {
    assert.throws(() => leggTilVirkedager('2026-04-01', -1), RangeError);
    assert.throws(() => leggTilVirkedager('2026-04-01', 1.5), RangeError);
  });
});

describe('nesteVirkedag', () => {
  it('is strictly after a working day', () => {
    assert.equal(nesteVirkedag('2026-03-30'), '2026-03-31');
  });

  it('jumps over a weekend', () => {
    assert.equal(nesteVirkedag('2026-03-27'), '2026-03-30');
  });

  it('jumps over Easter from onsdag', () => {
    assert.equal(nesteVirkedag('2026-04-01'), '2026-04-07');
  });

  it('jumps from julaften over Christmas', () => {
    assert.equal(nesteVirkedag('2026-12-24'), '2026-12-28');
  });
});

describe('leggTilDager', () => {
  it('adds calendar days across the DST switch without drifting', () => {
    assert.equal(leggTilDager('2026-03-28', 1), '2026-03-29');
    assert.equal(leggTilDager('2026-03-29', 1), '2026-03-30');
    assert.equal(leggTilDager('2026-10-25', 1), '2026-10-26');
  });

  it('knows leap years', () => {
    assert.equal(leggTilDager('2028-02-28', 1), '2028-02-29');
    assert.equal(leggTilDager('2026-02-28', 1), '2026-03-01');
  });

  it('crosses the year boundary both ways', () => {
    assert.equal(leggTilDager('2026-12-31', 1), '2027-01-01');
    assert.equal(leggTilDager('2027-01-01', -1), '2026-12-31');
  });

  it('adds three weeks for a typical evaluation date', () => {
    assert.equal(leggTilDager('2026-03-12', 21), '2026-04-02');
  });

  it('refuses an invalid date', () => {
    assert.throws(() => leggTilDager('2026-02-30', 1), RangeError);
  });
});

describe('virkedagerMellom', () => {
  it('counts working days after fra up to and including til', () => {
    assert.equal(virkedagerMellom('2026-03-30', '2026-04-10'), 6);
  });

  it('counts the day after Easter as one working day after onsdag', () => {
    assert.equal(virkedagerMellom('2026-04-01', '2026-04-07'), 1);
  });

  it('is zero for the same day and across a weekend with no working day', () => {
    assert.equal(virkedagerMellom('2026-04-01', '2026-04-01'), 0);
    assert.equal(virkedagerMellom('2026-03-27', '2026-03-29'), 0);
  });

  it('is negative when til is before fra', () => {
    assert.equal(virkedagerMellom('2026-04-07', '2026-04-01'), -1);
  });

  it('undoes leggTilVirkedager', () => {
    for (const fra of ['2026-03-30', '2026-12-23', '2027-05-12']) {
      for (let n = 0; n <= 12; n++) assert.equal(virkedagerMellom(fra, leggTilVirkedager(fra, n)), n, `${fra} + ${n}`);
    }
  });
});

describe('osloMidnatt', () => {
  const tilfeller = [
    ['2026-01-15', '2026-01-14T23:00:00.000Z', 'winter'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z', 'summer'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z', 'the spring switch day (still winter time at midnight)'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z', 'the day after the spring switch'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z', 'the autumn switch day (still summer time at midnight)'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z', 'the day after the autumn switch'],
    ['2027-01-01', '2026-12-31T23:00:00.000Z', 'new year'],
  ] as const;
  for (const [dato, instant, hva] of tilfeller) {
    it(`is ${instant} for ${dato}, ${hva}`, () => {
      assert.equal(osloMidnatt(dato).toISOString(), instant);
    });
  }

  it('is the first instant of the Oslo date', () => {
    for (const dato of ['2026-03-29', '2026-03-30', '2026-10-25', '2026-10-26', '2027-01-01']) {
      const midnatt = osloMidnatt(dato);
      assert.equal(osloDato(midnatt), dato);
      assert.equal(osloDato(new Date(midnatt.getTime() - 1)), leggTilDager(dato, -1));
    }
  });
});

describe('formatting', () => {
  it('shows a date the Norwegian way', () => {
    assert.equal(formaterDato('2026-11-22'), '22.11.2026');
    assert.equal(formaterDato('2027-01-05'), '05.01.2027');
  });

  it('shows an instant in Oslo time', () => {
    assert.equal(formaterTid(utc('2026-11-22T13:05:00Z')), '22.11.2026 kl. 14:05');
    assert.equal(formaterTid(utc('2026-06-01T12:00:00Z')), '01.06.2026 kl. 14:00');
  });

  it('shows midnight as 00:00 on the new Oslo date', () => {
    assert.equal(formaterTid(utc('2026-06-01T22:00:00Z')), '02.06.2026 kl. 00:00');
    assert.equal(formaterTid(utc('2026-12-31T23:00:00Z')), '01.01.2027 kl. 00:00');
  });

  it('refuses to format an invalid date', () => {
    assert.throws(() => formaterDato('22.11.2026'), RangeError);
  });
});

describe('erGyldigDato', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    assert.equal(erGyldigDato('2028-02-29'), true);
    assert.equal(erGyldigDato('2026-02-29'), false);
    assert.equal(erGyldigDato('2026-04-31'), false);
    assert.equal(erGyldigDato('2026-04-01T00:00'), false);
  });
});
