import { strict as assert } from 'node:assert';
import { skolearFor } from '../../src/domain/bekreftelse';
import { STANDARD_FRISTER, fristinnstillingerSkjema } from '../../src/domain/fristinnstillinger';
import {
  tiltakForfall,
  bekreftelseForfall,
  evalueringForfall,
  evalueringHorisont,
  kanSendesNa,
  undersokelseForfall,
  varselForfall,
  type Forfall,
} from '../../src/domain/paaminnelser';

const f = STANDARD_FRISTER;
/** An Oslo wall-clock time; winter (+01:00) or summer (+02:00) as given. */
const oslo = (dato: string, klokka = '10:00', sone = '+01:00') => new Date(`${dato}T${klokka}:00${sone}`);
const sommer = (dato: string, klokka = '10:00') => oslo(dato, klokka, '+02:00');
const typer = (l: Forfall[]) => l.map((x) => `${x.type}@${x.dag}`);

describe('evaluation reminders', () => {
  // Tuesday 10 March 2026; three working days before is Thursday 5 March.
  const dato = '2026-03-10';

  it('are not due before three working days ahead', () => {
    assert.deepEqual(evalueringForfall(dato, oslo('2026-03-04'), f), []);
  });

  it('remind once three working days before: the reminder keeps its day through the window', () => {
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-05'), f)), ['evaluering_snart@2026-03-05']);
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-09'), f)), ['evaluering_snart@2026-03-05']);
  });

  it('remind on the day', () => {
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-10'), f)), ['evaluering_i_dag@2026-03-10']);
  });

  it('remind each working day while overdue, and tell rektor from five working days overdue', () => {
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-11'), f)), ['evaluering_forfalt@2026-03-11']);
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-16'), f)), ['evaluering_forfalt@2026-03-16']);
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-17'), f)), ['evaluering_forfalt@2026-03-17', 'evaluering_rektor@2026-03-17']);
    // The rektor reminder is one reminder: it keeps its day afterwards.
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-18'), f)), ['evaluering_forfalt@2026-03-18', 'evaluering_rektor@2026-03-17']);
  });

  it('are not due on weekends', () => {
    assert.deepEqual(evalueringForfall(dato, oslo('2026-03-14'), f), []);
    assert.deepEqual(evalueringForfall(dato, oslo('2026-03-15'), f), []);
  });

  it('skip påske: no reminder on skjærtorsdag, langfredag or 2. påskedag, and those days do not count', () => {
    const forPaske = '2026-04-01';
    for (const fri of ['2026-04-02', '2026-04-03', '2026-04-06']) assert.deepEqual(evalueringForfall(forPaske, sommer(fri), f), [], fri);
    assert.deepEqual(typer(evalueringForfall(forPaske, sommer('2026-04-07'), f)), ['evaluering_forfalt@2026-04-07']);
    // 7, 8, 9, 10 and 13 April are the five working days overdue.
    assert.deepEqual(typer(evalueringForfall(forPaske, sommer('2026-04-10'), f)), ['evaluering_forfalt@2026-04-10']);
    assert.deepEqual(typer(evalueringForfall(forPaske, sommer('2026-04-13'), f)), ['evaluering_forfalt@2026-04-13', 'evaluering_rektor@2026-04-13']);
  });

  it('move an evaluation set on 17. mai to the next working day', () => {
    // Monday 17 May 2027 is both 17. mai and 2. pinsedag.
    assert.deepEqual(evalueringForfall('2027-05-17', sommer('2027-05-17'), f), []);
    assert.deepEqual(typer(evalueringForfall('2027-05-17', sommer('2027-05-18'), f)), ['evaluering_i_dag@2027-05-18']);
    assert.deepEqual(typer(evalueringForfall('2027-05-17', sommer('2027-05-12'), f)), ['evaluering_snart@2027-05-12']);
  });

  it('skip jul', () => {
    for (const fri of ['2026-12-25', '2026-12-26', '2026-12-27']) assert.deepEqual(evalueringForfall('2026-12-23', oslo(fri), f), [], fri);
    assert.deepEqual(typer(evalueringForfall('2026-12-23', oslo('2026-12-28'), f)), ['evaluering_forfalt@2026-12-28']);
  });

  it('follow the municipality’s own limits', () => {
    const egne = { ...f, evalueringVarselForVirkedager: 1, evalueringRektorEtterVirkedager: 2 };
    assert.deepEqual(evalueringForfall(dato, oslo('2026-03-05'), egne), []);
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-09'), egne)), ['evaluering_snart@2026-03-09']);
    assert.deepEqual(typer(evalueringForfall(dato, oslo('2026-03-12'), egne)), ['evaluering_forfalt@2026-03-12', 'evaluering_rektor@2026-03-12']);
  });

  it('reach three working days ahead in the sweep’s horizon', () => {
    assert.equal(evalueringHorisont(oslo('2026-03-05'), f), '2026-03-10');
    // From a day off, the count starts at Monday.
    assert.equal(evalueringHorisont(oslo('2026-03-14'), f), '2026-03-19');
  });
});

