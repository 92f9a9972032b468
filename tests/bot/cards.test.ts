/**
 * Every card the bot can send: valid for the official adaptivecards SDK (schema 1.5, Action.Execute
 * with a verb), under 80 KB with the longest inputs, and a person's text shown literally.
 */
import { strict as assert } from 'node:assert';
import { byggSakView, type SakView } from '../../src/app/sakView';
import type { Sak } from '../../src/domain/sak';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { routeVarsel } from '../../src/domain/routing';
import { feilCard } from '../../bot/cards/feilCard';
import { type Card, kapp, tidspunkt, utfor } from '../../bot/cards/felles';
import { plikterCard } from '../../bot/cards/plikterCard';
import { VERB_HANDLERE } from '../../bot/verbs';
import { plikter } from '../../src/i18n/plikter';
import { informasjonCard } from '../../bot/cards/informasjonCard';
import { kvitteringCard } from '../../bot/cards/kvittering';
import { sakCard } from '../../bot/cards/sakCard';
import { varselskjema } from '../../bot/cards/varselForm';
import { velkomstCard } from '../../bot/cards/velkomst';
import { DEMO, demoOrg } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { MAKS_BYTES, assertValidCard, cardProblems } from '../support/cardValidation';
import { sakIdPaa, lastCard } from './hjelpere';
import { INFORMERT } from '../support/saksgang';

/** Markdown, links, templating and HTML a person might type, on purpose or not. */
const FARLIG = '**fet** _kursiv_ [klikk her](https://example.invalid) ![bilde](x) <b>html</b> ${"$"}{$root.x} {{mal}} \\* \n- liste\n1. nr';
const lang = (maks: number, tegn = 'æ') => (FARLIG + tegn.repeat(maks)).slice(0, maks);
const org = demoOrg();

function maksSak(): Sak {
  const skole = org.skoler[0]!;
  const tid = '2026-11-23T09:00:00.000Z';
  return {
    id: '17',
    saksnummer: '2026-17',
    skoleId: skole.id,
    ruting: routeVarsel(org, skole, 'ansatt'),
    status: 'mottatt',
    varsel: {
      skjemaversjon: 2,
      skoleId: skole.id,
      elevNavn: lang(MAKS_LENGDE.elevNavn),
      elevKlasse: lang(MAKS_LENGDE.elevKlasse),
      beskrivelse: lang(MAKS_LENGDE.beskrivelse, '😀'),
      naar: { type: 'dato', dato: '2026-11-20' },
      sted: lang(MAKS_LENGDE.sted),
      involverte: lang(MAKS_LENGDE.involverte),
      kilde: 'foresatte',
      kommerFra: 'ansatt',
      grepInn: 'ja',
      grepInnHvordan: lang(MAKS_LENGDE.grepInnHvordan),
      elevInformert: false,
      ikkeInformertHvorfor: lang(MAKS_LENGDE.ikkeInformertHvorfor),
    },
    varsletAv: DEMO.vaktmester,
    opprettet: tid,
    saksansvarlig: DEMO.laerer,
    meldtSkoleeier: { av: DEMO.rektor, tid },
    historikk: Array.from({ length: 300 }, (_, i) => ({ nr: i + 1, handling: 'tildel' as const, av: DEMO.rektor, til: DEMO.laerer, tid, begrunnelse: lang(MAKS_LENGDE.begrunnelse) })),
    leveringer: skole.ansatte.map((p) => ({ oid: p.oid, rolle: 'mottaker' as const, status: 'levert' as const, tid })),
  };
}

function maksView(): SakView {
  const v = byggSakView(org, maksSak(), DEMO.rektor, 'full');
  // As many handlinger and choices as any case could offer, and a staff list far longer than the demo's.
  const mange = Array.from({ length: 400 }, (_, i) => ({ oid: `00000000-0000-4000-8000-${String(9000 + i).padStart(12, '0')}`, navn: lang(60), stilling: lang(60) }));
  return { ...v, handlinger: ['ta_imot', 'tildel', 'start_undersokelse', 'opprett_plan', 'avslutt_uten_tiltak', 'avslutt', 'meld_skoleeier', 'omklassifiser'], saksansvarligValg: mange, planId: 'p1', maaKlassifiseres: true, klassifiseringValg: ['nei', 'ansatt', 'ledelse'] };
}

