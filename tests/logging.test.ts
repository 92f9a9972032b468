/** Logs carry ids, never pupil names or case text — checked over a whole flow at debug level. */
import { strict as assert } from 'node:assert';
import { Writable } from 'node:stream';
import { submitVarsel } from '../src/app/submitVarsel';
import { utforHandling } from '../src/app/sakHandlinger';
import { createLogger } from '../src/logging';
import { DEMO, aktor, lagTestKontekst, varselSkjema } from './support/appKontekst';

describe('logs', () => {
  it('hold no pupil name, case text or reason through submit and handling', async () => {
    const ktx = await lagTestKontekst();
    let logget = '';
    ktx.log = createLogger('trace', new Writable({ write: (chunk, _enc, cb) => ((logget += String(chunk)), cb()) }));
    try {
      const skjema = varselSkjema({ elevNavn: 'Unikt Elevnavn', beskrivelse: 'Særegen hendelsestekst' });
      const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), skjema, { skjemaId: 'logg' });
      assert.ok(sendt.ok);
      await utforHandling(ktx, aktor(DEMO.rektor), { sakId: sendt.verdi.id, handling: 'ta_imot' });
      await utforHandling(ktx, aktor(DEMO.rektor), { sakId: sendt.verdi.id, handling: 'avslutt_uten_tiltak', verdier: { begrunnelse: 'Hemmelig begrunnelse' } });
      assert.match(logget, new RegExp(`"sakId":"${sendt.verdi.id}"`), 'the flow is logged, by id');
      for (const hemmelig of ['Unikt Elevnavn', 'Særegen hendelsestekst', 'Hemmelig begrunnelse', 'Hanne Solberg']) {
        assert.ok(!logget.includes(hemmelig), `the log must not contain «${hemmelig}»`);
      }
    } finally {
      await ktx.rydd();
    }
  });

  it('censors personal fields even if a caller logs them by mistake', () => {
    let logget = '';
    const log = createLogger('info', new Writable({ write: (chunk, _enc, cb) => ((logget += String(chunk)), cb()) }));
    log.info({ elevNavn: 'Kari', varsel: { beskrivelse: 'tekst' }, sakId: '7' }, 'feil bruk');
    assert.ok(!logget.includes('Kari') && !logget.includes('tekst'));
    assert.match(logget, /"sakId":"7"/);
  });
});
