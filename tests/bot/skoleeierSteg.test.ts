/**
 * The kommunalsjef's escalation card lets her act (issue 26): «Be rektor følge opp» and «Ta over saken»,
 * through /api/messages with the connector stand-in. Each is one record however often it is clicked,
 * refused with a Norwegian reason where the law or the case does not allow it, and every held copy of
 * the case (her escalation card included) follows. Every card validates with the Adaptive Cards SDK.
 */
import { strict as assert } from 'node:assert';
import { DEMO } from '../support/appKontekst';
import { BotHarness, knapper, cardText } from '../support/botHarness';
import { sendVarsel } from './hjelpere';

const HEMMELIG = 'en-lang-delt-hemmelighet-for-tester';

describe('bot: the kommunalsjef acts from her escalation card', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start({ miljo: { JOBS_SECRET: HEMMELIG } })));
  afterEach(async () => {
    assert.deepEqual(h.invalidCards(), []);
    await h.stopp();
  });

  const sweep = async () => {
    const res = await fetch(`${h.url}/api/jobs/sweep`, { method: 'POST', headers: { authorization: `Bearer ${HEMMELIG}` } });
    assert.equal(res.status, 200);
    await h.leverAlt();
  };
  /** The escalation card in the kommunalsjef's chat: the last new message posted to her. */
  const eskaleringCard = () => {
    const post = h.connector.til(DEMO.kommunalsjef, 'melding').filter((o) => o.kort).at(-1)!;
    assert.match(cardText(post.kort), /Til skoleeier/);
    return { kort: post.kort!, kortId: post.aktivitetId! };
  };
  const data = (card: Record<string, unknown>) => (JSON.stringify(card).match(/"data":(\{"sakId":"[^"]+","versjon":"[^"]+"\})/)?.[1] ?? '{}');
  const historikk = async (sakId: string) => (await h.sak(sakId)).sak.historikk.map((x) => x.handling);

  it('«Be rektor følge opp»: rektor gets a card saying who asks, the history keeps who/when, a second click sends nothing more', async () => {
    const { sakId } = await sendVarsel(h, DEMO.laerer); // Monday 23.11.2026, not received
    h.settTid('2026-11-25T09:00:00Z');
    await sweep();
    const { kort: card, kortId: cardId } = eskaleringCard();
    assert.ok(knapper(card).includes('be_om_oppfolging') && knapper(card).includes('ta_over'), knapper(card).join(', '));

    const kommunalsjef = h.bruker(DEMO.kommunalsjef);
    const til = h.connector.til(DEMO.rektor, 'melding').length;
    h.settTid('2026-11-25T09:30:00Z');
    const svar = await kommunalsjef.klikk('be_om_oppfolging', JSON.parse(data(card)), { kortId: cardId });
    assert.match(cardText(svar.kort), /Hanne Solberg har fått beskjed om at du ber om oppfølging av saken/);
    await h.leverAlt();
    const nye = h.connector.til(DEMO.rektor, 'melding').slice(til);
    assert.equal(nye.length, 1, 'one new card to rektor');
    assert.match(cardText(nye[0]!.kort), /Ingrid Haugland \(kommunalsjef, skoleeier\) ba deg 25\.11\.2026 kl\. 10:30 om å følge opp denne saken/);
    assert.ok(knapper(nye[0]!.kort).includes('ta_imot'), 'rektor can act on it right there');
    const { sak } = await h.sak(sakId);
    const linje = sak.historikk.find((x) => x.handling === 'be_om_oppfolging')!;
    assert.deepEqual([linje.av, linje.til, linje.tid], [DEMO.kommunalsjef, DEMO.rektor, '2026-11-25T09:30:00.000Z']);

    // A double click: the same answer of what was done, no second record, no second card.
    const igjen = await kommunalsjef.klikk('be_om_oppfolging', JSON.parse(data(card)), { kortId: cardId });
    assert.match(cardText(igjen.kort), /Du ba rektor følge opp saken 25\.11\.2026 kl\. 10:30, og ingen har tatt noe nytt steg i saken siden/);
    await h.leverAlt();
    assert.equal((await historikk(sakId)).filter((x) => x === 'be_om_oppfolging').length, 1);
    assert.equal(h.connector.til(DEMO.rektor, 'melding').length, til + 1);

    // Rektor receives it: the request card she holds and the kommunalsjef's escalation card are updated to the truth.
    h.settTid('2026-11-25T10:00:00Z');
    await h.bruker(DEMO.rektor).klikk('ta_imot', { sakId }, { kortId: 'et-annet-kort' });
    await h.leverAlt();
    const sistePaa = (oid: string, aktivitetId: string) => h.connector.til(oid, 'oppdatering').filter((o) => o.aktivitetId === aktivitetId).at(-1);
    const eskalering = cardText(sistePaa(DEMO.kommunalsjef, cardId)?.kort);
    assert.match(eskalering, /Saken er tatt imot av Hanne Solberg 25\.11\.2026 kl\. 11:00\. Påminnelsen gjelder ikke lenger/);
    assert.doesNotMatch(eskalering, /ikke tatt imot av skolen innen fristen/);
    assert.match(cardText(sistePaa(DEMO.rektor, nye[0]!.aktivitetId!)?.kort), /ba deg 25\.11\.2026 kl\. 10:30 om å følge opp/);
  });

  it('«Ta over saken»: she becomes saksansvarlig and may receive and decide; once, however often clicked; rektor’s copies show it', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' }); // §12-5, straks
    h.settTid('2026-11-23T12:00:00Z');
    await sweep();
    const { kort: card, kortId: cardId } = eskaleringCard();
    const kommunalsjef = h.bruker(DEMO.kommunalsjef);
    assert.ok(!knapper(card).includes('ta_imot'), 'a reader does not decide before taking over');

    const svar = await kommunalsjef.klikk('ta_over', JSON.parse(data(card)), { kortId: cardId });
    assert.match(cardText(svar.kort), /Du har tatt over saken for skoleeier og er nå saksansvarlig/);
    assert.ok(knapper(svar.kort).includes('ta_imot'), knapper(svar.kort).join(', '));
    assert.ok(!knapper(svar.kort).includes('ta_over'), 'not offered again');
    const igjen = await kommunalsjef.klikk('ta_over', JSON.parse(data(card)), { kortId: cardId });
    assert.match(cardText(igjen.kort), /Du tok over saken 23\.11\.2026 kl\. 13:00/);
    await h.leverAlt();
    const { sak } = await h.sak(sakId);
    assert.equal(sak.historikk.filter((x) => x.handling === 'ta_over').length, 1);
    assert.deepEqual([sak.saksansvarlig, sak.overtattAvSkoleeier?.av], [DEMO.kommunalsjef, DEMO.kommunalsjef]);
    const rektorsKopi = h.connector.til(DEMO.rektor, 'oppdatering').at(-1);
    assert.match(cardText(rektorsKopi?.kort), /Tatt over av Ingrid Haugland \(skoleeier\) 23\.11\.2026 kl\. 13:00/);

    const mottatt = await kommunalsjef.klikk('ta_imot', { sakId });
    assert.doesNotMatch(cardText(mottatt.kort), /Du har ikke tilgang/);
    assert.equal((await h.sak(sakId)).sak.status, 'mottatt');
  });

  it('is refused with the reason where it is not allowed: rektor, a case about the leadership, someone who is no kommunalsjef', async () => {
    const ansatt = await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'ansatt' });
    const rektor = await h.bruker(DEMO.rektor).klikk('ta_over', { sakId: ansatt.sakId });
    assert.match(cardText(rektor.kort), /Bare kommunalsjefen kan be rektor følge opp eller ta over en sak for skoleeier/);

    const ledelse = await sendVarsel(h, DEMO.laerer, { kommerFra: 'ledelse' });
    await h.leverAlt();
    const hennes = h.connector.til(DEMO.kommunalsjef, 'melding').filter((o) => o.kort).at(-1)!;
    assert.ok(!knapper(hennes.kort).includes('be_om_oppfolging') && !knapper(hennes.kort).includes('ta_over'));
    const for_ = await historikk(ledelse.sakId);
    const svar = await h.bruker(DEMO.kommunalsjef).klikk('be_om_oppfolging', { sakId: ledelse.sakId });
    assert.match(cardText(svar.kort), /Saken gjelder skolens ledelse: den er allerede skoleeiers sak, og rektor skal ikke se den/);
    assert.deepEqual(await historikk(ledelse.sakId), for_, 'a refusal writes nothing');

    // Someone who is no kommunalsjef for schools does not learn that the case exists.
    const annen = await h.bruker(DEMO.kommunalsjefHelse).klikk('ta_over', { sakId: ansatt.sakId });
    assert.match(cardText(annen.kort), /Fant ikke saken/);
    assert.equal((await h.sak(ansatt.sakId)).sak.overtattAvSkoleeier, undefined);
  });
});