const userIds = Array.from({ length: 80 }, (_, i) => `29:bruker-${i}`);
const allInput = {
  skoleId: DEMO.skole,
  elevNavn: lang(MAKS_LENGDE.elevNavn),
  elevKlasse: lang(MAKS_LENGDE.elevKlasse),
  beskrivelse: lang(MAKS_LENGDE.beskrivelse, '😀'),
  dato: '2026-11-20',
  sted: lang(MAKS_LENGDE.sted),
  involverte: lang(MAKS_LENGDE.involverte),
  kilde: 'eleven',
  kommerFra: 'ansatt',
  grepInn: 'ja',
  grepInnHvordan: lang(MAKS_LENGDE.grepInnHvordan),
  elevInformert: 'nei',
  ikkeInformertHvorfor: lang(MAKS_LENGDE.ikkeInformertHvorfor),
};
const alleFeil = Object.fromEntries(Object.keys(allInput).map((k) => [k, lang(200)]));

/** A school's whole staff as the form's «hvem?» list, names at their longest. */
const alleAnsatte = () => Array.from({ length: 300 }, (_, i) => ({ skoleId: DEMO.skole, oid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, navn: lang(100) }));

const CARDS: Record<string, () => Card> = {
  velkomst: () => velkomstCard(),
  varselskjema: () => varselskjema({ skoler: org.skoler.map((s) => ({ id: s.id, navn: s.navn })), valgtSkoleId: DEMO.skole, idag: '2026-11-23', ansatte: alleAnsatte() }, { skjemaId: 'x'.repeat(36) }),
  'varselskjema, tilbake med all input og alle feil': () =>
    varselskjema({ skoler: org.skoler, idag: '2026-11-23', ansatte: alleAnsatte() }, { skjemaId: 'x'.repeat(36), verdier: allInput, feil: { melding: lang(300), felt: alleFeil } }),
  kvittering: () => kvitteringCard(byggSakView(org, maksSak(), DEMO.vaktmester, 'varsler'), userIds),
  sakskort: () => sakCard(maksView(), { refreshFor: userIds, melding: lang(1000), feltFeil: { saksansvarlig: lang(300), begrunnelse: lang(300) }, verdier: { begrunnelse: lang(MAKS_LENGDE.begrunnelse) }, tildeltDeg: true }),
  informasjonskort: () => informasjonCard(byggSakView(org, maksSak(), DEMO.kommunalsjef, 'full'), userIds),
  feilkort: () => feilCard(lang(5000), { sakId: '17', nyttSkjema: true }),
  plikterkort: () => plikterCard({ type: 'plikter', versjon: plikter.versjon, skoleår: '2026/2027', melding: '' }, '29:bruker-1', { feil: lang(300) }),
};

/** Every verb the card can send: its actions, nested cards' actions and its refresh. */
function verb(node: unknown, ut: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => verb(n, ut));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute') ut.push(String(o.verb));
    Object.values(o).forEach((v) => verb(v, ut));
  }
  return ut;
}

/** Every TextBlock's text: markdown is processed there, so a person's text must never be one. */
function tekstblokker(node: unknown, ut: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => tekstblokker(n, ut));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock') ut.push(String(o.text));
    if (o.type === 'FactSet') ut.push(JSON.stringify(o.facts));
    Object.values(o).forEach((v) => tekstblokker(v, ut));
  }
  return ut;
}

