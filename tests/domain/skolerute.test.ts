/**
 * The skolerute (issue 23): the default Norwegian school year, the .ics reader municipalities'
 * published calendars go through, and how the calendar moves a default date to a school day.
 */
import { strict as assert } from 'node:assert';
import { standardEvalueringsdato } from '../../src/domain/aktivitetsplan';
import { standardAarshjul } from '../../src/domain/aarshjul';
import { lesIcs, skoleruteFraIcs, slagFor } from '../../src/domain/ics';
import { erSkoledag, erSommerferie, feilISkolerute, paskedag, skoledagFra, skolearForDato, standardSkolerute, type Skolerute } from '../../src/domain/skolerute';
import { skolearNb as skolearTekster } from '../../src/i18n/skolear';

const standard = (ar: string) => standardSkolerute(ar);

describe('skolerute: the default school year', () => {
  it('runs from the first Monday on or after 15 August to the last weekday on or before 20 June, with the usual holidays', () => {
    const r = standard('2026-2027');
    assert.equal(r.forsteSkoledag, '2026-08-17');
    assert.equal(r.sisteSkoledag, '2027-06-18');
    assert.deepEqual(
      r.fri.map((f) => [f.type, f.fra, f.til]),
      [
        ['hostferie', '2026-09-28', '2026-10-02'],
        ['juleferie', '2026-12-21', '2027-01-01'],
        ['vinterferie', '2027-02-22', '2027-02-26'],
        ['paskeferie', '2027-03-22', '2027-03-29'],
      ],
    );
  });

  it('finds Easter Sunday', () => {
    assert.deepEqual([2025, 2026, 2027, 2028].map(paskedag), ['2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16']);
  });

  it('knows school days, holidays and the summer', () => {
    const r = standard('2026-2027');
    assert.equal(erSkoledag(r, '2026-12-28'), false, 'juleferie');
    assert.equal(erSkoledag(r, '2027-01-04'), true);
    assert.equal(erSkoledag(r, '2027-05-17'), false, 'a public holiday');
    assert.equal(erSommerferie(r, '2027-06-21'), true);
    assert.equal(erSommerferie(r, '2026-08-14'), true);
    assert.equal(skolearForDato('2027-07-31'), '2026-2027');
    assert.equal(skolearForDato('2027-08-01'), '2027-2028');
  });

  it('moves a default evaluation date that falls on 28 December to the first school day after the Christmas holiday', () => {
    const ruteFor = (ar: string) => standardSkolerute(ar);
    assert.equal(standardEvalueringsdato('2026-12-07', 3, (d) => skoledagFra(d, ruteFor)), '2027-01-04');
    // Without the calendar only public holidays count: the old behaviour, 28 December.
    assert.equal(standardEvalueringsdato('2026-12-07', 3), '2026-12-28');
    // In the summer: to next year's first school day.
    assert.equal(skoledagFra('2027-06-28', ruteFor), '2027-08-16');
    // A municipality's own calendar: Christmas until 5 January, a planning day on the 6th.
    const egen: Skolerute = { ...standard('2026-2027'), fri: [{ type: 'juleferie', fra: '2026-12-19', til: '2027-01-05' }, { type: 'planleggingsdag', fra: '2027-01-06', til: '2027-01-06' }], kilde: 'kommunen' };
    assert.equal(skoledagFra('2026-12-28', (ar) => (ar === '2026-2027' ? egen : standardSkolerute(ar))), '2027-01-07');
  });

  it('refuses a calendar whose dates lie outside its school year or run backwards', () => {
    const r = standard('2026-2027');
    assert.deepEqual(feilISkolerute(r), []);
    assert.deepEqual(
      feilISkolerute({ ...r, forsteSkoledag: '2026-07-20', fri: [{ type: 'annet', fra: '2026-10-10', til: '2026-10-09' }] }),
      [
        { felt: 'forsteSkoledag', feil: 'utenfor' },
        { felt: 'fri.0.til', feil: 'rekkefolge' },
      ],
    );
  });

  it('gives a default årshjul whose dates are school days (the first checkpoint two weeks into the year)', () => {
    const hjul = standardAarshjul('2026-2027', standardSkolerute, skolearTekster.standardAarshjul);
    assert.equal(hjul.sjekkpunkter.length, 8);
    assert.equal(hjul.sjekkpunkter[0]!.dato, '2026-08-31');
    assert.ok(hjul.sjekkpunkter.every((p) => erSkoledag(standardSkolerute('2026-2027'), p.dato)), JSON.stringify(hjul.sjekkpunkter.map((p) => p.dato)));
    assert.equal(hjul.sjekkpunkter.filter((p) => p.bekreftelse).length, 1);
  });
});

