import { strict as assert } from 'node:assert';
import {
  EVALUERING_UTFALL,
  evalueringSluttforerPlan,
  kanAktiveres,
  manglerIPlan,
  type Aktivitetsplan,
  type Evaluering,
  type Tiltak,
} from '../../src/domain/aktivitetsplan';
import type { Oid } from '../../src/domain/organisasjon';
import { INSPEKTOR, LAERER, REKTOR, oid } from './fixtures';

const ELEV = oid(900);
const FORELDER = oid(901);
const ANSATTE = new Set<Oid>([REKTOR, INSPEKTOR, LAERER]);
const erAnsatt = (o: Oid) => ANSATTE.has(o);

function tiltak(endring: Partial<Tiltak> = {}): Tiltak {
  return { id: 't1', beskrivelse: 'Voksen ute i alle friminutt ved klatrestativet', niva: 'gruppe', ansvarlig: LAERER, tidsrom: 'Uke 12–15, hvert friminutt', ...endring };
}

function plan(endring: Partial<Aktivitetsplan> = {}): Aktivitetsplan {
  return {
    id: 'p1',
    sakId: 's1',
    skoleId: 'a',
    elevNavn: 'Elev Elevsen',
    status: 'utkast',
    problem: 'Eleven blir holdt utenfor leken i friminuttene og kalt stygge ord.',
    bakgrunn: 'Samtale med eleven og foreldrene 10. mars; observasjon i tre friminutt.',
    tiltak: [tiltak(), tiltak({ id: 't2', beskrivelse: 'Ukentlig samtale med kontaktlærer', niva: 'individ', ansvarlig: INSPEKTOR, tidsrom: 'Hver mandag' })],
    evalueringsdato: '2026-04-14',
    elevensStemme: 'Eleven sier at det er verst ved klatrestativet og ønsker en voksen der.',
    barnetsBeste: 'Elevens trygghet veier tyngst; tiltakene skjermer eleven uten å peke den ut.',
    foresattesSyn: 'Foreldrene støtter planen.',
    evalueringer: [],
    opprettet: '2026-03-12T09:00:00.000Z',
    opprettetAv: REKTOR,
    ...endring,
  };
}

const felt = (p: Aktivitetsplan) => manglerIPlan(p, erAnsatt).map((m) => m.felt);

