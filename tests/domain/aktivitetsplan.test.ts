import { strict as assert } from 'node:assert';
import {
  aktiver as aktiverKode,
  gjeldendeVersjon,
  manglerIPlan as manglerKode,
  nyPlan,
  sisteVersjon,
  standardEvalueringsdato,
  type Aktivitetsplan,
  type PlanInnhold,
  type Mangel,
  type Tiltak,
} from '../../src/domain/aktivitetsplan';
import type { Avslag } from '../../src/domain/avslag';
import { evaluer as evaluerKode, evaluertTrygg, type NyEvaluering } from '../../src/domain/evaluering';
import type { Oid } from '../../src/domain/organisasjon';
import { INSPEKTOR, LAERER, REKTOR, oid } from './fixtures';
import { avslagTekst } from '../../src/i18n/avslag';

/*
 * The domain refuses by code (src/domain/avslag.ts); these wrappers put the catalog's sentence for each
 * code where the test reads it, so the sentences people read are checked here too.
 */
const medOrd = (m: Mangel) => ({ felt: m.felt, melding: avslagTekst(m) });
const manglerIPlan = (...a: Parameters<typeof manglerKode>) => manglerKode(...a).map(medOrd);
type Ordlagt<T> = T extends { ok: true } ? T : { ok: false; mangler: { felt: string; melding: string }[]; grunn?: string };
function ordlagt<T extends { ok: true } | { ok: false; mangler: Mangel[]; avslag?: Avslag }>(r: T): Ordlagt<T> {
  return (r.ok ? r : { ok: false, mangler: r.mangler.map(medOrd), ...(r.avslag ? { grunn: avslagTekst(r.avslag) } : {}) }) as Ordlagt<T>;
}
const aktiver = (...a: Parameters<typeof aktiverKode>) => ordlagt(aktiverKode(...a));
const evaluer = (...a: Parameters<typeof evaluerKode>) => ordlagt(evaluerKode(...a));

const ELEV = oid(900);
const FORELDER = oid(901);
const ANSATTE = new Set<Oid>([REKTOR, INSPEKTOR, LAERER]);
const erAnsatt = (o: Oid) => ANSATTE.has(o);

function tiltak(endring: Partial<Tiltak> = {}): Tiltak {
  return { id: 't1', beskrivelse: 'Voksen ute i alle friminutt ved klatrestativet', niva: 'gruppe', ansvarlig: LAERER, tidsrom: 'Uke 12–15, hvert friminutt', evalueringsnotat: '', ...endring };
}

function plan(endring: Partial<PlanInnhold> = {}): PlanInnhold {
  return {
    bakgrunn: 'Samtale med eleven og foreldrene 10. mars; observasjon i tre friminutt.',
    loggIder: [],
    problem: 'Eleven blir holdt utenfor leken i friminuttene og kalt stygge ord.',
    mal: 'Eleven har noen å være med i friminuttene.',
    tiltak: [tiltak(), tiltak({ id: 't2', beskrivelse: 'Ukentlig samtale med kontaktlærer', niva: 'individ', ansvarlig: INSPEKTOR, tidsrom: 'Hver mandag' })],
    evalueringsdato: '2026-04-14',
    elevensStemme: 'Eleven sier at det er verst ved klatrestativet og ønsker en voksen der.',
    barnetsBeste: 'Elevens trygghet veier tyngst; tiltakene skjermer eleven uten å peke den ut.',
    foresattesSyn: 'Foreldrene støtter planen.',
    ...endring,
  };
}

const felt = (p: PlanInnhold) => manglerIPlan(p, erAnsatt).map((m) => m.felt);

