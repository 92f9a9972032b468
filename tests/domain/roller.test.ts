import { strict as assert } from 'node:assert';
import { erAnsattVed, finnSkole, rollerFor } from '../../src/domain/roller';
import {
  ADMIN,
  DELT_ASSISTENT,
  INSPEKTOR,
  KOMMUNALSJEF,
  LAERER,
  REKTOR,
  SOSIALLAERER,
  oid,
  organisasjon,
  skoleA,
} from './fixtures';

describe('rollerFor', () => {
  it('knows rektor as rektor, leader and varselmottaker of one school', () => {
    const r = rollerFor(organisasjon(), REKTOR);
    assert.deepEqual(r, {
      oid: REKTOR,
      person: { oid: REKTOR, navn: 'Rita Rektor', stilling: 'rektor' },
      skoler: [{ skoleId: 'a', rektor: true, ledelse: true, varselmottaker: true }],
      kommunalsjef: false,
      saksbehandler: false,
      administrator: false,
    });
  });

  it('knows an inspektør as leader and varselmottaker, not rektor', () => {
    assert.deepEqual(rollerFor(organisasjon(), INSPEKTOR).skoler, [{ skoleId: 'a', rektor: false, ledelse: true, varselmottaker: true }]);
  });

  it('knows a sosiallærer as varselmottaker outside the leadership', () => {
    assert.deepEqual(rollerFor(organisasjon(), SOSIALLAERER).skoler, [{ skoleId: 'a', rektor: false, ledelse: false, varselmottaker: true }]);
  });

  it('lists a teacher at the school without any role', () => {
    assert.deepEqual(rollerFor(organisasjon(), LAERER).skoler, [{ skoleId: 'a', rektor: false, ledelse: false, varselmottaker: false }]);
  });

  it('lists every school a shared employee works at', () => {
    const r = rollerFor(organisasjon(), DELT_ASSISTENT);
    assert.deepEqual(r.skoler.map((s) => s.skoleId), ['a', 'b']);
    assert.equal(r.person?.navn, 'Dag Assistent');
  });

  it('knows the kommunalsjef, with the record from the municipality list', () => {
    const r = rollerFor(organisasjon(), KOMMUNALSJEF);
    assert.equal(r.kommunalsjef, true);
    assert.equal(r.administrator, false);
    assert.deepEqual(r.skoler, []);
    assert.equal(r.person?.navn, 'Kari Kommunalsjef');
  });

  it('knows the administrator', () => {
    const r = rollerFor(organisasjon(), ADMIN);
    assert.equal(r.administrator, true);
    assert.equal(r.kommunalsjef, false);
    assert.equal(r.person?.stilling, 'IT-rådgiver');
  });

  it('gives a stranger no roles and no person', () => {
    const fremmed = oid(999);
    assert.deepEqual(rollerFor(organisasjon(), fremmed), { oid: fremmed, skoler: [], kommunalsjef: false, administrator: false, saksbehandler: false });
  });

  it('still gives a role listed for someone missing from ansatte, so a routed case is not hidden', () => {
    const org = organisasjon({ skoler: [skoleA({ varselmottakere: [REKTOR, oid(555)] })] });
    assert.deepEqual(rollerFor(org, oid(555)).skoler, [{ skoleId: 'a', rektor: false, ledelse: false, varselmottaker: true }]);
  });
});

describe('finnSkole', () => {
  it('finds a school by id', () => {
    assert.equal(finnSkole(organisasjon(), 'b')?.navn, 'Skole B');
  });

  it('finds nothing for an unknown id', () => {
    assert.equal(finnSkole(organisasjon(), 'finnes-ikke'), undefined);
  });
});

describe('erAnsattVed', () => {
  it('is true for someone in the school staff list', () => {
    assert.equal(erAnsattVed(skoleA(), LAERER), true);
  });

  it('is false for the kommunalsjef and for strangers', () => {
    assert.equal(erAnsattVed(skoleA(), KOMMUNALSJEF), false);
    assert.equal(erAnsattVed(skoleA(), oid(999)), false);
  });
});
