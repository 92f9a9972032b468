import { strict as assert } from 'node:assert';
import { OMKLASSIFISERING, gjeldendeKlassifisering, omklassifiser, routeVarsel, rutingFeil } from '../../src/domain/routing';
import { KOMMER_FRA } from '../../src/domain/varsel';
import {
  AVDELINGSLEDER,
  DELT_ASSISTENT,
  INSPEKTOR,
  KOMMUNALSJEF,
  LAERER,
  REKTOR,
  SOSIALLAERER,
  oid,
  organisasjon,
  person,
  skoleA,
} from './fixtures';
import { ord } from '../../src/i18n/avslag';

const KOMMUNALSJEF_2 = oid(2);

function medToKommunalsjefer() {
  const org = organisasjon();
  org.kommune.kommunalsjefer.push(person(KOMMUNALSJEF_2, 'Kjell Kommunalsjef', 'kommunalsjef'));
  return org;
}

function utenKommunalsjef() {
  const org = organisasjon();
  org.kommune.kommunalsjefer = [];
  return org;
}

describe('routeVarsel', () => {
  describe('when the reporter does not know whether someone who works at the school is behind it', () => {
    it('routes to rektor, with only leaders among the receivers as reserve, straks until classified, skoleeier not told', () => {
      assert.deepEqual(routeVarsel(organisasjon(), skoleA(), 'vet_ikke'), {
        kanal: 'rektor',
        mottakere: [REKTOR],
        reserve: [INSPEKTOR],
        straks: true,
        skoleeierInformeres: false,
        skjermetFor: [],
      });
    });

    it('never gives it to a delegate outside the leadership, nor to kommunalsjef as routed reserve', () => {
      const r = routeVarsel(organisasjon(), skoleA(), 'vet_ikke');
      assert.ok(![...r.mottakere, ...r.reserve].includes(SOSIALLAERER));
      assert.ok(!r.reserve.includes(KOMMUNALSJEF));
    });
  });

  describe('reclassification after receipt', () => {
    it('applies the §12-5 rule from then on when reclassified to «ansatt»', () => {
      assert.deepEqual(omklassifiser(organisasjon(), skoleA(), 'ansatt'), { ...routeVarsel(organisasjon(), skoleA(), 'ansatt'), klassifisering: 'ansatt' });
      assert.equal(omklassifiser(organisasjon(), skoleA(), 'ansatt').skoleeierInformeres, true);
    });

    it('moves the case to kommunalsjef and screens the whole leadership when reclassified to «ledelse»', () => {
      const r = omklassifiser(organisasjon(), skoleA(), 'ledelse');
      assert.equal(r.kanal, 'skoleeier');
      assert.deepEqual(r.mottakere, [KOMMUNALSJEF]);
      for (const oid of [REKTOR, INSPEKTOR, AVDELINGSLEDER, SOSIALLAERER]) assert.ok(r.skjermetFor.includes(oid), oid);
    });

    it('only ever tightens: «vet ikke» to anything, «nei» up, «ansatt» to «ledelse», a leadership case not back', () => {
      assert.deepEqual(OMKLASSIFISERING, { vet_ikke: ['nei', 'ansatt', 'ledelse'], nei: ['ansatt', 'ledelse'], ansatt: ['ledelse'], ledelse: [] });
    });

    it('takes the receiver’s classification over the reporter’s answer', () => {
      const varsel = { kommerFra: 'vet_ikke' as const };
      assert.equal(gjeldendeKlassifisering({ ruting: routeVarsel(organisasjon(), skoleA(), 'vet_ikke'), varsel }), 'vet_ikke');
      assert.equal(gjeldendeKlassifisering({ ruting: omklassifiser(organisasjon(), skoleA(), 'nei'), varsel }), 'nei');
    });
  });

  describe('when the krenking comes from pupils, unknown or others', () => {
    it('routes to the school varselmottakere, rektor first, with kommunalsjef as reserve', () => {
      assert.deepEqual(routeVarsel(organisasjon(), skoleA(), 'nei'), {
        kanal: 'skole',
        mottakere: [REKTOR, INSPEKTOR, SOSIALLAERER],
        reserve: [KOMMUNALSJEF],
        straks: false,
        skoleeierInformeres: false,
        skjermetFor: [],
      });
    });

    it('puts rektor first even when the file lists a delegate before rektor', () => {
      const skole = skoleA({ varselmottakere: [SOSIALLAERER, INSPEKTOR, REKTOR] });
      assert.deepEqual(routeVarsel(organisasjon(), skole, 'nei').mottakere, [REKTOR, SOSIALLAERER, INSPEKTOR]);
    });

    it('delivers once to a receiver listed twice', () => {
      const skole = skoleA({ varselmottakere: [REKTOR, INSPEKTOR, REKTOR, INSPEKTOR, SOSIALLAERER] });
      assert.deepEqual(routeVarsel(organisasjon(), skole, 'nei').mottakere, [REKTOR, INSPEKTOR, SOSIALLAERER]);
    });

    it('reaches rektor even when rektor is missing from varselmottakere', () => {
      const skole = skoleA({ varselmottakere: [INSPEKTOR] });
      assert.deepEqual(routeVarsel(organisasjon(), skole, 'nei').mottakere, [REKTOR, INSPEKTOR]);
    });

    it('keeps every kommunalsjef as reserve, in order', () => {
      assert.deepEqual(routeVarsel(medToKommunalsjefer(), skoleA(), 'nei').reserve, [KOMMUNALSJEF, KOMMUNALSJEF_2]);
    });

    it('has an empty reserve when the municipality has no kommunalsjef', () => {
      const r = routeVarsel(utenKommunalsjef(), skoleA(), 'nei');
      assert.deepEqual(r.reserve, []);
      assert.equal(rutingFeil(r), undefined);
    });
  });

  describe('when the krenking comes from someone who works at the school (§12-5)', () => {
    it('routes to rektor only, marked straks, and tells skoleeier', () => {
      assert.deepEqual(routeVarsel(organisasjon(), skoleA(), 'ansatt'), {
        kanal: 'rektor',
        mottakere: [REKTOR],
        reserve: [INSPEKTOR, KOMMUNALSJEF],
        straks: true,
        skoleeierInformeres: true,
        skjermetFor: [],
      });
    });

    it('never gives the case to a sosiallærer varselmottaker outside the leadership', () => {
      const r = routeVarsel(organisasjon(), skoleA(), 'ansatt');
      assert.ok(!r.mottakere.includes(SOSIALLAERER));
      assert.ok(!r.reserve.includes(SOSIALLAERER));
    });

    it('does not add a leader who is not a varselmottaker to the reserve', () => {
      assert.ok(!routeVarsel(organisasjon(), skoleA(), 'ansatt').reserve.includes(AVDELINGSLEDER));
    });

    it('keeps the delegates in the order rektor set, before the kommunalsjefer', () => {
      const skole = skoleA({ varselmottakere: [AVDELINGSLEDER, SOSIALLAERER, REKTOR, INSPEKTOR] });
      const r = routeVarsel(medToKommunalsjefer(), skole, 'ansatt');
      assert.deepEqual(r.reserve, [AVDELINGSLEDER, INSPEKTOR, KOMMUNALSJEF, KOMMUNALSJEF_2]);
    });

    it('lists a delegate once even when the file repeats it', () => {
      const skole = skoleA({ varselmottakere: [REKTOR, INSPEKTOR, INSPEKTOR] });
      assert.deepEqual(routeVarsel(organisasjon(), skole, 'ansatt').reserve, [INSPEKTOR, KOMMUNALSJEF]);
    });

    it('still reaches rektor when the municipality has no kommunalsjef', () => {
      const r = routeVarsel(utenKommunalsjef(), skoleA(), 'ansatt');
      assert.deepEqual(r.mottakere, [REKTOR]);
      assert.deepEqual(r.reserve, [INSPEKTOR]);
      assert.equal(rutingFeil(r), undefined);
    });
  });

  describe('when the krenking comes from someone in the school leadership', () => {
    it('routes a varsel about rektor to kommunalsjef only', () => {
      const r = routeVarsel(organisasjon(), skoleA(), 'ledelse');
      assert.equal(r.kanal, 'skoleeier');
      assert.deepEqual(r.mottakere, [KOMMUNALSJEF]);
      assert.deepEqual(r.reserve, []);
      assert.equal(r.straks, true);
      assert.equal(r.skoleeierInformeres, false);
    });

    it('screens the whole leadership, rektor and every delegate from the case', () => {
      const r = routeVarsel(organisasjon(), skoleA(), 'ledelse');
      assert.deepEqual(r.skjermetFor, [REKTOR, INSPEKTOR, AVDELINGSLEDER, SOSIALLAERER]);
    });

    it('screens a sosiallærer varselmottaker who is not in the leadership', () => {
      assert.ok(routeVarsel(organisasjon(), skoleA(), 'ledelse').skjermetFor.includes(SOSIALLAERER));
    });

    it('screens rektor even when rektor is missing from ledelse and varselmottakere', () => {
      const skole = skoleA({ ledelse: [INSPEKTOR], varselmottakere: [INSPEKTOR] });
      assert.deepEqual(routeVarsel(organisasjon(), skole, 'ledelse').skjermetFor, [INSPEKTOR, REKTOR]);
    });

    it('lists each screened person once', () => {
      const skole = skoleA({ ledelse: [REKTOR, INSPEKTOR, REKTOR], varselmottakere: [INSPEKTOR, REKTOR, INSPEKTOR] });
      assert.deepEqual(routeVarsel(organisasjon(), skole, 'ledelse').skjermetFor, [REKTOR, INSPEKTOR]);
    });

    it('does not screen ordinary staff', () => {
      const r = routeVarsel(organisasjon(), skoleA(), 'ledelse');
      assert.ok(!r.skjermetFor.includes(LAERER));
      assert.ok(!r.skjermetFor.includes(DELT_ASSISTENT));
    });

    it('never screens a kommunalsjef, even one wrongly listed at the school', () => {
      const skole = skoleA({ varselmottakere: [REKTOR, KOMMUNALSJEF], ledelse: [REKTOR, KOMMUNALSJEF] });
      const r = routeVarsel(organisasjon(), skole, 'ledelse');
      assert.ok(!r.skjermetFor.includes(KOMMUNALSJEF));
      assert.deepEqual(r.mottakere, [KOMMUNALSJEF]);
    });

    it('delivers to every kommunalsjef', () => {
      assert.deepEqual(routeVarsel(medToKommunalsjefer(), skoleA(), 'ledelse').mottakere, [KOMMUNALSJEF, KOMMUNALSJEF_2]);
    });

    it('has nobody to deliver to, and says so, when the municipality has no kommunalsjef', () => {
      const r = routeVarsel(utenKommunalsjef(), skoleA(), 'ledelse');
      assert.deepEqual(r.mottakere, []);
      assert.deepEqual(r.reserve, []);
      assert.match(ord(rutingFeil(r) ?? ''), /^Kommunen har ingen kommunalsjef registrert/);
    });
  });

  it('never delivers a case to someone it screens', () => {
    for (const kommerFra of KOMMER_FRA) {
      const r = routeVarsel(organisasjon(), skoleA(), kommerFra);
      for (const o of [...r.mottakere, ...r.reserve]) assert.ok(!r.skjermetFor.includes(o), `${kommerFra}: ${o}`);
    }
  });
});

describe('rutingFeil', () => {
  it('has nothing to say when there is someone to deliver to', () => {
    for (const kommerFra of KOMMER_FRA) assert.equal(rutingFeil(routeVarsel(organisasjon(), skoleA(), kommerFra)), undefined);
  });

  it('explains an empty receiver list on a school channel too', () => {
    const r = { kanal: 'skole' as const, mottakere: [], reserve: [], straks: false, skoleeierInformeres: false, skjermetFor: [] };
    assert.match(ord(rutingFeil(r) ?? ''), /varselmottaker/);
  });
});
