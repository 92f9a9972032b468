/** The case log and closing without tiltak, through the use cases on a real store. */
import { strict as assert } from 'node:assert';
import { leggTilLoggforing, visLogg } from '../../src/app/sakslogg';
import { utforHandling, visSak } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../support/appKontekst';
import { ELEVENS_OPPLEVELSE, ELEVENS_OPPLEVELSE_TRYGG } from '../support/saksgang';
import { ord, type Message } from '../../src/i18n/avslag';

const REKTOR = aktor(DEMO.rektor);
const LUKK = { begrunnelse: 'Undersøkelsen viser at eleven har det trygt og godt.', informertElevHvordan: 'Samtale med eleven', informertForesatt1Navn: 'mor', informertForesatt1Hvordan: 'Telefon', informertForesatt1Dato: '2026-11-21' };

describe('sakslogg and closing without tiltak', () => {
  let ktx: TestKontekst;
  beforeEach(async () => (ktx = await lagTestKontekst()));
  afterEach(async () => ktx.rydd());

  async function sak(...steg: ('ta_imot' | 'start_undersokelse')[]): Promise<string> {
    // The varsel came a few days before «today», so the log and the informing may be dated before today.
    ktx.settTid('2026-11-19T09:00:00Z');
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: ktx.nyId() });
    ktx.settTid('2026-11-23T09:00:00Z');
    assert.ok(sendt.ok);
    for (const handling of steg) assert.ok((await utforHandling(ktx, REKTOR, { sakId: sendt.verdi.id, handling })).ok);
    return sendt.verdi.id;
  }

  it('records entries with kind, date, who took part and summary, the pupil’s experience as its own kind', async () => {
    const sakId = await sak('ta_imot', 'start_undersokelse');
    const samtale = await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'samtale_foresatte', dato: '2026-11-22', deltakere: 'Mor og rektor', tekst: 'Mor forteller at datteren gruer seg til skolen.' });
    assert.ok(samtale.ok, JSON.stringify(samtale));
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, ELEVENS_OPPLEVELSE)).ok);
    const logg = await visLogg(ktx, REKTOR, sakId);
    assert.ok(logg.ok);
    assert.deepEqual(
      logg.verdi.map((l) => [l.typeTekst, l.dato, l.deltakere, l.av]),
      [
        ['Samtale med foresatte', '2026-11-22', 'Mor og rektor', 'Hanne Solberg'],
        ['Elevens egen opplevelse', '2026-11-23', 'Eleven og kontaktlærer', 'Hanne Solberg'],
      ],
    );
    assert.equal(logg.verdi[1]!.tekst, ELEVENS_OPPLEVELSE.tekst, 'in the pupil’s own words');
  });

  it('corrects an entry with a new one pointing to it; both stay', async () => {
    const sakId = await sak('ta_imot', 'start_undersokelse');
    const feil = await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'observasjon', dato: '2026-11-20', deltakere: '', tekst: 'Observert i storefri: alene ved sandkassen.' });
    assert.ok(feil.ok);
    const rett = await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'observasjon', dato: '2026-11-20', deltakere: '', tekst: 'Rettelse: det var i lillefri.', korrigerer: feil.verdi.id });
    assert.ok(rett.ok);
    const logg = await visLogg(ktx, REKTOR, sakId);
    assert.ok(logg.ok);
    assert.deepEqual(logg.verdi.map((l) => [l.tekst, l.korrigertAv, l.korrigerer]), [
      ['Observert i storefri: alene ved sandkassen.', rett.verdi.id, undefined],
      ['Rettelse: det var i lillefri.', undefined, feil.verdi.id],
    ]);
    const ukjent = await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'annet', dato: '2026-11-20', tekst: 'x', korrigerer: 'finnes-ikke' });
    assert.ok(!ukjent.ok && 'korrigerer' in (ukjent.feil as { felt: object }).felt);
  });

  it('stores the same note sent twice (a double click) once', async () => {
    const sakId = await sak('ta_imot');
    const [a, b] = await Promise.all([leggTilLoggforing(ktx, REKTOR, sakId, ELEVENS_OPPLEVELSE), leggTilLoggforing(ktx, REKTOR, sakId, ELEVENS_OPPLEVELSE)]);
    assert.ok(a.ok && b.ok && a.verdi.id === b.verdi.id);
    const logg = await visLogg(ktx, REKTOR, sakId);
    assert.equal(logg.ok && logg.verdi.length, 1);
  });

  it('names each bad field in Norwegian and stores nothing', async () => {
    const sakId = await sak('ta_imot');
    const r = await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'sladder', dato: '2099-01-01', tekst: '  ' });
    assert.ok(!r.ok && r.feil.kode === 'ugyldig');
    assert.deepEqual(r.feil.felt, { type: 'Velg hva slags føring det er.', dato: 'Datoen kan ikke være frem i tid.', tekst: 'Skriv en kort oppsummering.' });
    const logg = await visLogg(ktx, REKTOR, sakId);
    assert.deepEqual(logg.ok && logg.verdi, []);
  });

  it('closes without tiltak only after the investigation started and the pupil’s experience is logged, with a reason, telling pupil and parents', async () => {
    const sakId = await sak('ta_imot');
    const forTidlig = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: LUKK });
    assert.ok(!forTidlig.ok && /Undersøkelsen må startes/.test(ord(forTidlig.feil.melding)));
    assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling: 'start_undersokelse' })).ok);
    const utenOpplevelse = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: LUKK });
    assert.ok(!utenOpplevelse.ok && /Elevens egen opplevelse/.test(ord(utenOpplevelse.feil.melding)));
    const card = await visSak(ktx, REKTOR, sakId);
    assert.ok(card.ok && !card.verdi.handlinger.includes('avslutt_uten_tiltak'), 'the card does not offer it yet');

    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, ELEVENS_OPPLEVELSE_TRYGG)).ok);
    const card2 = await visSak(ktx, REKTOR, sakId);
    assert.ok(card2.ok && card2.verdi.handlinger.includes('avslutt_uten_tiltak'));
    const utenInfo = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: { begrunnelse: LUKK.begrunnelse } });
    assert.ok(!utenInfo.ok && /informert/.test(ord(utenInfo.feil.melding)));
    // Only the mother phoned: the pupil is not told, and nothing says «eleven og foresatte».
    const bareMor = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: { ...LUKK, informertElevHvordan: '' } });
    assert.ok(!bareMor.ok && /informert/.test(ord(bareMor.feil.melding)), JSON.stringify(bareMor));
    assert.match(ord((bareMor.feil as { felt: Record<string, Message> }).felt.informertElevHvordan!), /informert/, 'at the pupil’s row');
    const utenHvem = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: { ...LUKK, informertForesatt1Navn: '' } });
    assert.ok(!utenHvem.ok && utenHvem.feil.kode === 'ugyldig');
    assert.equal((utenHvem.feil as { felt: Record<string, string> }).felt.informertForesatt1Navn, 'Skriv hvem av foreldrene eller de foresatte som ble informert (for eksempel «mor» eller navnet).');
    const lukket = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: { ...LUKK, informertElevDato: '2026-11-22' } });
    assert.ok(lukket.ok, JSON.stringify(lukket));
    assert.equal(lukket.verdi.status, 'avsluttet_uten_tiltak');
    assert.deepEqual(lukket.verdi.avslutning && lukket.verdi.avslutning.begrunnelse, LUKK.begrunnelse);
    assert.deepEqual(lukket.verdi.informert, [
      { dato: '2026-11-22', hvordan: 'Samtale med eleven', hvem: 'elev', elev: true, foresatte: false, av: 'Hanne Solberg' },
      { dato: '2026-11-21', hvordan: 'Telefon', hvem: 'foresatt', navn: 'mor', elev: false, foresatte: true, av: 'Hanne Solberg' },
    ]);
    const etter = await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, tekst: 'for sent' });
    assert.equal(!etter.ok && etter.feil.kode, 'ulovlig_overgang', 'a closed case’s log is archive material');
  });

  it('never lets a delegate close a case: rektor’s responsibility cannot be delegated', async () => {
    const sakId = await sak('ta_imot', 'start_undersokelse');
    assert.ok((await leggTilLoggforing(ktx, aktor(DEMO.sosiallaerer), sakId, ELEVENS_OPPLEVELSE_TRYGG)).ok);
    for (const oid of [DEMO.inspektor, DEMO.sosiallaerer]) {
      const r = await utforHandling(ktx, aktor(oid), { sakId, handling: 'avslutt_uten_tiltak', verdier: LUKK });
      assert.equal(!r.ok && r.feil.kode, 'ikke_tillatt');
      const card = await visSak(ktx, aktor(oid), sakId);
      assert.ok(card.ok && !card.verdi.handlinger.includes('avslutt_uten_tiltak'));
    }
    assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier: LUKK })).ok);
  });

  it('refuses a delegate the moment a case arrives (it used to close then)', async () => {
    const sakId = await sak();
    const r = await utforHandling(ktx, aktor(DEMO.sosiallaerer), { sakId, handling: 'avslutt_uten_tiltak', verdier: LUKK });
    assert.equal(r.ok, false);
  });
});
