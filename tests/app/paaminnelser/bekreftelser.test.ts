/**
 * Bekreftelse reminders as staff and rektor get them: the whole app (sweep, outbox, botbuilder to
 * the connector stand-in), a clock the test moves. Staff who have not confirmed «jeg er kjent med
 * pliktene» get a card to confirm in, weekly; rektor gets the week's summary with the tab's numbers.
 */
import { strict as assert } from 'node:assert';
import { getBekreftelser } from '../../../src/app/views/bekreftelser';
import { getPlikter } from '../../../src/app/views/plikter';
import { plikter } from '../../../src/i18n/plikter';
import { KjenteKrav, sweep } from '../../../src/app/paaminnelser/sweep';
import { DEMO, aktor, demoOrg } from '../../support/appKontekst';
import { BotHarness, cardText, knapper } from '../../support/botHarness';

/** Oslo wall-clock time in winter. */
const vinter = (dato: string, klokka = '10:00') => `${dato}T${klokka}:00+01:00`;

const isPlikterCard = (k: Record<string, unknown>) => knapper(k).includes('bekreft_plikter');
const erOversikt = (k: Record<string, unknown>) => /^Bekreftelser ved /m.test(cardText(k));

/** Everyone who works at a school in the demo organisation. */
const ANSATTE = [...new Set(demoOrg().skoler.flatMap((s) => s.ansatte.map((p) => p.oid)))];

describe('bekreftelse reminders', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  const sweepKl = async (tid: string) => {
    h.settTid(tid);
    const r = await h.app.sweep.runOnce();
    await h.leverAlt();
    return r;
  };
  const plikterCardsTo = (oid: string) => h.connector.cardsTo(oid).filter(isPlikterCard);

  it('asks everyone who has not confirmed, once a week, with a card that confirms in place and then shows it is done', async () => {
    // Tuesday 24 November 2026: this week's round (from Saturday the 21st) is due in working hours.
    assert.equal((await sweepKl(vinter('2026-11-24', '07:00'))).bekreftelser.sendt, 0, 'not before working hours');
    const r = await sweepKl(vinter('2026-11-24', '10:00'));
    for (const oid of ANSATTE) assert.equal(plikterCardsTo(oid).length, 1, `one card to ${oid}`);
    const card = plikterCardsTo(DEMO.vaktmester)[0]!;
    assert.match(cardText(card), new RegExp(plikter.tittel));
    assert.match(cardText(card), /Påminnelse: du har ikke bekreftet at du er kjent med pliktene for skoleåret 2026-2027/);
    for (const d of plikter.delplikter) assert.ok(cardText(card).includes(d.navn), d.navn);
    assert.ok(r.bekreftelser.sendt >= ANSATTE.length);

    // Confirming in the card: the tab's use case stores it, and the card becomes «done» without buttons.
    const vaktmester = h.bruker(DEMO.vaktmester);
    const svar = await vaktmester.klikkKnapp(card, 'bekreft_plikter');
    assert.deepEqual(knapper(svar.kort), []);
    assert.match(cardText(svar.kort), /Du bekreftet 24\.11\.2026 kl\. 10:00 at du er kjent med pliktene for skoleåret 2026-2027/);
    const mine = await getPlikter(h.ktx, aktor(DEMO.vaktmester));
    assert.ok(mine.ok && mine.verdi.bekreftelse, 'Mine plikter shows the confirmation');
    // A double click (or Teams retrying) stores one confirmation and still shows the first time.
    h.settTid(vinter('2026-11-24', '10:05'));
    const igjen = await vaktmester.klikkKnapp(card, 'bekreft_plikter');
    assert.match(cardText(igjen.kort), /Du bekreftet 24\.11\.2026 kl\. 10:00/);
    let stored = 0;
    for await (const _ of h.app.store.query('bekreftelser', { where: [{ column: 'Oid', op: 'eq', value: DEMO.vaktmester }] })) stored++;
    assert.equal(stored, demoOrg().skoler.filter((s) => s.ansatte.some((p) => p.oid === DEMO.vaktmester)).length, 'one per school');
    // Teams refreshing the card later shows it done, too.
    const refresh = await vaktmester.klikk('vis_plikter', {});
    assert.deepEqual(knapper(refresh.kort), []);

    // The same day and the rest of the week: nothing more.
    const antall = () => ANSATTE.map((oid) => plikterCardsTo(oid).length);
    const for_ = antall();
    await sweepKl(vinter('2026-11-24', '14:00'));
    await sweepKl(vinter('2026-11-27', '10:00'));
    assert.deepEqual(antall(), for_, 'once a week');
    // Saturday's round goes out on Monday — to everyone but the one who confirmed.
    await sweepKl(vinter('2026-11-28', '10:00'));
    assert.deepEqual(antall(), for_, 'not on a Saturday');
    await sweepKl(vinter('2026-11-30', '10:00'));
    for (const oid of ANSATTE) assert.equal(plikterCardsTo(oid).length, oid === DEMO.vaktmester ? 1 : 2, oid);
  });

  it('gives rektor the week’s summary with the same numbers as the tab’s Bekreftelser page', async () => {
    h.settTid(vinter('2026-11-24', '09:00'));
    const forste = await h.bruker(DEMO.laerer).klikk('bekreft_plikter', { versjon: plikter.versjon });
    assert.deepEqual(knapper(forste.kort), [], 'confirmed before the round');
    await sweepKl(vinter('2026-11-24', '10:00'));
    assert.equal(plikterCardsTo(DEMO.laerer).length, 0, 'who has confirmed gets no reminder');

    const side = await getBekreftelser(h.ktx, aktor(DEMO.rektor));
    assert.ok(side.ok);
    const skole = side.verdi.skoler.find((s) => s.skoleId === DEMO.skole)!;
    const oversikter = h.connector.cardsTo(DEMO.rektor).filter(erOversikt);
    assert.equal(oversikter.length, 1);
    const tekst = cardText(oversikter[0]!);
    assert.ok(tekst.includes(`${skole.bekreftet} av ${skole.ansatte} ansatte har bekreftet`), tekst);
    assert.ok(tekst.includes(`Disse ${skole.ikkeBekreftet.length} har ikke bekreftet`), tekst);
    for (const p of skole.ikkeBekreftet) assert.ok(tekst.includes(p.navn), p.navn);
    assert.ok(!tekst.includes(demoOrg().skoler[0]!.ansatte.find((p) => p.oid === DEMO.laerer)!.navn), 'who confirmed is not listed');
    assert.deepEqual(knapper(oversikter[0]), []);

    // Another rektor gets their own school's summary only, once.
    await sweepKl(vinter('2026-11-25', '10:00'));
    assert.equal(h.connector.cardsTo(DEMO.rektor).filter(erOversikt).length, 1, 'weekly');
    for (const k of h.connector.cardsTo(DEMO.annenRektor).filter(erOversikt)) assert.doesNotMatch(cardText(k), new RegExp(skole.navn));
  });

  it('does not send a card queued before the person confirmed', async () => {
    h.settTid(vinter('2026-11-24', '10:00'));
    // Claimed and queued, not yet delivered: the sweep itself, without the runner's kick (which delivers the whole round at once).
    await sweep(h.app.ktx, new KjenteKrav());
    await h.bruker(DEMO.vaktmester).klikk('bekreft_plikter', { versjon: plikter.versjon });
    await h.leverAlt();
    assert.equal(plikterCardsTo(DEMO.vaktmester).length, 0);
    assert.ok(plikterCardsTo(DEMO.laerer2).length === 1);
  });
});

