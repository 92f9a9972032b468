/**
 * The organisation file's limits (src/domain/fristinnstillinger.ts): each escalation must come after
 * the step before it, refused at the later field with why; the defaults pass.
 */
import { strict as assert } from 'node:assert';
import { fristinnstillingerSkjema, STANDARD_FRISTER } from '../../src/domain/fristinnstillinger';

const feil = (inn: unknown) => {
  const r = fristinnstillingerSkjema.safeParse(inn);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('fristinnstillinger: the order of the escalations', () => {
  it('takes an empty frister as the defaults', () => {
    assert.deepEqual(fristinnstillingerSkjema.parse({}), STANDARD_FRISTER);
  });

  it('refuses kommunalsjef told before the receivers are told again, at the later field', () => {
    assert.deepEqual(feil({ varselPaNyttEtterVirkedager: 5, varselKommunalsjefEtterVirkedager: 5 }), [
      ['varselKommunalsjefEtterVirkedager', 'kommunalsjef varsles etter at mottakerne har fått varselet på nytt'],
    ]);
    assert.deepEqual(feil({ straksPaNyttEtterTimer: 40, straksKommunalsjefEtterTimer: 2 }), [
      ['straksKommunalsjefEtterTimer', 'kommunalsjef varsles etter at mottakerne har fått varselet på nytt'],
    ]);
  });

  it('refuses kommunalsjef reminded before rektor (§12-5: investigation and tiltak), each at its field', () => {
    assert.deepEqual(
      feil({ straksUndersokelseRektorEtterTimer: 30, straksUndersokelseKommunalsjefEtterTimer: 10, straksTiltakRektorEtterTimer: 9, straksTiltakKommunalsjefEtterTimer: 9 }),
      [
        ['straksUndersokelseKommunalsjefEtterTimer', 'kommunalsjef varsles etter at rektor har fått påminnelse'],
        ['straksTiltakKommunalsjefEtterTimer', 'kommunalsjef varsles etter at rektor har fått påminnelse'],
      ],
    );
  });

  it('refuses working hours that end before they start, beside another refusal', () => {
    assert.deepEqual(feil({ arbeidstidFra: '17:00', straksPaNyttEtterTimer: 40, straksKommunalsjefEtterTimer: 2 }), [
      ['arbeidstidTil', 'arbeidstidFra må være før arbeidstidTil'],
      ['straksKommunalsjefEtterTimer', 'kommunalsjef varsles etter at mottakerne har fått varselet på nytt'],
    ]);
  });
});