describe('unhandled varsler', () => {
  it('go to the receivers again after one working day and to the kommunalsjef after two', () => {
    const sendt = oslo('2026-03-09', '10:00');
    assert.deepEqual(varselForfall(sendt, false, oslo('2026-03-10', '09:59'), f), []);
    assert.deepEqual(typer(varselForfall(sendt, false, oslo('2026-03-10', '10:00'), f)), ['varsel_ikke_mottatt@2026-03-10']);
    assert.deepEqual(typer(varselForfall(sendt, false, oslo('2026-03-11', '10:00'), f)), ['varsel_ikke_mottatt@2026-03-10', 'varsel_kommunalsjef@2026-03-11']);
  });

  it('count working days over the weekend and påske', () => {
    assert.deepEqual(typer(varselForfall(oslo('2026-03-13', '15:00'), false, oslo('2026-03-16', '15:00'), f)), ['varsel_ikke_mottatt@2026-03-16']);
    assert.deepEqual(varselForfall(sommer('2026-04-01', '14:00'), false, sommer('2026-04-06', '23:00'), f), []);
    assert.deepEqual(typer(varselForfall(sommer('2026-04-01', '14:00'), false, sommer('2026-04-07', '14:00'), f)), ['varsel_ikke_mottatt@2026-04-07']);
  });

  it('sent on a day off count from the next working day: within Monday means by Tuesday', () => {
    assert.deepEqual(varselForfall(oslo('2026-03-14', '12:00'), false, oslo('2026-03-16', '23:59'), f), []);
    assert.deepEqual(typer(varselForfall(oslo('2026-03-14', '12:00'), false, oslo('2026-03-17', '00:00'), f)), ['varsel_ikke_mottatt@2026-03-17']);
  });

  it('marked straks count in hours, at night and on weekends too', () => {
    const sendt = oslo('2026-03-14', '22:00');
    assert.deepEqual(varselForfall(sendt, true, oslo('2026-03-14', '22:59'), f), []);
    assert.deepEqual(typer(varselForfall(sendt, true, oslo('2026-03-14', '23:00'), f)), ['varsel_ikke_mottatt@2026-03-14']);
    const begge = varselForfall(sendt, true, oslo('2026-03-15', '00:00'), f);
    assert.deepEqual(typer(begge), ['varsel_ikke_mottatt@2026-03-14', 'varsel_kommunalsjef@2026-03-15']);
    assert.ok(begge.every((x) => x.straks && kanSendesNa(x, oslo('2026-03-15', '00:00'), f)));
  });
});

describe('investigations not started', () => {
  it('remind five working days after receipt', () => {
    const mottatt = oslo('2026-03-09', '10:00');
    assert.deepEqual(undersokelseForfall(mottatt, oslo('2026-03-16', '09:59'), f), []);
    assert.deepEqual(typer(undersokelseForfall(mottatt, oslo('2026-03-16', '10:00'), f)), ['undersokelse_ikke_startet@2026-03-16']);
    assert.deepEqual(typer(undersokelseForfall(mottatt, oslo('2026-03-20', '10:00'), f)), ['undersokelse_ikke_startet@2026-03-16']);
  });

  it('do not count påske', () => {
    // Received Tuesday 31 March: 1, 7, 8, 9, 10 April are the five working days.
    assert.deepEqual(undersokelseForfall(sommer('2026-03-31'), sommer('2026-04-09', '12:00'), f), []);
    assert.deepEqual(typer(undersokelseForfall(sommer('2026-03-31'), sommer('2026-04-10', '10:00'), f)), ['undersokelse_ikke_startet@2026-04-10']);
  });
});