describe('rektor’s «Send påminnelse» (tab API)', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  const sendPaaminnelse = async (oid: string, skoleId: string = DEMO.skole) => {
    const res = await fetch(`${h.url}/api/bekreftelser/${encodeURIComponent(skoleId)}/paminnelse`, { method: 'POST', headers: { 'x-skolemiljo-person': oid } });
    return { status: res.status, body: (await res.json()) as { sendt?: boolean; antall?: number; melding?: string; title?: string } };
  };
  const plikterCardsTo = (oid: string) => h.connector.cardsTo(oid).filter(isPlikterCard);

  it('sends a card to each of the school’s staff who have not confirmed, once a day, and says when it went', async () => {
    // Sunday: no weekly round goes out, so every card here is rektor's.
    h.settTid(vinter('2026-11-29', '12:00'));
    await h.bruker(DEMO.laerer).klikk('bekreft_plikter', { versjon: plikter.versjon });
    const side = await getBekreftelser(h.ktx, aktor(DEMO.rektor));
    assert.ok(side.ok);
    const mangler = side.verdi.skoler.find((s) => s.skoleId === DEMO.skole)!.ikkeBekreftet;

    const forste = await sendPaaminnelse(DEMO.rektor);
    assert.equal(forste.status, 200);
    assert.deepEqual([forste.body.sendt, forste.body.antall], [true, mangler.length]);
    assert.match(forste.body.melding!, new RegExp(`sendt til ${mangler.length} ansatte`));
    await h.leverAlt();
    const rektorNavn = demoOrg().skoler[0]!.ansatte.find((p) => p.oid === DEMO.rektor)!.navn;
    for (const p of mangler) {
      const card = plikterCardsTo(p.oid);
      assert.equal(card.length, 1, p.navn);
      assert.ok(cardText(card[0]).includes(`${rektorNavn} ber deg bekrefte at du er kjent med pliktene for skoleåret 2026-2027`));
    }
    assert.equal(plikterCardsTo(DEMO.laerer).length, 0, 'who has confirmed gets nothing');
    assert.equal(plikterCardsTo(DEMO.annenRektor).length, 0, 'another school’s staff get nothing');

    // The same day, a second click (by rektor or a delegate) sends nothing and says when it went.
    h.settTid(vinter('2026-11-29', '14:00'));
    for (const oid of [DEMO.rektor, DEMO.inspektor]) {
      const igjen = await sendPaaminnelse(oid);
      assert.equal(igjen.status, 200);
      assert.equal(igjen.body.sendt, false);
      assert.ok(igjen.body.melding!.includes(`allerede sendt 29.11.2026 kl. 12:00 av ${rektorNavn}, til ${mangler.length} ansatte`), igjen.body.melding);
    }
    await h.leverAlt();
    for (const p of mangler) assert.equal(plikterCardsTo(p.oid).length, 1, `${p.navn}: once a day`);
  });

  it('is for rektor and rektor’s delegates of that school only', async () => {
    h.settTid(vinter('2026-11-29', '12:00'));
    for (const oid of [DEMO.laerer, DEMO.vaktmester, DEMO.annenRektor, DEMO.kommunalsjef, DEMO.administrator]) {
      const svar = await sendPaaminnelse(oid);
      assert.equal(svar.status, 403, oid);
      assert.match(svar.body.title!, /ikke tilgang/);
    }
    assert.equal((await sendPaaminnelse(DEMO.rektor, 'finnes-ikke')).status, 403);
    assert.equal((await sendPaaminnelse(DEMO.ukjent)).status, 403);
    await h.leverAlt();
    assert.deepEqual(h.connector.allCards().filter((k) => isPlikterCard(k.kort)), [], 'nothing was sent');
  });
});
