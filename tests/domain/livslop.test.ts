import { strict as assert } from 'node:assert';
import { OVERGANGER, erAvsluttet, muligeHandlinger, overgang as overgangKode } from '../../src/domain/livslop';
import { avslagTekst } from '../../src/i18n/avslag';
import { HANDLINGER, STATUSER, type Handling, type Status } from '../../src/domain/sak';
import { HANDLING_TEKST, STATUS_TEKST } from '../../src/i18n/betegnelser';

/** The domain refuses by code; the sentences people read are the catalog's for that code (src/i18n/avslag.ts). */
function overgang(...a: Parameters<typeof overgangKode>) {
  const o = overgangKode(...a);
  return o.ok ? o : { ok: false as const, grunn: avslagTekst(o.avslag) };
}

/** Every legal move with all guards satisfied; any pair not listed must be refused. */
const LOVLIG: Record<Status, Partial<Record<Handling, Status>>> = {
  ny: { ta_imot: 'mottatt', tildel: 'mottatt', meld_skoleeier: 'ny' },
  mottatt: { tildel: 'mottatt', start_undersokelse: 'undersokes', meld_skoleeier: 'mottatt', omklassifiser: 'mottatt' },
  undersokes: { tildel: 'undersokes', opprett_plan: 'tiltak', avslutt_uten_tiltak: 'avsluttet_uten_tiltak', meld_skoleeier: 'undersokes', omklassifiser: 'undersokes' },
  tiltak: { tildel: 'tiltak', avslutt: 'avsluttet', meld_skoleeier: 'tiltak', omklassifiser: 'tiltak' },
  avsluttet: {},
  avsluttet_uten_tiltak: {},
};

const ALT_I_ORDEN = {
  begrunnelse: 'Undersøkelsen viste at eleven har det trygt og godt.',
  planEvaluertTrygg: true,
  alleredeMeldt: false,
  elevensOpplevelseLogget: true,
  informert: true,
  klassifisering: 'ansatt',
};
const UTEN_TILTAK_KLAR = { elevensOpplevelseLogget: true, informert: true };

describe('overgang: every status × handling', () => {
  for (const status of STATUSER) {
    for (const handling of HANDLINGER) {
      const til = LOVLIG[status][handling];
      if (til) {
        it(`allows ${handling} from ${status}, giving ${til}`, () => {
          assert.deepEqual(overgang(status, handling, ALT_I_ORDEN), { ok: true, til });
        });
      } else {
        it(`refuses ${handling} from ${status} with a reason`, () => {
          const o = overgang(status, handling, ALT_I_ORDEN);
          assert.equal(o.ok, false);
          if (!o.ok) assert.match(o.grunn, /^[A-ZÆØÅ«].*\.$/);
        });
      }
    }
  }
});

describe('OVERGANGER', () => {
  it('lists exactly the statuses overgang accepts for each handling', () => {
    for (const handling of HANDLINGER) {
      const fra = STATUSER.filter((s) => LOVLIG[s][handling] !== undefined);
      assert.deepEqual([...OVERGANGER[handling].fra].sort(), [...fra].sort(), handling);
    }
  });

  it('marks the actions that leave the status alone with til null', () => {
    assert.equal(OVERGANGER.tildel.til, null);
    assert.equal(OVERGANGER.meld_skoleeier.til, null);
    assert.equal(OVERGANGER.ta_imot.til, 'mottatt');
  });
});