describe('investigations not started in a «straks» case (§12-5): working hours', () => {
  const straks = (mottatt: Date, naa: Date) => typer(undersokelseForfall(mottatt, naa, f, true));

  it('reminds rektor after 4 working hours, tells the kommunalsjef after 8, and the usual reminder after one working day', () => {
    const mottatt = oslo('2026-03-09', '09:00'); // Monday
    assert.deepEqual(straks(mottatt, oslo('2026-03-09', '12:59')), []);
    assert.deepEqual(straks(mottatt, oslo('2026-03-09', '13:00')), ['undersokelse_straks_rektor@2026-03-09']);
    // 09:00–16:30 is 7.5 hours; the 8th is 07:30–08:00 the next morning.
    assert.deepEqual(straks(mottatt, oslo('2026-03-10', '07:59')), ['undersokelse_straks_rektor@2026-03-09']);
    assert.deepEqual(straks(mottatt, oslo('2026-03-10', '08:00')), ['undersokelse_straks_rektor@2026-03-09', 'undersokelse_straks_kommunalsjef@2026-03-10']);
    assert.deepEqual(straks(mottatt, oslo('2026-03-10', '09:00')), ['undersokelse_straks_rektor@2026-03-09', 'undersokelse_straks_kommunalsjef@2026-03-10', 'undersokelse_ikke_startet@2026-03-10']);
    assert.ok(undersokelseForfall(mottatt, oslo('2026-03-10', '09:00'), f, true).every((x) => x.straks));
  });

  it('never counts a night, a weekend or a holiday as working time', () => {
    // Received Friday 15:30: one hour that day, the other three on Monday from 07:30.
    assert.deepEqual(straks(oslo('2026-03-13', '15:30'), oslo('2026-03-16', '10:29')), []);
    assert.deepEqual(straks(oslo('2026-03-13', '15:30'), oslo('2026-03-16', '10:30')), ['undersokelse_straks_rektor@2026-03-16']);
    // Received at night: the count starts at 07:30.
    assert.deepEqual(straks(oslo('2026-03-10', '23:00'), oslo('2026-03-11', '11:29')), []);
    assert.deepEqual(straks(oslo('2026-03-10', '23:00'), oslo('2026-03-11', '11:30')), ['undersokelse_straks_rektor@2026-03-11']);
    // Skjærtorsdag to 2. påskedag are days off: received Wednesday 1 April 15:00 (summer time), 1.5 hours that day, then Tuesday 7 April.
    assert.deepEqual(straks(sommer('2026-04-01', '15:00'), sommer('2026-04-07', '09:59')), []);
    assert.deepEqual(straks(sommer('2026-04-01', '15:00'), sommer('2026-04-07', '10:00')), ['undersokelse_straks_rektor@2026-04-07']);
  });

  it('counts the working day the clocks change on by the wall clock', () => {
    // 29 March 2026 is a Sunday: the first working day after is in summer time; received Friday 27 at 16:00 (winter).
    assert.deepEqual(straks(oslo('2026-03-27', '16:00'), sommer('2026-03-30', '10:59')), []);
    assert.deepEqual(straks(oslo('2026-03-27', '16:00'), sommer('2026-03-30', '11:00')), ['undersokelse_straks_rektor@2026-03-30']);
  });

  it('follows the municipality’s own hours, and refuses a kommunalsjef step before rektor’s', () => {
    const egne = fristinnstillingerSkjema.parse({ straksUndersokelseRektorEtterTimer: 2, straksUndersokelseKommunalsjefEtterTimer: 3 });
    assert.deepEqual(typer(undersokelseForfall(oslo('2026-03-09', '09:00'), oslo('2026-03-09', '12:00'), egne, true)), [
      'undersokelse_straks_rektor@2026-03-09',
      'undersokelse_straks_kommunalsjef@2026-03-09',
    ]);
    const feil = fristinnstillingerSkjema.safeParse({ straksUndersokelseRektorEtterTimer: 8, straksUndersokelseKommunalsjefEtterTimer: 4 });
    assert.ok(!feil.success && feil.error.issues.some((i) => i.path[0] === 'straksUndersokelseKommunalsjefEtterTimer'));
  });
});

