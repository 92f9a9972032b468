import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Organisasjon } from '../../src/domain/organisasjon';
import { organisasjonsAdvarsler, parseOrganisasjon } from '../../src/domain/organisasjonSkjema';
import { rollerFor } from '../../src/domain/roller';
import { routeVarsel } from '../../src/domain/routing';
import { INSPEKTOR, KOMMUNALSJEF, REKTOR, REKTOR_B, oid, organisasjon, person, skoleA, skoleB } from './fixtures';

const GUID_FEIL = 'må være en GUID (8-4-4-4-12 heksadesimale tegn)';

/** A plain JSON copy, the way the file arrives. */
const json = (org: Organisasjon): unknown => JSON.parse(JSON.stringify(org));

function feilFor(input: unknown): string[] {
  const r = parseOrganisasjon(input);
  assert.equal(r.ok, false, 'expected the file to be refused');
  return r.ok ? [] : r.feil;
}

describe('parseOrganisasjon', () => {
  it('accepts a valid organisation unchanged', () => {
    assert.deepEqual(parseOrganisasjon(json(organisasjon())), { ok: true, org: organisasjon() });
  });

  it('accepts a municipality without kommunalsjef, and warns the administrator that skoleeier cannot be told', () => {
    const org = organisasjon();
    org.kommune.kommunalsjefer = [];
    const r = parseOrganisasjon(json(org));
    assert.ok(r.ok);
    assert.deepEqual(organisasjonsAdvarsler(r.org), [
      'kommune.kommunalsjefer: ingen kommunalsjef er registrert. Varsler om skolens ledelse kan ikke sendes, og skoleeier kan ikke varsles om varsler om ansatte.',
    ]);
    assert.deepEqual(organisasjonsAdvarsler(organisasjon()), []);
  });

  it('reads the municipality’s own case workers, and an old file without them as none', () => {
    const org = organisasjon();
    org.kommune.saksbehandlere = [{ oid: '00000000-0000-4000-8000-000000000003', navn: 'Randi Aas', stilling: 'innsatsteam' }];
    const r = parseOrganisasjon(json(org));
    assert.ok(r.ok);
    assert.deepEqual(r.org.kommune.saksbehandlere.map((p) => p.navn), ['Randi Aas']);
    const gammel = structuredClone(json(organisasjon())) as { kommune: Record<string, unknown> };
    delete gammel.kommune.saksbehandlere;
    const lest = parseOrganisasjon(gammel);
    assert.ok(lest.ok);
    assert.deepEqual(lest.org.kommune.saksbehandlere, []);
  });

  it('writes oids in lower case, as Entra sends them', () => {
    const org = organisasjon({ skoler: [skoleA({ rektor: REKTOR.toUpperCase() })] });
    org.tenantId = org.tenantId.toUpperCase();
    const r = parseOrganisasjon(json(org));
    assert.ok(r.ok);
    assert.equal(r.org.skoler[0]?.rektor, REKTOR);
  });

  describe('refuses, naming the path', () => {
    it('a file that is not an object', () => {
      assert.deepEqual(feilFor(null), ['organisasjon: må være et objekt']);
      assert.deepEqual(feilFor([]), ['organisasjon: må være et objekt']);
    });

    it('a missing field', () => {
      const org = json(organisasjon()) as { skoler: Record<string, unknown>[] };
      delete org.skoler[0]?.navn;
      assert.deepEqual(feilFor(org), ['skoler[0].navn: mangler']);
    });

    it('a field of the wrong type', () => {
      assert.deepEqual(feilFor({ ...(json(organisasjon()) as object), skoler: {} }), ['skoler: må være en liste']);
    });

    it('an empty name', () => {
      const org = organisasjon();
      org.kommune.navn = '  ';
      assert.deepEqual(feilFor(json(org)), ['kommune.navn: kan ikke være tom']);
    });

    it('a school without staff', () => {
      assert.ok(feilFor(json(organisasjon({ skoler: [skoleA({ ansatte: [] })] }))).includes('skoler[0].ansatte: skolen må ha minst én ansatt'));
    });

    it('a tenantId that is not a GUID', () => {
      assert.deepEqual(feilFor(json(organisasjon({ tenantId: 'contoso.onmicrosoft.com' }))), [`tenantId: ${GUID_FEIL}`]);
    });

    it('an employee oid that is not a GUID', () => {
      const skole = skoleB();
      skole.ansatte[1] = person('bjorn@skole.no', 'Bjørn', 'inspektør');
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skoleA(), skole] }))), [`skoler[1].ansatte[1].oid: ${GUID_FEIL}`]);
    });

    it('a role oid that is not a GUID', () => {
      const skole = skoleA({ ledelse: [REKTOR, '1234'], varselmottakere: [REKTOR, 'rektor'] });
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skole] }))), [`skoler[0].ledelse[1]: ${GUID_FEIL}`, `skoler[0].varselmottakere[1]: ${GUID_FEIL}`]);
    });

    it('a kommunalsjef oid that is not a GUID', () => {
      const org = organisasjon();
      org.kommune.kommunalsjefer = [person('kari', 'Kari', 'kommunalsjef')];
      assert.deepEqual(feilFor(json(org)), [`kommune.kommunalsjefer[0].oid: ${GUID_FEIL}`]);
    });

    it('two schools with the same id', () => {
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skoleA(), skoleB({ id: 'a' })] }))), ['skoler[1].id: skole-id «a» er allerede brukt av skoler[0]']);
    });

    it('the same person twice in a school', () => {
      const skole = skoleA();
      skole.ansatte.push(person(INSPEKTOR, 'Ivar igjen', 'lærer'));
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skole] }))), ['skoler[0].ansatte[6].oid: personen står allerede blant skolens ansatte']);
    });

    it('a rektor who does not work at the school', () => {
      const skole = skoleB({ rektor: REKTOR, ledelse: [REKTOR_B, REKTOR], varselmottakere: [REKTOR] });
      assert.ok(feilFor(json(organisasjon({ skoler: [skoleA(), skole] }))).includes('skoler[1].rektor: rektor må være en av skolens ansatte'));
    });

    it('a leader who does not work at the school', () => {
      const skole = skoleA({ ledelse: [REKTOR, REKTOR_B] });
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skole, skoleB()] }))), ['skoler[0].ledelse[1]: et medlem av ledelsen må være en av skolens ansatte']);
    });

    it('a leadership without rektor', () => {
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skoleA({ ledelse: [INSPEKTOR] })] }))), ['skoler[0].ledelse: ledelsen må inneholde rektor']);
    });

    it('a varselmottaker who does not work at the school', () => {
      const skole = skoleA({ varselmottakere: [REKTOR, oid(777)] });
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skole] }))), ['skoler[0].varselmottakere[1]: en varselmottaker må være en av skolens ansatte']);
    });

    it('varselmottakere without rektor', () => {
      const skole = skoleA({ varselmottakere: [INSPEKTOR] });
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skole] }))), ['skoler[0].varselmottakere: varselmottakerne må inneholde rektor']);
    });

    it('a kommunalsjef as a school’s varselmottaker', () => {
      const skole = skoleA();
      skole.ansatte.push(person(KOMMUNALSJEF, 'Kari Kommunalsjef', 'kommunalsjef'));
      skole.varselmottakere.push(KOMMUNALSJEF);
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skole] }))), [`skoler[0].varselmottakere[${skole.varselmottakere.length - 1}]: en kommunalsjef kan ikke være skolens varselmottaker`]);
    });

    it('a kommunalsjef in a school’s leadership', () => {
      const skole = skoleA({ ledelse: [REKTOR, KOMMUNALSJEF] });
      skole.ansatte.push(person(KOMMUNALSJEF, 'Kari Kommunalsjef', 'kommunalsjef'));
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skole] }))), ['skoler[0].ledelse[1]: en kommunalsjef kan ikke være i skolens ledelse']);
    });

    it('with every problem listed at once, not just the first', () => {
      const skole = skoleA({ ledelse: [INSPEKTOR], varselmottakere: [INSPEKTOR] });
      assert.deepEqual(feilFor(json(organisasjon({ skoler: [skole, skoleB({ id: 'a' })] }))), [
        'skoler[0].ledelse: ledelsen må inneholde rektor',
        'skoler[0].varselmottakere: varselmottakerne må inneholde rektor',
        'skoler[1].id: skole-id «a» er allerede brukt av skoler[0]',
      ]);
    });
  });
});

