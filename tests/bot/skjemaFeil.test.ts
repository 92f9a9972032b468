/** The case card's forms: required inputs marked, dates default to today, every problem at once under its input, a hidden step says why (issue 26). */
import { strict as assert } from 'node:assert';
import { DEMO } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { sendVarsel, lastCard } from './hjelpere';

type Node = Record<string, unknown>;

/** The card's elements in reading order (bodies of ShowCards included), flattened. */
function elementer(n: unknown, ut: Node[] = []): Node[] {
  if (Array.isArray(n)) n.forEach((x) => elementer(x, ut));
  else if (n && typeof n === 'object') {
    const o = n as Node;
    if (typeof o.type === 'string' && !o.type.startsWith('Action.') && o.type !== 'AdaptiveCard') ut.push(o);
    for (const [k, v] of Object.entries(o)) if (k !== 'refresh') elementer(v, ut);
  }
  return ut;
}

/** The text of the element right after the input with this id (where a problem is shown). */
function underInput(card: unknown, id: string): string {
  const alle = elementer(card);
  const i = alle.findIndex((e) => e.id === id);
  assert.ok(i >= 0, `no input ${id}`);
  return cardText(alle.slice(i + 1).find((e) => e.type !== 'TextRun' && !(typeof e.id === 'string' && e.id === id)));
}

describe('bot: the case card’s forms', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('marks required inputs, defaults dates to today, says why «Avslutt uten tiltak» is not there yet, and shows every problem of a submit at once under its input', async () => {
    await sendVarsel(h, DEMO.vaktmester);
    const rektor = h.bruker(DEMO.rektor);
    let card = (await rektor.klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot')).kort;
    card = (await rektor.klikkKnapp(card, 'start_undersokelse')).kort;
    assert.match(cardText(card), /«Avslutt uten tiltak» kommer her når dette er på plass: Elevens egen opplevelse må være loggført/);
    const notatDato = elementer(card).find((e) => e.id === 'loggDato');
    assert.equal(notatDato?.value, '2026-11-23', 'a note’s date is today unless changed');

    card = (await rektor.klikkKnapp(card, 'loggfor', { loggType: 'elevens_opplevelse', loggDato: '2026-11-23', loggTekst: '«Ingen vil være med meg.»', loggElevensSvar: 'ja' })).kort;
    assert.doesNotMatch(cardText(card), /kommer her når/);
    const felt = Object.fromEntries(elementer(card).filter((e) => typeof e.id === 'string').map((e) => [e.id as string, e]));
    assert.equal(felt.begrunnelse_avslutt_uten_tiltak?.isRequired, true);
    assert.equal(felt.informertElevHvordan_avslutt_uten_tiltak?.isRequired, true);
    assert.equal(felt.informertElevDato_avslutt_uten_tiltak?.value, '2026-11-23');
    assert.equal(felt.informertElevDato_avslutt_uten_tiltak?.max, '2026-11-23', 'no date in the future');

    const svar = await rektor.klikkKnapp(card, 'avslutt_uten_tiltak', { begrunnelse_avslutt_uten_tiltak: ' ', informertElevHvordan_avslutt_uten_tiltak: '' });
    assert.match(underInput(svar.kort, 'begrunnelse_avslutt_uten_tiltak'), /En begrunnelse må fylles ut/);
    assert.match(underInput(svar.kort, 'informertElevHvordan_avslutt_uten_tiltak'), /Skriv når og hvordan eleven og foreldrene er informert/);
    const forst = elementer(svar.kort).find((e) => e.type === 'Container' && e.style === 'attention');
    assert.equal(forst, undefined, 'no banner on top: each problem is under its input');
  });
});
