/** The chat: greeting, the words the bot understands, and remembering where each person can be reached. */
import { strict as assert } from 'node:assert';
import { DEMO } from '../support/appKontekst';
import { BotHarness, BOT_ID, knapper, cardInputs, cardText } from '../support/botHarness';

const skjemaFelt = (card: Record<string, unknown>) => cardInputs(card.body);

describe('bot: the chat', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('greets on install with what the bot does, that suspicion is enough, and a button to the form', async () => {
    const svar = await h.bruker(DEMO.vaktmester).installer();
    assert.equal(svar.length, 1);
    const tekst = cardText(svar[0]!.kort);
    assert.match(tekst, /Mistanke er nok/);
    assert.match(tekst, /Meld fra \/ send varsel/);
    assert.deepEqual(knapper(svar[0]!.kort), ['vis_skjema']);
  });

  it('greets once when Teams sends both installationUpdate and conversationUpdate', async () => {
    const u = h.bruker(DEMO.vaktmester);
    const forste = await u.installer();
    const andre = await u.leggTilBot();
    assert.equal(forste.length + andre.length, 1);
  });

  it('greets when only the conversationUpdate adding the bot arrives', async () => {
    const [svar] = await h.bruker(DEMO.vaktmester).leggTilBot();
    assert.deepEqual(knapper(svar?.kort), ['vis_skjema']);
  });

  it('greets the same way on "hei" and "hjelp"', async () => {
    const u = h.bruker(DEMO.laerer);
    for (const ord of ['hei', 'Hjelp!']) {
      const [svar] = await u.skriv(ord);
      assert.deepEqual(knapper(svar?.kort), ['vis_skjema'], ord);
    }
  });

  it('stores where the person can be reached on install and on every message', async () => {
    const u = h.bruker(DEMO.laerer);
    await u.installer();
    const stored = await h.app.samtaler.get(DEMO.laerer);
    assert.deepEqual(
      { teamsId: stored?.teamsId, conversationId: stored?.conversationId, serviceUrl: stored?.serviceUrl, botId: stored?.botId, tenantId: stored?.tenantId },
      { teamsId: u.teamsId, conversationId: u.conversationId, serviceUrl: h.connector.url, botId: BOT_ID, tenantId: DEMO.tenantId },
    );
    // A new chat (e.g. after reinstalling) replaces the old one.
    await h.bruker(DEMO.laerer, { conversationId: 'a:personlig-ny' }).skriv('hei');
    assert.equal((await h.app.samtaler.get(DEMO.laerer))?.conversationId, 'a:personlig-ny');
  });

  it('stores nothing for someone the organisation does not know, or for a known object id from another tenant', async () => {
    await h.bruker(DEMO.ukjent).installer();
    await h.bruker(DEMO.ukjent).skriv('hei');
    const fremmed = h.bruker(DEMO.rektor, { conversationId: 'a:fremmed-tenant' });
    const annenTenant = '11111111-1111-4111-8111-111111111111';
    await h.post(fremmed.aktivitet('message', { text: 'hei', conversation: { id: 'a:fremmed-tenant', conversationType: 'personal', tenantId: annenTenant }, channelData: { tenant: { id: annenTenant } } }));
    assert.equal(await h.app.samtaler.get(DEMO.ukjent), undefined);
    assert.equal(await h.app.samtaler.get(DEMO.rektor), undefined);
    const stored: unknown[] = [];
    for await (const item of h.app.store.query('samtaler', { where: [{ column: 'Oid', op: 'ne', value: '' }] })) stored.push(item);
    assert.deepEqual(stored, []);
  });

  for (const ord of ['varsel', 'meld fra', 'ny']) {
    it(`opens the form on "${ord}", with the person's school preselected`, async () => {
      const [svar] = await h.bruker(DEMO.vaktmester).skriv(ord);
      const skole = skjemaFelt(svar!.kort!).find((f) => f.id === 'skoleId');
      assert.equal(skole?.value, DEMO.skole);
      assert.deepEqual(knapper(svar!.kort), ['send_varsel']);
    });
  }

  it('asks a person who works at two schools to choose', async () => {
    const [svar] = await h.bruker('00000000-0000-4000-8000-000000000301').skriv('varsel');
    assert.equal(skjemaFelt(svar!.kort!).find((f) => f.id === 'skoleId')?.value, '');
  });

  it('requires only the pupil, what happened and whether it comes from staff', async () => {
    const [svar] = await h.bruker(DEMO.vaktmester).skriv('varsel');
    const paakrevd = skjemaFelt(svar!.kort!).filter((f) => f.isRequired).map((f) => f.id);
    assert.deepEqual(paakrevd.sort(), ['beskrivelse', 'elevNavn', 'kommerFra', 'skoleId']);
  });

  it('opens the form from the greeting button', async () => {
    const svar = await h.bruker(DEMO.vaktmester).klikk('vis_skjema', {});
    assert.deepEqual(knapper(svar.kort), ['send_varsel']);
  });

  it('answers other text with a short help', async () => {
    const [svar] = await h.bruker(DEMO.laerer).skriv('hva er klokka');
    assert.equal(svar?.kort, undefined);
    assert.match(String(svar?.aktivitet?.text), /Skriv «varsel»/);
  });

  it('gives someone the organisation places at no school the form, with no school chosen (tests/bot/utenSkole.test.ts)', async () => {
    const [svar] = await h.bruker(DEMO.ukjent).skriv('varsel');
    assert.deepEqual(knapper(svar!.kort), ['send_varsel']);
    assert.equal(skjemaFelt(svar!.kort!).find((f) => f.id === 'skoleId')?.value, '');
  });

  it('works in personal chats only, and stores nothing from a group chat', async () => {
    const u = h.bruker(DEMO.laerer);
    const gruppe = u.aktivitet('message', { text: 'varsel', conversation: { id: '19:gruppe', conversationType: 'groupChat', tenantId: DEMO.tenantId } });
    h.connector.kjentSamtale('19:gruppe', DEMO.laerer);
    await h.post(gruppe);
    const svar = h.connector.opptak.filter((o) => o.samtaleId === '19:gruppe');
    assert.match(String(svar[0]?.aktivitet?.text), /personlig chat/);
    assert.equal(await h.app.samtaler.get(DEMO.laerer), undefined);
  });

  it('answers a click without an Entra identity with an error card, never an empty response', async () => {
    const u = h.bruker(DEMO.laerer);
    const { status, body } = await h.post(u.aktivitet('invoke', { name: 'adaptiveCard/action', from: { id: '29:x' }, value: { action: { type: 'Action.Execute', verb: 'vis_skjema', data: {} } } }));
    assert.equal(status, 200);
    assert.match(cardText((body as { value: unknown }).value), /kunne ikke se hvem du er/);
  });
});