/** As Oslo kommune and others publish it: folded lines, all-day events, one timed event, escapes. */
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Kommune//Skolerute//NO',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260818',
  'SUMMARY:Første skoledag',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261005',
  'DTEND;VALUE=DATE:20261010',
  'SUMMARY:Høstferie',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261113',
  'DTEND;VALUE=DATE:20261114',
  'SUMMARY:Planleggingsdag\\, fri for ele',
  ' ver',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20261218T230000Z',
  'DTEND:20270103T230000Z',
  'SUMMARY:Juleferie',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270215',
  'DTEND;VALUE=DATE:20270220',
  'SUMMARY:Vinterferie',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270301',
  'SUMMARY:Foreldremøte',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270618',
  'SUMMARY:Siste skoledag',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270817',
  'SUMMARY:Skolestart',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Uten dato',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('skolerute: reading an .ics file', () => {
  it('reads VEVENTs: all-day ends the day before DTEND, UTC times as Oslo dates, folded lines and escapes', () => {
    const { hendelser, ugyldige } = lesIcs(ICS);
    assert.equal(ugyldige, 1);
    assert.deepEqual(hendelser.slice(0, 4), [
      { tittel: 'Første skoledag', fra: '2026-08-18', til: '2026-08-18' },
      { tittel: 'Høstferie', fra: '2026-10-05', til: '2026-10-09' },
      { tittel: 'Planleggingsdag, fri for elever', fra: '2026-11-13', til: '2026-11-13' },
      // 23:00 UTC is midnight in Oslo: 19 December to 3 January.
      { tittel: 'Juleferie', fra: '2026-12-19', til: '2027-01-03' },
    ]);
  });

  it('makes the school year’s calendar from the file, leaving out other years and naming what it did not place', () => {
    const lest = skoleruteFraIcs(lesIcs(ICS).hendelser, '2026-2027', standard('2026-2027'))!;
    assert.equal(lest.rute.forsteSkoledag, '2026-08-18');
    assert.equal(lest.rute.sisteSkoledag, '2027-06-18');
    assert.deepEqual(lest.rute.fri.map((f) => f.type), ['hostferie', 'planleggingsdag', 'juleferie', 'vinterferie']);
    assert.deepEqual(lest.ikkeBrukt, ['Foreldremøte']);
    assert.equal(lest.rute.kilde, 'ics');
    assert.equal(lest.manglerForste || lest.manglerSiste, false);
    const neste = skoleruteFraIcs(lesIcs(ICS).hendelser, '2027-2028', standard('2027-2028'))!;
    assert.equal(neste.rute.forsteSkoledag, '2027-08-17');
    assert.equal(neste.manglerSiste, true);
    assert.equal(neste.rute.sisteSkoledag, standard('2027-2028').sisteSkoledag);
    assert.equal(skoleruteFraIcs(lesIcs(ICS).hendelser, '2030-2031', standard('2030-2031')), undefined);
  });

  it('reads nothing from text that is not a calendar', () => {
    assert.deepEqual(lesIcs('hei\nBEGIN:VEVENT\nDTSTART:ikke-en-dato\nEND:VEVENT').hendelser, []);
    assert.equal(slagFor('Haustferie'), 'hostferie');
    assert.equal(slagFor('Påskeferie'), 'paskeferie');
    assert.equal(slagFor('Elevfri dag'), 'annet');
    assert.equal(slagFor('Juleavslutning'), undefined);
  });
});
