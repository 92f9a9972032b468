/**
 * Cards that stay true (issue 26): every copy anyone holds follows the case — after a card click, a
 * tab action, a failed delivery — and is built only from the case's state now.
 */
import { strict as assert } from 'node:assert';
import { utforHandling } from '../../src/app/sakHandlinger';
import { DEMO, aktor } from '../support/appKontekst';
import { BotHarness, knapper, cardText } from '../support/botHarness';
import { kopiAv, sendVarsel } from './hjelpere';

describe('bot: every copy of a case card follows the case', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('updates rektor’s held copies when the §12-5 notice to skoleeier cannot be delivered', async () => {
    h.connector.feilFor(DEMO.kommunalsjef, { status: 403, kode: 'BotNotInConversationRoster' });
    await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    await h.leverAlt();
    const kopi = kopiAv(h, DEMO.rektor);
    const puts = h.connector.til(DEMO.rektor, 'oppdatering').filter((o) => o.aktivitetId === kopi.activityId);
    assert.ok(puts.length > 0, 'rektor’s copy is updated');
    const tekst = cardText(puts.at(-1)!.kort);
    assert.match(tekst, /Skoleeier er IKKE varslet/);
    assert.doesNotMatch(tekst, /Skoleeier \(kommunalsjef\) varsles/);
  });

  it('shows on rektor’s copy that skoleeier is told once the §12-5 notice is delivered', async () => {
    await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    await h.leverAlt();
    const kopi = kopiAv(h, DEMO.rektor);
    const versjoner = h.connector.opptak.filter((o) => o.status < 300 && o.aktivitetId === kopi.activityId && o.kort);
    assert.match(cardText(versjoner.at(-1)?.kort), /Skoleeier \(kommunalsjef\) er varslet/);
  });

  it('updates the actor’s own chat copies after an action in the tab', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const kopi = kopiAv(h, DEMO.rektor);
    h.connector.nullstill();
    assert.ok((await utforHandling(h.ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot', via: 'fane' })).ok);
    await h.outboxFerdig();
    const [put] = h.connector.til(DEMO.rektor, 'oppdatering');
    assert.equal(put?.aktivitetId, kopi.activityId);
    assert.match(cardText(put?.kort), /^Mottatt$/m);
    assert.doesNotMatch(cardText(put?.kort), /Ta imot/);
  });

  it('never passes on a case that was received (or closed) while its cards could not be delivered', async () => {
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]) h.connector.feilFor(oid, { status: 500, kall: ['opprett_samtale'] });
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    // Rektor works in the tab meanwhile.
    assert.ok((await utforHandling(h.ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot' })).ok);
    h.connector.fjernFeil();
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]) h.connector.feilFor(oid, { status: 403, kode: 'BotNotInConversationRoster' });
    for (let t = 1; t <= 8; t++) {
      h.settTid(new Date(Date.parse('2026-11-23T09:00:00Z') + t * 3_600_000).toISOString());
      await h.kjorOutbox();
    }
    const { sak } = await h.sak(sakId);
    assert.equal(h.connector.cardsTo(DEMO.kommunalsjef).length, 0, 'kommunalsjef got no card');
    assert.ok(!sak.leveringer.some((l) => l.oid === DEMO.kommunalsjef), 'and has no copy that would give access');
    assert.ok(!(await h.auditEntry(sakId)).some((e) => e.action === 'sendt_videre'));
  });

  it('sends the kommunalsjef no second card when a §12-5 varsel nobody at the school could get is passed on to her', async () => {
    for (const oid of [DEMO.rektor, DEMO.inspektor]) h.connector.feilFor(oid, { status: 403, kode: 'BotNotInConversationRoster' });
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    await h.leverAlt();
    assert.equal(h.connector.til(DEMO.kommunalsjef, 'melding').length, 1, 'one card');
    const kopi = kopiAv(h, DEMO.kommunalsjef);
    const siste = h.connector.opptak.filter((o) => o.status < 300 && o.aktivitetId === kopi.activityId && o.kort).at(-1);
    assert.ok(knapper(siste?.kort).includes('ta_imot'), 'her copy now lets her receive it');
    const { sak } = await h.sak(sakId);
    assert.equal(sak.leveringer.find((l) => l.oid === DEMO.kommunalsjef && l.rolle === 'mottaker')?.status, 'levert');
  });
});
