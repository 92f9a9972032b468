/**
 * Someone the organisation places at no school (a vikar, a new hire, someone Entra puts in no
 * school's group) reports from the chat: the card asks which school, and the varsel is routed by that
 * school's rules — through real botbuilder and the connector stand-in.
 */
import { strict as assert } from 'node:assert';
import { botTekster } from '../../src/i18n/cards';
import { DEMO, varselSkjema } from '../support/appKontekst';
import { BotHarness, knapper, cardText } from '../support/botHarness';
import { sakIdPaa } from './hjelpere';

const VIKAR = '00000000-0000-4000-8000-0000000007a1';
type Element = Record<string, unknown>;
const skolefelt = (card: Element) => (card.body as Element[]).find((e) => e.id === 'skoleId') as { value?: string; choices: { value: string }[]; isRequired?: boolean };

describe('bot: a person in no school reports a varsel', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  /** The vikar as Teams sends them: their Entra id and the name Teams shows. */
  const vikar = () => {
    const u = h.bruker(VIKAR);
    const fra = { from: { id: u.teamsId, name: 'Vera Vikar', aadObjectId: VIKAR } };
    return {
      u,
      skriv: async (tekst: string) => {
        await h.post(u.aktivitet('message', { text: tekst, textFormat: 'plain', ...fra }));
        return h.connector.opptak.filter((o) => o.samtaleId === u.conversationId && o.kort).map((o) => o.kort!);
      },
      send: (data: Record<string, unknown>) => u.klikk('send_varsel', data, { aktivitet: fra }),
    };
  };

  it('asks which school, from every school of the municipality, with none chosen for them', async () => {
    const v = vikar();
    const [card] = await v.skriv('varsel');
    assert.ok(card, 'the form, not a refusal');
    assert.deepEqual(knapper(card), ['send_varsel']);
    const felt = skolefelt(card);
    assert.equal(felt.value, '');
    assert.equal(felt.isRequired, true);
    assert.deepEqual(felt.choices.map((c) => c.value).sort(), [DEMO.skole, DEMO.annenSkole].sort());
    assert.match(cardText(card), new RegExp(botTekster.skjema.skoleUtenSkole.slice(0, 40)));
  });

  it('sends the varsel to the chosen school’s receivers, names the reporter to them, and gives the reporter a receipt', async () => {
    const v = vikar();
    await v.skriv('varsel');
    const uten = await v.send({ skjemaId: 'vikar-skjema-01', ...varselSkjema({ skoleId: '' }) });
    assert.deepEqual(knapper(uten.kort), ['send_varsel'], 'no school: the same form again, nothing sent');
    assert.deepEqual(await h.sakIder(), []);

    const kvittering = await v.send({ skjemaId: 'vikar-skjema-01', ...varselSkjema({ skoleId: DEMO.annenSkole }) });
    assert.match(cardText(kvittering.kort), /Saksnummer/);
    assert.match(cardText(kvittering.kort), /Sendt til: \n?[^\n]+ \(rektor\)/);
    await h.outboxFerdig();

    const sakId = sakIdPaa(kvittering.kort);
    const { sak } = await h.sak(sakId);
    assert.equal(sak.skoleId, DEMO.annenSkole);
    assert.equal(sak.ruting.mottakere[0], DEMO.annenRektor, 'routed by Fjordsiden’s list, rektor first');
    const rektorsCards = h.connector.cardsTo(DEMO.annenRektor);
    assert.equal(rektorsCards.length, 1);
    assert.equal(sakIdPaa(rektorsCards[0]!), sakId);
    assert.match(cardText(rektorsCards[0]), /Vera Vikar/, 'the receiver sees who reported');
    assert.equal(h.connector.cardsTo(DEMO.rektor).length, 0, 'nothing to the school the reporter did not choose');
  });

  it('routes a varsel about the chosen school’s leadership past it, to the kommunalsjef', async () => {
    const v = vikar();
    await v.skriv('varsel');
    const kvittering = await v.send({ skjemaId: 'vikar-skjema-02', ...varselSkjema({ skoleId: DEMO.annenSkole, kommerFra: 'ledelse' }) });
    await h.outboxFerdig();
    const { sak } = await h.sak(sakIdPaa(kvittering.kort));
    assert.deepEqual(sak.ruting.mottakere, [DEMO.kommunalsjef]);
    assert.equal(h.connector.cardsTo(DEMO.kommunalsjef).length, 1);
    assert.equal(h.connector.cardsTo(DEMO.annenRektor).length, 0);
  });

  it('still refuses a person from another tenant', async () => {
    const u = h.bruker(VIKAR, { conversationId: 'a:annen-tenant' });
    const annen = '11111111-1111-4111-8111-111111111111';
    await h.post(u.aktivitet('message', { text: 'varsel', conversation: { id: 'a:annen-tenant', conversationType: 'personal', tenantId: annen }, channelData: { tenant: { id: annen } } }));
    const card = h.connector.opptak.filter((o) => o.samtaleId === 'a:annen-tenant' && o.kort).map((o) => o.kort!);
    assert.equal(card.length, 1);
    assert.deepEqual(knapper(card[0]), [], 'an error card, no form');
  });
});