describe('tiltak in a «straks» case (§12-5): working hours from the investigation’s start', () => {
  const tiltak = (startet: Date, naa: Date, frister = f) => typer(tiltakForfall(startet, naa, frister));

  it('reminds rektor after 8 working hours and tells the kommunalsjef after 16, skipping nights and holidays', () => {
    const startet = oslo('2026-03-09', '10:00'); // Monday: 6.5 hours that day
    assert.deepEqual(tiltak(startet, oslo('2026-03-10', '08:59')), []);
    assert.deepEqual(tiltak(startet, oslo('2026-03-10', '09:00')), ['tiltak_straks_rektor@2026-03-10']);
    assert.deepEqual(tiltak(startet, oslo('2026-03-11', '08:00')), ['tiltak_straks_rektor@2026-03-10', 'tiltak_straks_kommunalsjef@2026-03-11']);
    assert.ok(tiltakForfall(startet, oslo('2026-03-11', '08:00'), f).every((x) => x.straks));
    // Started Wednesday 1 April 15:00 (summer time): 1.5 hours, then påske, then Tuesday 7 April from 07:30.
    assert.deepEqual(tiltak(sommer('2026-04-01', '15:00'), sommer('2026-04-07', '13:59')), []);
    assert.deepEqual(tiltak(sommer('2026-04-01', '15:00'), sommer('2026-04-07', '14:00')), ['tiltak_straks_rektor@2026-04-07']);
  });

  it('follows the municipality’s own hours, and refuses a kommunalsjef step before rektor’s', () => {
    const egne = fristinnstillingerSkjema.parse({ straksTiltakRektorEtterTimer: 2, straksTiltakKommunalsjefEtterTimer: 3 });
    assert.deepEqual(tiltak(oslo('2026-03-09', '09:00'), oslo('2026-03-09', '12:00'), egne), ['tiltak_straks_rektor@2026-03-09', 'tiltak_straks_kommunalsjef@2026-03-09']);
    const feil = fristinnstillingerSkjema.safeParse({ straksTiltakRektorEtterTimer: 16, straksTiltakKommunalsjefEtterTimer: 8 });
    assert.ok(!feil.success && feil.error.issues.some((i) => i.path[0] === 'straksTiltakKommunalsjefEtterTimer'));
  });
});

describe('quiet hours', () => {
  const vanlig = { straks: false };
  it('send reminders between 07:30 and 16:30 on working days only', () => {
    assert.equal(kanSendesNa(vanlig, oslo('2026-03-10', '07:29'), f), false);
    assert.equal(kanSendesNa(vanlig, oslo('2026-03-10', '07:30'), f), true);
    assert.equal(kanSendesNa(vanlig, oslo('2026-03-10', '16:29'), f), true);
    assert.equal(kanSendesNa(vanlig, oslo('2026-03-10', '16:30'), f), false);
    assert.equal(kanSendesNa(vanlig, oslo('2026-03-14', '10:00'), f), false);
    assert.equal(kanSendesNa(vanlig, sommer('2026-05-14', '10:00'), f), false, 'Kristi himmelfartsdag');
  });

  it('follow Oslo’s clock across the summer-time switch', () => {
    assert.equal(kanSendesNa(vanlig, new Date('2026-03-30T05:30:00Z'), f), true);
    assert.equal(kanSendesNa(vanlig, new Date('2026-03-27T06:29:00Z'), f), false);
  });

  it('never hold back «straks»', () => {
    assert.equal(kanSendesNa({ straks: true }, oslo('2026-03-15', '03:00'), f), true);
  });
});

describe('bekreftelse rounds', () => {
  it('start on the school year’s first day and repeat weekly, a Saturday start going out on Monday under its own day', () => {
    // 15 August 2026 is a Saturday.
    assert.deepEqual(bekreftelseForfall(sommer('2026-08-17'), f), { type: 'bekreftelse_mangler', dag: '2026-08-15', straks: false, skolear: '2026-2027' });
    assert.equal(bekreftelseForfall(sommer('2026-08-21'), f).dag, '2026-08-15');
    assert.equal(bekreftelseForfall(sommer('2026-08-22'), f).dag, '2026-08-22');
  });

  it('belong to the school year by the municipality’s start day', () => {
    assert.deepEqual(skolearFor(sommer('2027-08-14'), f), { navn: '2026-2027', start: '2026-08-15' });
    assert.deepEqual(skolearFor(sommer('2027-08-15'), f), { navn: '2027-2028', start: '2027-08-15' });
    assert.deepEqual(skolearFor(sommer('2027-08-14'), { ...f, skolearStart: '08-01' }), { navn: '2027-2028', start: '2027-08-01' });
  });
});

describe('the municipality’s settings', () => {
  it('fill in the defaults for what the file leaves out', () => {
    assert.deepEqual(fristinnstillingerSkjema.parse({ straksPaNyttEtterTimer: 2, straksKommunalsjefEtterTimer: 4 }), { ...f, straksPaNyttEtterTimer: 2, straksKommunalsjefEtterTimer: 4 });
    assert.deepEqual(fristinnstillingerSkjema.parse({}), f);
  });

  it('refuse a wrong time or an escalation before the repeat, naming the field', () => {
    const feil = fristinnstillingerSkjema.safeParse({ arbeidstidFra: '7.30' });
    assert.equal(feil.success, false);
    assert.deepEqual(feil.error?.issues.map((i) => i.path.join('.')), ['arbeidstidFra']);
    const rekkefolge = fristinnstillingerSkjema.safeParse({ varselPaNyttEtterVirkedager: 3 });
    assert.deepEqual(rekkefolge.error?.issues.map((i) => i.path.join('.')), ['varselKommunalsjefEtterVirkedager']);
  });
});