describe('config/demo-organisasjon.json', () => {
  const fil = JSON.parse(readFileSync(join(__dirname, '../../config/demo-organisasjon.json'), 'utf8')) as unknown;
  const r = parseOrganisasjon(fil);
  const org = (): Organisasjon => {
    assert.ok(r.ok, r.ok ? '' : r.feil.join('\n'));
    return r.org;
  };

  it('parses', () => {
    assert.deepEqual(r.ok ? [] : r.feil, []);
  });

  it('is Demo kommune with one kommunalsjef, one administrator and two schools', () => {
    const o = org();
    assert.equal(o.tenantId, '00000000-0000-4000-8000-000000000000');
    assert.equal(o.kommune.navn, 'Demo kommune');
    assert.equal(o.kommune.kommunalsjefer.length, 1);
    assert.equal(o.kommune.administratorer.length, 1);
    assert.deepEqual(o.skoler.map((s) => s.navn), ['Bakkeløkka skole', 'Fjordsiden ungdomsskole']);
  });

  it('has someone who works at both schools', () => {
    const o = org();
    const delte = o.skoler[0]?.ansatte.filter((a) => o.skoler[1]?.ansatte.some((b) => b.oid === a.oid)) ?? [];
    assert.equal(delte.length, 1);
    assert.equal(rollerFor(o, delte[0]?.oid ?? '').skoler.length, 2);
  });

  it('has a sosiallærer who receives varsler but is not in the leadership', () => {
    const bakkelokka = org().skoler[0];
    assert.ok(bakkelokka);
    const sosiallaerer = bakkelokka.ansatte.find((a) => a.stilling === 'sosiallærer');
    assert.ok(sosiallaerer);
    assert.ok(bakkelokka.varselmottakere.includes(sosiallaerer.oid));
    assert.ok(!bakkelokka.ledelse.includes(sosiallaerer.oid));
  });

  it('has the staff a school really has, not only teachers', () => {
    const stillinger = org().skoler.flatMap((s) => s.ansatte.map((a) => a.stilling));
    for (const s of ['rektor', 'inspektør', 'assistent', 'SFO-medarbeider', 'vaktmester']) assert.ok(stillinger.includes(s), s);
  });

  it('routes a varsel about the leadership at each school to the kommunalsjef alone', () => {
    const o = org();
    for (const skole of o.skoler) {
      const ruting = routeVarsel(o, skole, 'ledelse');
      assert.deepEqual(ruting.mottakere, o.kommune.kommunalsjefer.map((k) => k.oid));
      for (const leder of skole.ledelse) assert.ok(ruting.skjermetFor.includes(leder));
    }
  });
});