describe('manglerIPlan', () => {
  it('finds nothing missing in a complete plan', () => {
    assert.deepEqual(manglerIPlan(plan(), erAnsatt), []);
  });

  it('requires the problem the tiltak shall solve', () => {
    assert.deepEqual(manglerIPlan(plan({ problem: '  ' }), erAnsatt), [
      { felt: 'problem', melding: 'Beskriv hvilket problem tiltakene skal løse.', krav: 'lov' },
    ]);
  });

  it('requires at least one tiltak', () => {
    assert.deepEqual(manglerIPlan(plan({ tiltak: [] }), erAnsatt), [{ felt: 'tiltak', melding: 'Planen må ha minst ett tiltak.', krav: 'lov' }]);
  });

  it('requires a description of each tiltak, naming which one', () => {
    const p = plan({ tiltak: [tiltak(), tiltak({ beskrivelse: '' })] });
    assert.deepEqual(manglerIPlan(p, erAnsatt), [
      { felt: 'tiltak[1].beskrivelse', melding: 'Tiltak 2 mangler en beskrivelse av hva som skal gjøres.', krav: 'lov' },
    ]);
  });

  it('requires when each tiltak is carried out', () => {
    const p = plan({ tiltak: [tiltak({ tidsrom: '' })] });
    assert.deepEqual(manglerIPlan(p, erAnsatt), [{ felt: 'tiltak[0].tidsrom', melding: 'Tiltak 1 mangler når det skal gjennomføres.', krav: 'lov' }]);
  });

  it('requires someone responsible for each tiltak', () => {
    const p = plan({ tiltak: [tiltak(), tiltak(), tiltak({ ansvarlig: '' })] });
    assert.deepEqual(manglerIPlan(p, erAnsatt), [{ felt: 'tiltak[2].ansvarlig', melding: 'Tiltak 3 mangler en ansvarlig.', krav: 'lov' }]);
  });

  it('refuses the pupil or a parent as responsible for a tiltak', () => {
    for (const ansvarlig of [ELEV, FORELDER]) {
      const mangler = manglerIPlan(plan({ tiltak: [tiltak({ ansvarlig })] }), erAnsatt);
      assert.deepEqual(mangler, [
        { felt: 'tiltak[0].ansvarlig', melding: 'Ansvarlig for tiltak 1 må være en ansatt ved skolen, aldri eleven eller en forelder.', krav: 'lov' },
      ]);
    }
  });

  it('requires an evaluation date', () => {
    assert.deepEqual(manglerIPlan(plan({ evalueringsdato: '' }), erAnsatt), [
      { felt: 'evalueringsdato', melding: 'Planen mangler dato for når tiltakene skal evalueres.', krav: 'lov' },
    ]);
  });

  it('refuses an evaluation date that is not a real date', () => {
    for (const evalueringsdato of ['2026-02-30', '14.04.2026', 'snart']) {
      assert.deepEqual(manglerIPlan(plan({ evalueringsdato }), erAnsatt), [
        { felt: 'evalueringsdato', melding: 'Evalueringsdatoen er ikke en gyldig dato.', krav: 'lov' },
      ]);
    }
  });

  it('asks for the pupil’s voice as good practice', () => {
    assert.deepEqual(manglerIPlan(plan({ elevensStemme: '' }), erAnsatt), [
      { felt: 'elevensStemme', melding: 'Planen mangler elevens stemme: hvordan eleven er hørt og hva eleven ønsker.', krav: 'god_praksis' },
    ]);
  });

  it('asks for the barnets beste-vurdering as good practice', () => {
    assert.deepEqual(manglerIPlan(plan({ barnetsBeste: ' ' }), erAnsatt), [
      { felt: 'barnetsBeste', melding: 'Planen mangler barnets beste-vurdering.', krav: 'god_praksis' },
    ]);
  });

  it('does not require background or the parents’ view', () => {
    assert.deepEqual(manglerIPlan(plan({ bakgrunn: '', foresattesSyn: '' }), erAnsatt), []);
  });

  it('lists every missing item at once, in form order', () => {
    const tom = plan({
      problem: '',
      tiltak: [tiltak({ beskrivelse: '', tidsrom: '', ansvarlig: '' }), tiltak({ ansvarlig: ELEV })],
      evalueringsdato: '',
      elevensStemme: '',
      barnetsBeste: '',
    });
    assert.deepEqual(felt(tom), [
      'problem',
      'tiltak[0].beskrivelse',
      'tiltak[0].tidsrom',
      'tiltak[0].ansvarlig',
      'tiltak[1].ansvarlig',
      'evalueringsdato',
      'elevensStemme',
      'barnetsBeste',
    ]);
  });

  it('checks each named responsible person against the staff list', () => {
    const spurt: Oid[] = [];
    manglerIPlan(plan(), (o) => (spurt.push(o), true));
    assert.deepEqual(spurt, [LAERER, INSPEKTOR]);
  });
});

describe('kanAktiveres', () => {
  it('activates a complete plan', () => {
    assert.equal(kanAktiveres(plan(), erAnsatt), true);
  });

  it('does not activate a plan missing a legal item', () => {
    assert.equal(kanAktiveres(plan({ tiltak: [tiltak({ ansvarlig: FORELDER })] }), erAnsatt), false);
  });

  it('does not activate a plan without barnets beste-vurdering either', () => {
    assert.equal(kanAktiveres(plan({ barnetsBeste: '' }), erAnsatt), false);
  });
});

describe('evalueringSluttforerPlan', () => {
  const evaluering = (utfall: Evaluering['utfall']): Evaluering => ({
    dato: '2026-04-14',
    utfall,
    elevensSyn: 'Eleven sier det er bedre nå.',
    vurdering: 'Tiltakene virker.',
    av: LAERER,
    tid: '2026-04-14T12:00:00.000Z',
  });

  it('closes the plan only when the safe environment is restored', () => {
    assert.deepEqual(
      EVALUERING_UTFALL.filter((u) => evalueringSluttforerPlan(evaluering(u))),
      ['gjenopprettet'],
    );
  });
});
