/**
 * The log guard itself (tests/support/loggvakt.ts): it knows the pupils, the case text and the
 * secrets the tests use, finds them and tokens in a line, and every test logger feeds it — so the
 * root hook's check after the whole run looks at what the suite really logged.
 */
import { strict as assert } from 'node:assert';
import { createLogger } from '../src/logging';
import { lagTestKontekst, varselSkjema } from './support/appKontekst';
import { forbudtITestene, lagLoggvakt, suitensLoggvakt } from './support/loggvakt';

describe('the log guard', () => {
  const forbudt = forbudtITestene();

  it('looks for the pupils’ names, the case text and the secret values written in the tests', () => {
    for (const f of ['Kari Nordmann', 'Ola Nordmann', varselSkjema().beskrivelse!, 'ikke-en-ekte-hemmelighet', 'en-lang-delt-hemmelighet-for-tester', 'topphemmelig']) {
      assert.ok(forbudt.includes(f), `the guard looks for «${f}»`);
    }
    assert.ok(!forbudt.some((f) => f.length < 4), 'nothing so short that an id could hold it');
  });

  it('finds a name, case text, a secret or a token in a line, and passes a line of ids', () => {
    const vakt = lagLoggvakt(forbudt);
    const ren = JSON.stringify({ level: 30, sakId: 'YQR9u89-5oom1InCh_IrAB', oid: '00000000-0000-4000-8000-000000000101', msg: 'innsyn tatt ut' });
    vakt.skann(ren, 'a');
    assert.equal(vakt.funn.length, 0);
    for (const linje of [
      '{"msg":"lest","hvem":"Kari Nordmann"}',
      `{"msg":"x","tekst":"${varselSkjema().beskrivelse}"}`,
      '{"msg":"konfig","pw":"ikke-en-ekte-hemmelighet"}',
      '{"msg":"kall","auth":"Bearer abcdefghijklmnopqrstuvwxyz0123"}',
      '{"msg":"token","t":"eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJhcGkifQ.c2lnbmF0dXJl"}',
    ]) {
      const antall: number = vakt.funn.length;
      vakt.skann(linje, 'b');
      assert.equal(vakt.funn.length, antall + 1, linje);
    }
    assert.equal(vakt.linjer, 6);
  });

  it('sees what a use case’s logger writes, at debug level', async () => {
    const ktx = await lagTestKontekst();
    try {
      const antall: number = suitensLoggvakt().linjer;
      ktx.log.debug({ sakId: 'abc' }, 'loggvakt prøve');
      assert.equal(suitensLoggvakt().linjer, antall + 1);
    } finally {
      await ktx.rydd();
    }
  });

  it('relies on the redact list as a second line: a pupil’s name under a known field never reaches the line', () => {
    const vakt = lagLoggvakt(forbudt);
    const log = createLogger('debug', { write: (l: string) => vakt.skann(l, 'redact') });
    log.info({ elevNavn: 'Kari Nordmann', varsel: { beskrivelse: varselSkjema().beskrivelse } }, 'feil');
    assert.equal(vakt.linjer, 1);
    assert.deepEqual(vakt.funn, []);
  });
});
