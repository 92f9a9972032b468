/**
 * Delivery that loses nothing: new 1:1 chats for people who never wrote to the bot, the next in
 * line when someone cannot be reached, Retry-After, and a restart with undelivered notifications.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { submitVarsel } from '../../src/app/submitVarsel';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import { DEMO, aktor, kontekstPaa, varselSkjema } from '../support/appKontekst';
import { BotHarness, START_TID, demoBrukere, cardText } from '../support/botHarness';
import { startConnector } from '../support/connector';
import { sakIdPaa, sendVarsel, lastCard } from './hjelpere';

const sekunderEtterStart = (s: number) => new Date(Date.parse(START_TID) + s * 1000).toISOString();

describe('bot: delivering cards', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('opens a 1:1 chat with a receiver who never wrote to the bot, using their Entra object id, and remembers it', async () => {
    await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    const [opprett] = h.connector.til(DEMO.rektor, 'opprett_samtale');
    assert.equal(((opprett as unknown as { sti: string }).sti), '/v3/conversations');
    const samtale = await h.app.samtaler.get(DEMO.rektor);
    assert.equal(samtale?.teamsId, `29:${DEMO.rektor}`, 'the Teams id, read from the members API');
    assert.equal(samtale?.conversationId, opprett?.samtaleId);
    assert.equal(h.connector.til(DEMO.rektor, 'melding').length, 1, 'one card (updated once skoleeier is told)');
  });

  it('uses the stored chat of a receiver who has the app installed', async () => {
    const rektor = h.bruker(DEMO.rektor);
    await rektor.installer();
    await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    assert.equal(h.connector.til(DEMO.rektor, 'opprett_samtale').length, 0);
    assert.equal(h.connector.til(DEMO.rektor, 'melding').filter((o) => o.kort && o.samtaleId === rektor.conversationId).length, 2, 'greeting and the case');
  });

  it('gives the varsel to the next in line when rektor cannot be reached, and shows the delivery state in the case', async () => {
    h.connector.feilFor(DEMO.rektor, { status: 403, kode: 'BotNotInConversationRoster' });
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    await h.leverAlt();

    const card = lastCard(h, DEMO.inspektor);
    assert.match(cardText(card), /Hanne Solberg: \n?mottaker – kunne ikke nås/);
    assert.match(cardText(card), /Hanne Solberg kunne ikke nås/);
    assert.equal(h.connector.cardsTo(DEMO.sosiallaerer).length, 0, 'a §12-5 case never goes to a delegate outside the leadership');
    const logg = await h.auditEntry(sakId);
    assert.ok(logg.some((e) => e.action === 'levering_feilet' && e.detail === `til=${DEMO.rektor}`));
    assert.ok(logg.some((e) => e.action === 'sendt_videre' && e.detail === `til=${DEMO.inspektor}`));
  });

  it('treats a user who blocked the bot as unreachable without opening a new chat', async () => {
    await h.bruker(DEMO.rektor).installer();
    h.connector.feilFor(DEMO.rektor, { status: 403, kode: 'ConversationBlockedByUser' });
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    assert.equal(h.connector.opptak.filter((o) => o.kall === 'opprett_samtale' && o.oid === DEMO.rektor).length, 0);
    assert.equal((await h.sak(sakId)).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'uoppnaelig');
  });

  it('opens a new chat once when the stored one is gone (404), and stores it', async () => {
    const rektor = h.bruker(DEMO.rektor);
    await rektor.installer();
    h.connector.feilFor(DEMO.rektor, { status: 404, kode: 'ConversationNotFound', kall: ['melding'], ganger: 1 });
    await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    const [opprett, ...flere] = h.connector.til(DEMO.rektor, 'opprett_samtale');
    assert.equal(flere.length, 0);
    assert.equal(h.connector.til(DEMO.rektor, 'melding').filter((o) => /sak/.test(cardText(o.kort))).length, 1);
    assert.equal((await h.app.samtaler.get(DEMO.rektor))?.conversationId, opprett?.samtaleId);
  });

  it('gives up on a receiver whose chat is gone and who cannot get a new one', async () => {
    await h.bruker(DEMO.rektor).installer();
    h.connector.feilFor(DEMO.rektor, { status: 404, kall: ['melding'] });
    h.connector.feilFor(DEMO.rektor, { status: 403, kall: ['opprett_samtale'] });
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    // Only the runs the submit kicked off: the next in line must not wait for the outbox timer.
    await h.outboxFerdig();
    assert.equal(h.connector.opptak.filter((o) => o.kall === 'opprett_samtale' && o.oid === DEMO.rektor).length, 1, 'tried once');
    assert.equal((await h.sak(sakId)).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'uoppnaelig');
    assert.equal(h.connector.cardsTo(DEMO.inspektor).length, 1);
    // The gone chat is forgotten in the store too, so a restart does not try it again.
    assert.equal((await h.app.store.getByKey<{ borte?: boolean }>('samtaler', DEMO.rektor))?.data.borte, true);
    assert.equal(await h.app.samtaler.get(DEMO.rektor), undefined);
  });

  it('waits a short Retry-After within the call, and delivers once', async () => {
    await h.bruker(DEMO.rektor).installer();
    h.connector.feilFor(DEMO.rektor, { status: 429, retryAfter: '1', kall: ['melding'], ganger: 1 });
    const start = Date.now();
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    assert.ok(Date.now() - start >= 1000, 'waited for Retry-After');
    const forsok = h.connector.opptak.filter((o) => o.oid === DEMO.rektor && o.kall === 'melding' && /STRAKS/.test(cardText(o.kort)));
    assert.deepEqual(forsok.map((o) => o.status), [429, 200]);
    assert.equal((await h.sak(sakId)).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'levert');
  });

  it('hands a long Retry-After back to the outbox, which tries again after it, once', async () => {
    await h.bruker(DEMO.rektor).installer();
    h.connector.feilFor(DEMO.rektor, { status: 429, retryAfter: '120', kall: ['melding'], ganger: 1 });
    const start = Date.now();
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    assert.ok(Date.now() - start < 5000, 'the dispatcher did not sleep on it');
    const levert = () => h.connector.opptak.filter((o) => o.oid === DEMO.rektor && o.kall === 'melding' && o.status === 200 && /STRAKS/.test(cardText(o.kort))).length;
    assert.equal(levert(), 0);

    h.settTid(sekunderEtterStart(60));
    await h.kjorOutbox();
    assert.equal(levert(), 0, 'not before Retry-After');
    h.settTid(sekunderEtterStart(125));
    await h.kjorOutbox();
    await h.kjorOutbox();
    assert.equal(levert(), 1);
    assert.equal((await h.sak(sakId)).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'levert');
  });

  it('lets botbuilder retry a server error within the call', async () => {
    await h.bruker(DEMO.rektor).installer();
    const varsler = h.bruker(DEMO.vaktmester);
    await varsler.skriv('varsel');
    h.connector.feilNeste({ status: 502, kall: ['melding'] });
    const svar = await varsler.klikk('send_varsel', { skjemaId: 'skjema-502-1', ...varselSkjema({ kommerFra: 'ansatt' }) });
    await h.outboxFerdig();
    const forsok = h.connector.opptak.filter((o) => o.oid === DEMO.rektor && o.kall === 'melding' && /STRAKS/.test(cardText(o.kort)));
    assert.deepEqual(forsok.map((o) => o.status), [502, 200]);
    assert.equal((await h.sak(sakIdPaa(svar.kort))).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'levert');
  });

  it('retries a failure botbuilder does not retry later, from the outbox, instead of giving up', async () => {
    await h.bruker(DEMO.rektor).installer();
    h.connector.feilFor(DEMO.rektor, { status: 401, kall: ['melding'], ganger: 1 });
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    assert.equal((await h.sak(sakId)).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'venter');
    h.settTid(sekunderEtterStart(3600));
    await h.kjorOutbox();
    assert.equal((await h.sak(sakId)).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'levert');
  });

  it('sends a card that could not reach someone as soon as they open the bot, without waiting for the back-off', async () => {
    h.connector.feilFor(DEMO.rektor, { status: 401, kall: ['opprett_samtale'], ganger: 1 });
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    await h.outboxFerdig();
    assert.equal((await h.sak(sakId)).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'venter');
    assert.equal(h.connector.cardsTo(DEMO.rektor).length, 0);
    await h.bruker(DEMO.rektor).installer();
    await h.outboxFerdig();
    assert.equal((await h.sak(sakId)).sak.leveringer.find((l) => l.oid === DEMO.rektor)?.status, 'levert', 'the clock has not moved');
    assert.equal(h.connector.cardsTo(DEMO.rektor).filter((k) => /sak/.test(cardText(k))).length, 1);
  });
});

describe('bot: restart with undelivered notifications', () => {
  it('delivers a varsel stored just before a crash after the restart, once', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-omstart-'));
    const connector = await startConnector(demoBrukere());
    try {
      // The process stored the varsel and its outbox entries, then died before the dispatcher ran.
      const store = await openSqliteStore({ dataDir });
      const ktx = await kontekstPaa(store, () => new Date(START_TID));
      const sendt = await submitVarsel(ktx, aktor(DEMO.vaktmester), varselSkjema({ kommerFra: 'ansatt' }), { skjemaId: 'for-krasj-1' });
      assert.ok(sendt.ok);
      await store.close();
      assert.equal(connector.opptak.length, 0);

      const etterKrasj = await BotHarness.start({ dataDir, connector });
      await etterKrasj.outboxFerdig();
      await etterKrasj.stopp({ beholdData: true });
      assert.equal(connector.til(DEMO.rektor, 'melding').length, 1);
      assert.equal(connector.til(DEMO.kommunalsjef, 'melding').length, 1);

      const igjen = await BotHarness.start({ dataDir, connector });
      await igjen.kjorOutbox();
      await igjen.stopp({ beholdData: true });
      assert.equal(connector.til(DEMO.rektor, 'melding').length, 1, 'not twice');
      assert.equal(connector.til(DEMO.kommunalsjef, 'melding').length, 1);
    } finally {
      await connector.lukk();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