describe('overgang: reasons and guards', () => {
  it('refuses by code, at the input the refusal is about, in no words of its own', () => {
    assert.deepEqual(overgangKode('mottatt', 'ta_imot'), { ok: false, avslag: { kode: 'allerede_mottatt' } });
    assert.deepEqual(overgangKode('undersokes', 'avslutt_uten_tiltak', UTEN_TILTAK_KLAR), { ok: false, avslag: { kode: 'begrunnelse_mangler', felt: 'begrunnelse' } });
    assert.deepEqual(overgangKode('undersokes', 'avslutt_uten_tiltak', { ...UTEN_TILTAK_KLAR, begrunnelse: 'x'.repeat(1001) }), {
      ok: false,
      avslag: { kode: 'for_lang', felt: 'begrunnelse', maks: 1000 },
    });
  });

  it('says a case already received is already received', () => {
    assert.deepEqual(overgang('mottatt', 'ta_imot'), { ok: false, grunn: 'Saken er allerede tatt imot.' });
  });

  it('says a closed case is closed, whatever is tried', () => {
    for (const status of ['avsluttet', 'avsluttet_uten_tiltak'] as const) {
      for (const handling of HANDLINGER) assert.deepEqual(overgang(status, handling, ALT_I_ORDEN), { ok: false, grunn: 'Saken er avsluttet.' });
    }
  });

  it('receives the case when rektor assigns a new one, in one tap', () => {
    assert.deepEqual(overgang('ny', 'tildel'), { ok: true, til: 'mottatt' });
  });

  it('keeps the status when a case under investigation is reassigned', () => {
    assert.deepEqual(overgang('undersokes', 'tildel'), { ok: true, til: 'undersokes' });
  });

  it('requires a begrunnelse to close without tiltak', () => {
    assert.deepEqual(overgang('undersokes', 'avslutt_uten_tiltak', UTEN_TILTAK_KLAR), { ok: false, grunn: 'En begrunnelse må fylles ut.' });
    assert.deepEqual(overgang('undersokes', 'avslutt_uten_tiltak', { ...UTEN_TILTAK_KLAR, begrunnelse: '   \n ' }), { ok: false, grunn: 'En begrunnelse må fylles ut.' });
  });

  it('refuses a begrunnelse longer than a card can carry', () => {
    const o = overgang('undersokes', 'avslutt_uten_tiltak', { ...UTEN_TILTAK_KLAR, begrunnelse: 'x'.repeat(1001) });
    assert.deepEqual(o, { ok: false, grunn: 'Begrunnelsen kan være høyst 1000 tegn.' });
    assert.equal(overgang('undersokes', 'avslutt_uten_tiltak', { ...UTEN_TILTAK_KLAR, begrunnelse: 'x'.repeat(1000) }).ok, true);
  });

  it('closes without tiltak only after the investigation started', () => {
    const o = overgang('mottatt', 'avslutt_uten_tiltak', { ...UTEN_TILTAK_KLAR, begrunnelse: 'grunn' });
    assert.deepEqual(o, {
      ok: false,
      grunn: 'Undersøkelsen må startes, og elevens egen opplevelse loggføres, før saken kan avsluttes uten tiltak.',
    });
  });

  it('closes without tiltak only with the pupil’s own experience logged', () => {
    const o = overgang('undersokes', 'avslutt_uten_tiltak', { begrunnelse: 'grunn', informert: true });
    assert.deepEqual(o, { ok: false, grunn: 'Elevens egen opplevelse må være loggført før saken kan avsluttes uten tiltak.' });
  });

  it('closes a case only with pupil and parents told', () => {
    const ord = 'Skriv når og hvordan eleven og foreldrene er informert før saken avsluttes.';
    assert.deepEqual(overgang('undersokes', 'avslutt_uten_tiltak', { begrunnelse: 'grunn', elevensOpplevelseLogget: true }), { ok: false, grunn: ord });
    assert.deepEqual(overgang('tiltak', 'avslutt', { planEvaluertTrygg: true }), { ok: false, grunn: ord });
  });

  it('tells the person to close a case with a plan by evaluating the plan', () => {
    const o = overgang('tiltak', 'avslutt_uten_tiltak', { begrunnelse: 'grunn' });
    assert.deepEqual(o, { ok: false, grunn: 'Saken har en aktivitetsplan og avsluttes når planen er evaluert.' });
  });

  it('closes a case with a plan only after an evaluation found the pupil safe', () => {
    assert.equal(overgang('tiltak', 'avslutt').ok, false);
    assert.equal(overgang('tiltak', 'avslutt', { planEvaluertTrygg: false }).ok, false);
    assert.deepEqual(overgang('tiltak', 'avslutt', { planEvaluertTrygg: true, informert: true }), { ok: true, til: 'avsluttet' });
  });

  it('points to «Avslutt uten tiltak» when a case without a plan is closed', () => {
    const o = overgang('undersokes', 'avslutt', { planEvaluertTrygg: true });
    assert.ok(!o.ok && o.grunn.includes('Avslutt uten tiltak'));
  });

  it('reports to skoleeier only once', () => {
    assert.deepEqual(overgang('tiltak', 'meld_skoleeier', { alleredeMeldt: true }), { ok: false, grunn: 'Saken er allerede meldt til skoleeier.' });
    assert.deepEqual(overgang('ny', 'meld_skoleeier', { begrunnelse: 'Alvorlig vold.' }), { ok: true, til: 'ny' });
  });

  it('requires rektor’s reason to report to skoleeier', () => {
    assert.deepEqual(overgang('mottatt', 'meld_skoleeier', { begrunnelse: '  ' }), { ok: false, grunn: 'En begrunnelse må fylles ut.' });
  });

  it('receives a «vet ikke» case only with a classification', () => {
    assert.deepEqual(overgang('ny', 'ta_imot', { maaKlassifiseres: true }), { ok: false, grunn: 'Velg hvem som krenker eleven, etter din vurdering.' });
    assert.deepEqual(overgang('ny', 'ta_imot', { maaKlassifiseres: true, klassifisering: 'nei' }), { ok: true, til: 'mottatt' });
  });

  it('reclassifies only after receipt, with a reason and a new classification', () => {
    assert.equal(overgang('ny', 'omklassifiser', ALT_I_ORDEN).ok, false);
    assert.deepEqual(overgang('mottatt', 'omklassifiser', { klassifisering: 'ledelse' }), { ok: false, grunn: 'En begrunnelse må fylles ut.' });
    assert.deepEqual(overgang('mottatt', 'omklassifiser', { begrunnelse: 'Eleven fortalte hvem.' }), { ok: false, grunn: 'Velg hvem saken gjelder.' });
    assert.deepEqual(overgang('undersokes', 'omklassifiser', { begrunnelse: 'Eleven fortalte hvem.', klassifisering: 'ansatt' }), { ok: true, til: 'undersokes' });
  });

  it('asks for the investigation to start before a plan is made', () => {
    const o = overgang('mottatt', 'opprett_plan');
    assert.ok(!o.ok && o.grunn.includes('Undersøkelsen må startes'));
    assert.deepEqual(overgang('tiltak', 'opprett_plan'), { ok: false, grunn: 'Saken har allerede en aktivitetsplan.' });
  });

  it('asks for the case to be received before the investigation starts', () => {
    assert.deepEqual(overgang('ny', 'start_undersokelse'), { ok: false, grunn: 'Saken må tas imot før undersøkelsen startes.' });
    assert.deepEqual(overgang('undersokes', 'start_undersokelse'), { ok: false, grunn: 'Undersøkelsen er allerede startet.' });
  });
});