describe('bot: cards', () => {
  for (const [navn, lag] of Object.entries(CARDS)) {
    it(`${navn}: valid Adaptive Card 1.5 with a verb on every action, under 80 KB with the longest inputs`, () => {
      const card = lag();
      assert.deepEqual(cardProblems(card), []);
      assert.ok(Buffer.byteLength(JSON.stringify(card)) < MAKS_BYTES);
    });

    it(`${navn}: every verb it can send has a handler`, () => {
      const verbene = verb(lag());
      assert.ok(verbene.length > 0);
      for (const v of verbene) assert.ok(Object.hasOwn(VERB_HANDLERE, v), `no handler for «${v}»`);
    });

    it(`${navn}: shows a person’s text literally, never where markdown is processed`, () => {
      const blokker = tekstblokker(lag()).join('\n');
      for (const bit of ['**fet**', '[klikk her]', '{{mal}}', '<b>html</b>']) assert.ok(!blokker.includes(bit), `«${bit}» in a TextBlock`);
    });
  }

  it('a card cannot send a verb no handler takes: the typecheck refuses it', () => {
    // @ts-expect-error «finnes_ikke» is not a Verb (bot/verbnavn.ts); tsc fails if this line ever typechecks.
    const knapp = utfor('Prøv', 'finnes_ikke', {});
    assert.equal(Object.hasOwn(VERB_HANDLERE, String(knapp.verb)), false);
  });

  it('the validator catches what Teams would refuse', () => {
    const card = velkomstCard();
    assert.deepEqual(cardProblems({ ...card, version: '1.4' }).length > 0, true);
    assert.ok(cardProblems({ ...card, actions: [{ type: 'Action.Submit', title: 'x' }] }).some((p) => /Action.Submit/.test(p)));
    assert.ok(cardProblems({ ...card, actions: [{ type: 'Action.Execute', title: 'x' }] }).some((p) => /verb/.test(p)));
    assert.ok(cardProblems({ ...card, body: [{ type: 'Uten.Slikt' }] }).some((p) => /parse/.test(p)));
    assert.ok(cardProblems({ ...card, body: [{ type: 'TextBlock', text: 'x'.repeat(MAKS_BYTES) }] }).some((p) => /byte/.test(p)));
    assert.throws(() => assertValidCard({ ...card, refresh: { action: { type: 'Action.Execute', verb: 'v' }, userIds } }), /60/);
  });

  it('shows the case card’s user text verbatim in TextRuns', () => {
    const card = CARDS.sakskort!();
    const tekst = cardText(card);
    assert.ok(tekst.includes(maksSak().varsel.elevNavn.slice(0, 40)));
    assert.ok(tekst.includes('[klikk her](https://example.invalid)'));
  });

  it('caps text by characters without splitting an emoji, and drops control characters', () => {
    assert.equal(kapp('a\u0000b\u0007c', 10), 'abc');
    assert.equal(kapp('😀😀😀', 2), '😀…');
    assert.equal(kapp('linje 1\nlinje 2', 100), 'linje 1\nlinje 2');
  });

  it('shows times in Europe/Oslo, summer and winter', () => {
    assert.equal(tidspunkt('2026-11-23T09:00:00Z'), '23.11.2026 kl. 10:00');
    assert.equal(tidspunkt('2026-06-15T22:30:00Z'), '16.06.2026 kl. 00:30');
  });

  it('offers only the actions the person may take', () => {
    const v = { ...maksView(), handlinger: ['start_undersokelse'] as SakView['handlinger'] };
    const verb = JSON.stringify(sakCard(v, { refreshFor: [] })).match(/"verb":"[a-z_]+"/g);
    assert.deepEqual(verb, ['"verb":"start_undersokelse"', '"verb":"loggfor"', '"verb":"vis_sak"']);
  });

  describe('through the bot, with the longest inputs', () => {
    let h: BotHarness;
    before(async () => (h = await BotHarness.start()));
    after(async () => h.stopp());

    it('sends only valid cards under 80 KB, from the form to a closed case, and shows the text as typed', async () => {
      const varsler = h.bruker(DEMO.vaktmester);
      await varsler.skriv('hei');
      await varsler.skriv('varsel');
      await varsler.klikk('send_varsel', { skjemaId: 'lang-skjema-1', ...allInput, elevNavn: '', dato: '3000-01-01' });
      const kvittering = await varsler.klikk('send_varsel', { skjemaId: 'lang-skjema-1', ...allInput });
      await h.leverAlt();
      const rektor = h.bruker(DEMO.rektor);
      let card = (await rektor.klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot', { saksansvarlig: DEMO.laerer })).kort;
      card = (await rektor.klikkKnapp(card, 'start_undersokelse')).kort;
      const opplevelse = { loggType: 'elevens_opplevelse', loggDato: h.naa().toISOString().slice(0, 10), loggDeltakere: lang(500), loggTekst: lang(4000), loggElevensSvar: 'ja' };
      card = (await rektor.klikkKnapp(card, 'loggfor', opplevelse)).kort;
      await rektor.klikkKnapp(card, 'avslutt_uten_tiltak', { begrunnelse: lang(MAKS_LENGDE.begrunnelse), ...INFORMERT, informertElevHvordan: lang(MAKS_LENGDE.begrunnelse), informertForesatt1Hvordan: lang(MAKS_LENGDE.begrunnelse) });
      await h.leverAlt();
      await varsler.klikk('vis_sak', { sakId: sakIdPaa(kvittering.kort), kort: 'kvittering' });

      assert.deepEqual(h.invalidCards(), []);
      assert.ok(h.connector.allCards().length + h.svarKort.length >= 12, 'the flow sent the cards it should');
      assert.ok(cardText(h.connector.cardsTo(DEMO.rektor)[0]).includes(allInput.elevNavn));
    });
  });
});
