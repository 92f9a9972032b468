/**
 * A pupil's chat with the bot (issue 25), through /api/messages and the connector stand-in: the
 * welcome, «Si fra» in words for their age, the receipt, the status; the receivers' card says the
 * pupil raised it; the chosen adult's card; staff verbs refused. Every card is validated with the
 * Adaptive Cards SDK (the harness refuses to stop on an invalid one).
 */
import { strict as assert } from 'node:assert';
import { elevTekster } from '../../src/i18n/elev';
import { getLogg } from '../../src/store/loggRepo';
import { BotHarness, cardText, type TeamsKlient } from '../support/botHarness';
import { DEMO } from '../support/appKontekst';
import { BOTH_STORES } from '../support/bothStores';

for (const lager of BOTH_STORES) {
  describe(`bot: a pupil tells an adult in the chat (issue 25) — ${lager.navn}`, function () {
    this.timeout(60_000);
    let h: BotHarness;
    let elev: TeamsKlient;
    before(async () => {
      h = await BotHarness.start({ store: lager });
      elev = h.bruker(DEMO.elev);
    });
    after(async () => h.stopp());

    const lastCard = (oid: string) => h.connector.cardsTo(oid).at(-1)!;

    it('greets a pupil with «Si fra» and «Det jeg har sagt fra om», not the staff welcome', async () => {
      await elev.installer();
      const tekst = cardText(lastCard(DEMO.elev));
      assert.ok(tekst.includes(elevTekster.trinn.barnetrinn.tittel), tekst);
      assert.ok(tekst.includes(elevTekster.menySiFra) && tekst.includes(elevTekster.menyMine));
      assert.ok(!tekst.includes('varsel'), 'no staff words');
    });

    it('answers whatever the pupil writes with the form, in words for their age, with their adults', async () => {
      await elev.skriv('varsel');
      const tekst = cardText(lastCard(DEMO.elev));
      assert.ok(tekst.includes(elevTekster.trinn.barnetrinn.intro));
      assert.ok(tekst.includes('Per Hansen (kontaktlæreren din)') && tekst.includes('Marte Lie (sosiallærer)'), tekst);
      assert.ok(!tekst.includes('Hvem gjelder varselet'), 'not the staff form');
    });

    it('sends it: a receipt in their words; the receivers are told the pupil raised it; the chosen adult gets a card', async () => {
      const skjema = lastCard(DEMO.elev);
      const feil = await elev.klikkKnapp(skjema, 'elev_si_fra', { hvem: 'meg', hva: '', voksen: 'nei' });
      const feiltekst = cardText(feil.kort);
      assert.ok(feiltekst.includes(elevTekster.feil.hva) && feiltekst.includes(elevTekster.feil.hvordan), feiltekst);
      assert.deepEqual(await h.sakIder(), [], 'nothing stored');

      const svar = await elev.klikkKnapp(skjema, 'elev_si_fra', { hvem: 'meg', hva: 'Jeg får aldri være med når de andre spiller fotball.', hvordan: 'nei', voksen: 'nei', snakkeMed: DEMO.laerer });
      const tekst = cardText(svar.kort);
      assert.ok(tekst.includes(elevTekster.kvittering.tittel));
      assert.ok(tekst.includes('Per Hansen skal snakke med deg senest 30.11.2026.'), tekst);
      assert.ok(tekst.includes(elevTekster.kvittering.statsforvalteren('30.11.2026')));
      assert.ok(tekst.includes(elevTekster.kvittering.riktig));
      // A double click (Teams retrying the invoke) is the same case.
      await elev.klikkKnapp(skjema, 'elev_si_fra', { hvem: 'meg', hva: 'Jeg får aldri være med når de andre spiller fotball.', hvordan: 'nei', voksen: 'nei', snakkeMed: DEMO.laerer });
      const ider = await h.sakIder();
      assert.equal(ider.length, 1);
      const { sak } = await h.sak(ider[0]!);
      assert.equal(sak.fraEleven?.tid, '2026-11-23T09:00:00.000Z', '§12-6: the day the pupil raised it');
      assert.equal((await getLogg(h.ktx.store, sak.id))[0]?.type, 'elevens_opplevelse');

      await h.leverAlt();
      const tilRektor = cardText(h.connector.cardsTo(DEMO.rektor).at(-1));
      assert.ok(tilRektor.includes('Eleven har sagt fra selv, 23.11.2026.'), tilRektor);
      assert.ok(tilRektor.includes('Eleven vil gjerne snakke med Per Hansen.'));
      const tilPer = cardText(h.connector.cardsTo(DEMO.laerer).at(-1));
      assert.ok(tilPer.includes(elevTekster.vilSnakke.tittel) && tilPer.includes('Ida Berg (5A)'), tilPer);
      assert.ok(!tilPer.includes('fotball'), 'the chosen adult is not told what the pupil wrote');
      assert.deepEqual(h.invalidCards(), []);
    });

    it('shows the status only, and refuses a staff verb', async () => {
      const svar = await elev.klikk('elev_mine', {});
      const tekst = cardText(svar.kort);
      assert.ok(tekst.includes('Sendt 23.11.2026') && tekst.includes(elevTekster.status.tekst.mottatt), tekst);
      assert.ok(!tekst.includes('fotball') && !tekst.includes('Per Hansen'));
      const [sakId] = await h.sakIder();
      const forsok = await elev.klikk('vis_sak', { sakId });
      assert.ok(!cardText(forsok.kort).includes('fotball'), 'a pupil cannot open the case');
      const ta = await elev.klikk('ta_imot', { sakId });
      assert.ok(!cardText(ta.kort).includes('fotball'));
      assert.equal((await h.sak(sakId!)).sak.status, 'ny');
    });

    it('a staff member clicking a pupil verb is refused', async () => {
      const laerer = h.bruker(DEMO.laerer2);
      const svar = await laerer.klikk('elev_si_fra', { skjemaId: 'laerer-forsok-001', hvem: 'meg', hva: 'Test av tilgang her.', hvordan: 'nei', voksen: 'nei' });
      assert.ok(!cardText(svar.kort).includes(elevTekster.kvittering.tittel));
      assert.equal((await h.sakIder()).length, 1);
    });

    it("the day's limit in the chat: the fourth form the same day comes back with the kind words on top and stores nothing", async () => {
      h.settTid('2026-11-25T08:00:00Z');
      const send = async () => {
        await elev.skriv('Jeg vil si fra om noe');
        return elev.klikkKnapp(lastCard(DEMO.elev), 'elev_si_fra', { hvem: 'meg', hva: 'Noen dytter meg i gangen hver dag.', hvordan: 'nei', voksen: 'nei' });
      };
      for (let i = 0; i < 3; i++) assert.ok(cardText((await send()).kort).includes(elevTekster.kvittering.tittel));
      const for_ = (await h.sakIder()).length;
      const fjerde = cardText((await send()).kort);
      assert.ok(fjerde.includes(elevTekster.feil.forMange) && !fjerde.includes(elevTekster.kvittering.tittel), fjerde);
      assert.ok(fjerde.includes('Noen dytter meg i gangen hver dag.'), 'what they wrote is kept on the form');
      assert.equal((await h.sakIder()).length, for_);
    });
  });
}