describe('muligeHandlinger', () => {
  it('offers exactly the legal moves of each status, in card order', () => {
    for (const status of STATUSER) {
      const forventet = HANDLINGER.filter((h) => LOVLIG[status][h] !== undefined);
      assert.deepEqual(muligeHandlinger(status, ALT_I_ORDEN), forventet, status);
    }
  });

  it('offers closing without tiltak before the closing form is filled in, once the pupil’s experience is logged', () => {
    assert.ok(muligeHandlinger('undersokes', { elevensOpplevelseLogget: true }).includes('avslutt_uten_tiltak'));
    assert.ok(!muligeHandlinger('undersokes').includes('avslutt_uten_tiltak'));
    assert.ok(!muligeHandlinger('mottatt', { elevensOpplevelseLogget: true }).includes('avslutt_uten_tiltak'));
  });

  it('does not offer closing a plan case before the plan is evaluated as safe', () => {
    assert.deepEqual(muligeHandlinger('tiltak'), ['tildel', 'meld_skoleeier', 'omklassifiser']);
  });

  it('does not offer reporting to skoleeier twice', () => {
    assert.deepEqual(muligeHandlinger('ny', { alleredeMeldt: true }), ['ta_imot', 'tildel']);
  });

  it('offers nothing on a closed case', () => {
    assert.deepEqual(muligeHandlinger('avsluttet', ALT_I_ORDEN), []);
    assert.deepEqual(muligeHandlinger('avsluttet_uten_tiltak', ALT_I_ORDEN), []);
  });
});

describe('texts', () => {
  it('labels every status in Norwegian', () => {
    assert.deepEqual(STATUSER.map((s) => STATUS_TEKST[s]), ['Ny', 'Mottatt', 'Undersøkes', 'Aktivitetsplan', 'Avsluttet', 'Avsluttet uten tiltak']);
  });

  it('labels every handling in Norwegian', () => {
    assert.deepEqual(HANDLINGER.map((h) => HANDLING_TEKST[h]), [
      'Ta imot',
      'Tildel saksansvarlig',
      'Start undersøkelse',
      'Opprett aktivitetsplan',
      'Avslutt uten tiltak',
      'Avslutt saken',
      'Meld til skoleeier',
      'Endre hvem saken gjelder',
    ]);
  });

  it('knows which statuses are closed', () => {
    assert.deepEqual(STATUSER.filter(erAvsluttet), ['avsluttet', 'avsluttet_uten_tiltak']);
  });
});