describe('manglerIPlan', () => {
  it('finds nothing missing in a complete plan', () => {
    assert.deepEqual(manglerIPlan(plan(), erAnsatt), []);
  });

  it('requires the problem the tiltak shall solve', () => {
    assert.deepEqual(manglerIPlan(plan({ problem: '  ' }), erAnsatt), [
      { felt: 'problem', melding: 'Beskriv hvilket problem tiltakene skal løse.' },
    ]);
  });

  it('requires at least one tiltak', () => {
    assert.deepEqual(manglerIPlan(plan({ tiltak: [] }), erAnsatt), [{ felt: 'tiltak', melding: 'Planen må ha minst ett tiltak.' }]);
  });

  it('requires a description of each tiltak, naming which one', () => {
    const p = plan({ tiltak: [tiltak(), tiltak({ beskrivelse: '' })] });
    assert.deepEqual(manglerIPlan(p, erAnsatt), [
      { felt: 'tiltak[1].beskrivelse', melding: 'Tiltak 2 mangler en beskrivelse av hva som skal gjøres.' },
    ]);
  });

  it('requires when each tiltak is carried out', () => {
    const p = plan({ tiltak: [tiltak({ tidsrom: '' })] });
    assert.deepEqual(manglerIPlan(p, erAnsatt), [{ felt: 'tiltak[0].tidsrom', melding: 'Tiltak 1 mangler når det skal gjennomføres.' }]);
  });

  it('requires someone responsible for each tiltak', () => {
    const p = plan({ tiltak: [tiltak(), tiltak(), tiltak({ ansvarlig: '' })] });
    assert.deepEqual(manglerIPlan(p, erAnsatt), [{ felt: 'tiltak[2].ansvarlig', melding: 'Tiltak 3 mangler en ansvarlig.' }]);
  });

  it('refuses the pupil or a parent as responsible for a tiltak', () => {
    for (const ansvarlig of [ELEV, FORELDER]) {
      const mangler = manglerIPlan(plan({ tiltak: [tiltak({ ansvarlig })] }), erAnsatt);
      assert.deepEqual(mangler, [
        { felt: 'tiltak[0].ansvarlig', melding: 'Ansvarlig for tiltak 1 må være en ansatt ved skolen, aldri eleven eller en forelder.' },
      ]);
    }
  });

  it('requires an evaluation date', () => {
    assert.deepEqual(manglerIPlan(plan({ evalueringsdato: '' }), erAnsatt), [
      { felt: 'evalueringsdato', melding: 'Planen mangler dato for når tiltakene skal evalueres.' },
    ]);
  });

  it('refuses an evaluation date that is not a real date', () => {
    for (const evalueringsdato of ['2026-02-30', '14.04.2026', 'snart']) {
      assert.deepEqual(manglerIPlan(plan({ evalueringsdato }), erAnsatt), [
        { felt: 'evalueringsdato', melding: 'Evalueringsdatoen er ikke en gyldig dato.' },
      ]);
    }
  });

  it('requires the pupil’s voice (the child’s right to be heard), not as good practice only', () => {
    assert.deepEqual(manglerIPlan(plan({ elevensStemme: '' }), erAnsatt), [
      { felt: 'elevensStemme', melding: 'Planen mangler elevens stemme: hvordan eleven er hørt og hva eleven ønsker.' },
    ]);
  });

  it('requires the barnets beste-vurdering (the child’s best interest)', () => {
    assert.deepEqual(manglerIPlan(plan({ barnetsBeste: ' ' }), erAnsatt), [
      { felt: 'barnetsBeste', melding: 'Planen mangler barnets beste-vurdering.' },
    ]);
  });

  it('does not take a «.» or a single word as a barnets beste-vurdering or the pupil’s voice: words, with the reason at the field', () => {
    for (const tekst of ['.', '...', 'ok', '- - -', 'Ja.', 'a b c']) {
      assert.deepEqual(
        manglerIPlan(plan({ elevensStemme: tekst, barnetsBeste: tekst }), erAnsatt),
        [
          { felt: 'elevensStemme', melding: 'Elevens stemme må skrives med egne ord (minst 3 ord), ikke bare tegn eller ett ord.' },
          { felt: 'barnetsBeste', melding: 'Barnets beste-vurderingen må skrives med egne ord (minst 3 ord), ikke bare tegn eller ett ord.' },
        ],
        tekst,
      );
    }
    assert.deepEqual(manglerIPlan(plan({ elevensStemme: 'Vil ha voksen.', barnetsBeste: 'Trygghet veier tyngst.' }), erAnsatt), []);
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


/** A plan whose version 1 holds `innhold`, still a draft. */
function utkast(innhold: PlanInnhold = plan()): Aktivitetsplan {
  const p = nyPlan({ id: 'p1', sakId: 's1', skoleId: 'a', elevNavn: 'Elev Elevsen', av: REKTOR, tid: '2026-03-12T09:00:00.000Z' });
  p.versjoner[0] = { ...p.versjoner[0]!, ...innhold };
  return p;
}

const AKTIVERING = { av: REKTOR, tid: '2026-03-16T09:00:00.000Z', idag: '2026-03-16', ukerTilEvaluering: 3, erAnsatt };

function aktivert(innhold: PlanInnhold = plan()): Aktivitetsplan {
  const a = aktiver(utkast(innhold), AKTIVERING);
  assert.ok(a.ok, JSON.stringify(a));
  return a.plan;
}

describe('aktiver', () => {
  it('activates a complete plan: the version is stamped and the plan is due at its evaluation date', () => {
    const p = aktivert();
    assert.equal(p.status, 'aktiv');
    assert.deepEqual(p.versjoner[0]!.aktivert, { av: REKTOR, tid: AKTIVERING.tid });
    assert.equal(p.nesteEvaluering, '2026-04-14');
  });

  it('refuses with every missing item named at its field, and changes nothing', () => {
    const u = utkast(plan({ problem: '', elevensStemme: '', barnetsBeste: '', tiltak: [tiltak({ ansvarlig: FORELDER })] }));
    const a = aktiver(u, AKTIVERING);
    assert.equal(a.ok, false);
    assert.deepEqual(!a.ok && a.mangler.map((m) => m.felt), ['problem', 'tiltak[0].ansvarlig', 'elevensStemme', 'barnetsBeste']);
    assert.equal(u.status, 'utkast');
  });

  it('sets the municipality’s default evaluation date (weeks after activation) when none is written', () => {
    // Three weeks after 16 March 2026 is 2. påskedag, so the next working day.
    const p = aktivert(plan({ evalueringsdato: '' }));
    assert.equal(p.versjoner[0]!.evalueringsdato, '2026-04-07');
    assert.equal(p.nesteEvaluering, '2026-04-07');
    const fire = aktiver(utkast(plan({ evalueringsdato: '' })), { ...AKTIVERING, ukerTilEvaluering: 4 });
    assert.ok(fire.ok);
    assert.equal(fire.plan.nesteEvaluering, '2026-04-13');
  });

  it('moves a default date that falls on a holiday to the next working day', () => {
    // Three weeks after 26 April 2027 is 17. mai (a Monday); after 15 April 2026 an ordinary Wednesday.
    assert.equal(standardEvalueringsdato('2027-04-26', 3), '2027-05-18');
    assert.equal(standardEvalueringsdato('2026-04-15', 3), '2026-05-06');
  });

  it('refuses an evaluation date before today', () => {
    const a = aktiver(utkast(plan({ evalueringsdato: '2026-03-01' })), AKTIVERING);
    assert.deepEqual(!a.ok && a.mangler, [{ felt: 'evalueringsdato', melding: 'Evalueringsdatoen kan ikke ligge før i dag.' }]);
  });

  it('refuses to activate a version twice', () => {
    const a = aktiver(aktivert(), AKTIVERING);
    assert.deepEqual(a, { ok: false, mangler: [], grunn: 'Denne versjonen av planen er allerede aktivert.' });
  });
});

function evaluering(endring: Partial<NyEvaluering> = {}): NyEvaluering {
  return {
    dato: '2026-04-14',
    deltakere: 'Eleven, mor, kontaktlærer',
    vurderinger: [
      { tiltakId: 't1', vurdering: 'Voksen har vært der hver dag.' },
      { tiltakId: 't2', vurdering: 'Samtalene er gjennomført.' },
    ],
    elevensOpplevelse: 'Det er bra nå. Jeg har noen å være med i friminuttene.',
    elevensSvar: { svar: 'ja' },
    utfall: 'gjenopprettet',
    ...endring,
  };
}
const EVAL = { id: 'e1', av: LAERER, tid: '2026-04-14T12:00:00.000Z', idag: '2026-04-14' };

describe('evaluer', () => {
  it('outcome 1 closes the plan and leaves no next date; the case may then close', () => {
    const r = evaluer(aktivert(), evaluering(), EVAL);
    assert.ok(r.ok);
    assert.equal(r.plan.status, 'avsluttet');
    assert.equal(r.plan.nesteEvaluering, '');
    assert.equal(evaluertTrygg(r.plan), true);
    assert.equal(r.evaluering.versjon, 1);
  });

  it('outcome 2 requires a next date after the evaluation, and keeps the plan in force', () => {
    const uten = evaluer(aktivert(), evaluering({ utfall: 'gjenopprettet_tiltak_fortsetter' }), EVAL);
    assert.deepEqual(!uten.ok && uten.mangler.map((m) => m.felt), ['nesteEvalueringsdato']);
    const for_ = evaluer(aktivert(), evaluering({ utfall: 'gjenopprettet_tiltak_fortsetter', nesteEvalueringsdato: '2026-04-14' }), EVAL);
    assert.deepEqual(!for_.ok && for_.mangler, [{ felt: 'nesteEvalueringsdato', melding: 'Neste evaluering må ligge etter denne.' }]);
    const r = evaluer(aktivert(), evaluering({ utfall: 'gjenopprettet_tiltak_fortsetter', nesteEvalueringsdato: '2026-05-05' }), EVAL);
    assert.ok(r.ok);
    assert.equal(r.plan.status, 'evaluert');
    assert.equal(r.plan.nesteEvaluering, '2026-05-05');
    assert.equal(r.plan.versjoner.length, 1);
    assert.equal(evaluertTrygg(r.plan), false);
  });

  it('outcome 3 opens a new version (a copy to change) with the next date, while the version in force goes on', () => {
    const r = evaluer(aktivert(), evaluering({ utfall: 'ikke_gjenopprettet', nesteEvalueringsdato: '2026-05-05' }), EVAL);
    assert.ok(r.ok);
    assert.equal(r.plan.status, 'evaluert');
    assert.equal(r.plan.nesteEvaluering, '2026-05-05');
    assert.equal(r.plan.versjoner.length, 2);
    const ny = sisteVersjon(r.plan);
    assert.equal(ny.nr, 2);
    assert.equal(ny.aktivert, undefined);
    assert.equal(ny.fraEvaluering, 'e1');
    assert.deepEqual(ny.tiltak, r.plan.versjoner[0]!.tiltak);
    assert.equal(gjeldendeVersjon(r.plan)!.nr, 1);
    // Version 1 is kept as it was.
    assert.deepEqual(r.plan.versjoner[0], aktivert().versjoner[0]);
  });

  it('refuses outcome 1 while the pupil answers «nei» or «delvis», at the outcome, unless a written reason against it is given', () => {
    for (const svar of ['nei', 'delvis'] as const) {
      const r = evaluer(aktivert(), evaluering({ elevensOpplevelse: 'Bedre, men jeg er fortsatt alene noen ganger.', elevensSvar: { svar } }), EVAL);
      assert.ok(!r.ok);
      assert.deepEqual(r.mangler.map((m) => m.felt), ['utfall']);
      assert.match(r.mangler[0]!.melding, new RegExp(`svart «${svar}».*velg utfall 2 eller 3`));
    }
    const punktum = evaluer(aktivert(), evaluering({ elevensSvar: { svar: 'delvis' }, motEleven: { begrunnelse: '.', av: LAERER } }), EVAL);
    assert.deepEqual(!punktum.ok && punktum.mangler.map((m) => m.felt), ['begrunnelseMotEleven']);
    const begrunnet = evaluer(aktivert(), evaluering({ elevensSvar: { svar: 'delvis' }, motEleven: { begrunnelse: 'Mobbingen har stoppet; eleven savner en venn som flyttet.', av: LAERER } }), EVAL);
    assert.ok(begrunnet.ok);
    assert.deepEqual(begrunnet.evaluering.motEleven, { begrunnelse: 'Mobbingen har stoppet; eleven savner en venn som flyttet.', av: LAERER });
    assert.deepEqual(begrunnet.evaluering.elevensSvar, { svar: 'delvis' });
    // Outcomes 2 and 3 are what the duty asks for: no reason needed, none stored.
    const tre = evaluer(aktivert(), evaluering({ elevensSvar: { svar: 'nei' }, utfall: 'ikke_gjenopprettet', nesteEvalueringsdato: '2026-05-05', motEleven: { begrunnelse: 'ikke brukt her i det hele tatt', av: LAERER } }), EVAL);
    assert.ok(tre.ok && tre.evaluering.motEleven === undefined);
  });

  it('requires the pupil’s answer to «trygt og godt?» in every evaluation', () => {
    const r = evaluer(aktivert(), evaluering({ elevensSvar: undefined }), EVAL);
    assert.deepEqual(!r.ok && r.mangler.map((m) => m.felt), ['elevensSvar']);
  });

  it('names every missing part of an evaluation at once', () => {
    const r = evaluer(aktivert(), evaluering({ deltakere: ' ', elevensOpplevelse: '', vurderinger: [{ tiltakId: 't1', vurdering: 'ok' }], utfall: 'ikke_gjenopprettet' }), EVAL);
    assert.deepEqual(!r.ok && r.mangler.map((m) => m.felt), ['deltakere', 'elevensOpplevelse', 'vurderinger[1]', 'nesteEvalueringsdato']);
  });

  it('refuses an evaluation of a draft, a closed plan, or one not yet held', () => {
    assert.deepEqual(evaluer(utkast(), evaluering(), EVAL), { ok: false, mangler: [], grunn: 'Planen må aktiveres før den kan evalueres.' });
    const lukket = evaluer(aktivert(), evaluering(), EVAL);
    assert.ok(lukket.ok);
    assert.equal(evaluer(lukket.plan, evaluering(), EVAL).ok, false);
    const fremtid = evaluer(aktivert(), evaluering({ dato: '2026-04-15' }), EVAL);
    assert.deepEqual(!fremtid.ok && fremtid.mangler.map((m) => m.felt), ['dato']);
  });

  it('the revision opened by outcome 3 is activated like the first, and the plan then follows it', () => {
    const e3 = evaluer(aktivert(), evaluering({ utfall: 'ikke_gjenopprettet', nesteEvalueringsdato: '2026-05-05' }), EVAL);
    assert.ok(e3.ok);
    const a = aktiver(e3.plan, { ...AKTIVERING, idag: '2026-04-15' });
    assert.ok(a.ok);
    assert.equal(gjeldendeVersjon(a.plan)!.nr, 2);
    // Version 2 is in force and not yet evaluated: the plan says «aktiv» again (issue 20), not «evaluert».
    assert.equal(a.plan.status, 'aktiv');
    assert.equal(a.plan.nesteEvaluering, '2026-05-05');
  });

  it('outcome 2 names the tiltak that continue, from the version evaluated; none or an unknown one is refused at its field', () => {
    const plan = aktivert();
    const id = gjeldendeVersjon(plan)!.tiltak[0]!.id;
    const e2 = { utfall: 'gjenopprettet_tiltak_fortsetter' as const, nesteEvalueringsdato: '2026-05-05' };
    const ingen = evaluer(plan, evaluering({ ...e2, fortsetter: [] }), EVAL);
    assert.ok(!ingen.ok && ingen.mangler.some((m) => m.felt === 'fortsetter'));
    const ukjent = evaluer(plan, evaluering({ ...e2, fortsetter: ['finnes-ikke'] }), EVAL);
    assert.ok(!ukjent.ok && ukjent.mangler.some((m) => m.felt === 'fortsetter'));
    const r = evaluer(plan, evaluering({ ...e2, fortsetter: [id] }), EVAL);
    assert.ok(r.ok);
    assert.deepEqual(r.evaluering.fortsetter, [id]);
  });
});
