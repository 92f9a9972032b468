/**
 * The evaluation reminder as its owner gets it: the evaluation's fields in the card, recorded there
 * through the plan's own use case. The whole app (sweep, outbox, botbuilder to the connector
 * stand-in), a clock the test moves.
 */
import { strict as assert } from 'node:assert';
import { registrerEvaluering } from '../../../src/app/plan/registrerEvaluering';
import { visPlan } from '../../../src/app/plan/visPlan';
import { DEMO, aktor, demoOrg } from '../../support/appKontekst';
import { BotHarness, cardText, knapper } from '../../support/botHarness';
import { SAKSANSVARLIG, evaluering, sakMedAktivPlan } from '../../support/saksgang';

const vinter = (dato: string, klokka = '10:00') => `${dato}T${klokka}:00+01:00`;
const navn = (oid: string) => demoOrg().skoler.flatMap((s) => s.ansatte).concat(demoOrg().kommune.kommunalsjefer).find((p) => p.oid === oid)!.navn;
const isEvalueringCard = (k: Record<string, unknown>) => knapper(k).includes('registrer_evaluering');

describe('the evaluation reminder card', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  const sweepKl = async (tid: string) => {
    h.settTid(tid);
    await h.app.sweep.runOnce();
    await h.leverAlt();
  };
  const skjemaTil = (oid: string) => h.connector.cardsTo(oid).filter(isEvalueringCard);
  const evalueringer = async (sakId: string, oid: string) => {
    const plan = await visPlan(h.ktx, aktor(oid), sakId);
    assert.ok(plan.ok);
    return plan.verdi.evalueringer;
  };

  it('records the evaluation in the card, shows field errors in Norwegian without losing input, and ends as a «done» card', async () => {
    const sakId = await sakMedAktivPlan(h.ktx); // Monday 23 November 2026; evaluated 14 December
    const eier = SAKSANSVARLIG.nei;
    await h.leverAlt();
    await sweepKl(vinter('2026-12-14', '09:00'));
    const [card, ...flere] = skjemaTil(eier);
    assert.ok(card && flere.length === 0, 'one evaluation card to the owner');
    assert.match(cardText(card), /skal evalueres i dag \(14\.12\.2026\)/);
    assert.match(cardText(card), /Voksen ved klatrestativet/, 'the tiltak in force, to assess');
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.laerer]) assert.equal(skjemaTil(oid).length, 0, oid);
    const planlenke = `{"type":"Action.OpenUrl","title":"Åpne planen i fanen","url":"${h.url}/#/sak/${sakId}/plan"}`;
    assert.ok(JSON.stringify(card).includes(planlenke), 'the card opens the plan in the tab');
    // Every tiltak's assessment is required by the use case, so the form marks it required (issue 26).
    assert.ok(JSON.stringify(card).includes('"id":"vurdering_0","label":"Tiltak 1: Voksen ved klatrestativet i alle friminutt","isRequired":true'));

    const person = h.bruker(eier);
    // Bad input: the pupil's experience and who took part are missing, the next date is before the evaluation.
    const feil = await person.klikkKnapp(card, 'registrer_evaluering', {
      dato: '2026-12-14',
      deltakere: '',
      vurdering_0: 'Eleven har hatt en voksen i nærheten hver dag.',
      elevensOpplevelse: '',
      utfall: 'gjenopprettet_tiltak_fortsetter',
      nesteEvalueringsdato: '2026-12-01',
    });
    const tekst = cardText(feil.kort);
    assert.match(tekst, /Evalueringen kan ikke lagres ennå/);
    assert.match(tekst, /Skriv hvem som deltok/);
    assert.match(tekst, /Skriv elevens egen opplevelse/);
    assert.match(tekst, /Svar på om eleven opplever skolemiljøet som trygt og godt/);
    assert.match(tekst, /Neste evaluering må ligge etter denne/);
    assert.match(tekst, /Eleven har hatt en voksen i nærheten hver dag\./, 'what was typed is kept');
    assert.deepEqual(knapper(feil.kort), ['registrer_evaluering']);
    assert.ok(JSON.stringify(feil.kort).includes(planlenke), 'the refused card still opens the plan');
    assert.deepEqual(await evalueringer(sakId, eier), [], 'nothing recorded');

    h.settTid(vinter('2026-12-14', '11:30'));
    const input = {
      dato: '2026-12-14',
      deltakere: 'Eleven, mor og kontaktlærer',
      vurdering_0: 'Eleven har hatt en voksen i nærheten hver dag.',
      elevensOpplevelse: '«Det er bedre nå, men jeg vil fortsatt ha en voksen ute.»',
      elevensSvar: 'delvis',
      utfall: 'gjenopprettet_tiltak_fortsetter',
      nesteEvalueringsdato: '2027-01-11',
    };
    const ferdig = await person.klikkKnapp(feil.kort, 'registrer_evaluering', input);
    assert.deepEqual(knapper(ferdig.kort), [], 'a done card has no buttons');
    assert.ok(!JSON.stringify(ferdig.kort).includes('Action.OpenUrl'), 'nor links');
    const ferdigTekst = cardText(ferdig.kort);
    assert.match(ferdigTekst, /Evalueringen er registrert/);
    assert.ok(ferdigTekst.includes(`Registrert av ${navn(eier)} 14.12.2026 kl. 11:30.`), ferdigTekst);
    assert.match(ferdigTekst, /Trygt og godt, men noen tiltak fortsetter/);
    assert.match(ferdigTekst, /11\.01\.2027/);
    const stored = await evalueringer(sakId, eier);
    assert.equal(stored.length, 1);
    assert.deepEqual([stored[0]!.utfall, stored[0]!.elevensOpplevelse, stored[0]!.nesteEvalueringsdato], [input.utfall, input.elevensOpplevelse, input.nesteEvalueringsdato]);
    assert.deepEqual(stored[0]!.elevensSvar, { svar: 'delvis', tekst: 'Delvis' });

    // A double submit (or Teams retrying) is one evaluation, and shows the same truth.
    h.settTid(vinter('2026-12-14', '11:31'));
    const igjen = await person.klikkKnapp(card, 'registrer_evaluering', input);
    assert.deepEqual(knapper(igjen.kort), []);
    assert.ok(cardText(igjen.kort).includes(`Registrert av ${navn(eier)} 14.12.2026 kl. 11:30.`));
    assert.equal((await evalueringer(sakId, eier)).length, 1);
    // Teams refreshing the card shows it done; the old date is not reminded again.
    assert.deepEqual(knapper((await person.klikk('vis_evaluering', { sakId, evalueringsdato: '2026-12-14' })).kort), []);
    await sweepKl(vinter('2026-12-15', '09:00'));
    assert.equal(skjemaTil(eier).length, 1, 'no reminder for a recorded evaluation');
  });

  it('refuses outcome 1 on the card while the pupil answers «nei», and then asks for rektor’s reason at its own input', async () => {
    const sakId = await sakMedAktivPlan(h.ktx);
    await sweepKl(vinter('2026-12-14', '09:00'));
    const card = skjemaTil(SAKSANSVARLIG.nei)[0]!;
    const input = { dato: '2026-12-14', deltakere: 'Eleven og kontaktlærer', vurdering_0: 'Voksen har vært der.', elevensOpplevelse: '«Like ille.»', elevensSvar: 'nei', utfall: 'gjenopprettet' };
    const nektet = await h.bruker(SAKSANSVARLIG.nei).klikkKnapp(card, 'registrer_evaluering', input);
    const tekst = cardText(nektet.kort);
    assert.match(tekst, /Eleven har svart «nei» på om skolemiljøet er trygt og godt\. Da kan ikke evalueringen konkludere med at det er gjenopprettet/);
    assert.ok(JSON.stringify(nektet.kort).includes('"id":"begrunnelseMotEleven"'), 'the reason’s input is offered');
    assert.deepEqual(knapper(nektet.kort), ['registrer_evaluering']);
    const saksansvarlig = await h.bruker(SAKSANSVARLIG.nei).klikkKnapp(nektet.kort, 'registrer_evaluering', { ...input, begrunnelseMotEleven: 'Mobbingen har stoppet etter tiltakene i klassen.' });
    assert.match(cardText(saksansvarlig.kort), /Bare rektor/);
    assert.deepEqual(await evalueringer(sakId, DEMO.rektor), [], 'nothing recorded');
  });

  it('tells the truth on a card whose evaluation someone else recorded in the tab', async () => {
    const sakId = await sakMedAktivPlan(h.ktx);
    await sweepKl(vinter('2026-12-14', '09:00'));
    const card = skjemaTil(SAKSANSVARLIG.nei)[0]!;
    // Rektor records it (as the tab does) first.
    h.settTid(vinter('2026-12-14', '10:15'));
    const r = await registrerEvaluering(h.ktx, aktor(DEMO.rektor), sakId, await evaluering(h.ktx, sakId, DEMO.rektor, 'gjenopprettet'));
    assert.ok(r.ok, JSON.stringify(r));
    const svar = await h.bruker(SAKSANSVARLIG.nei).klikkKnapp(card, 'registrer_evaluering', { dato: '2026-12-14', deltakere: 'x', vurdering_0: 'y', elevensOpplevelse: 'z', elevensSvar: 'ja', utfall: 'gjenopprettet' });
    assert.deepEqual(knapper(svar.kort), []);
    assert.ok(cardText(svar.kort).includes(`Registrert av ${navn(DEMO.rektor)} 14.12.2026 kl. 10:15.`));
    assert.match(cardText(svar.kort), /Planen avsluttes/);
    assert.equal((await evalueringer(sakId, DEMO.rektor)).length, 1, 'not recorded twice');
  });

  it('of a case about the school’s leadership goes only to its owner, the kommunalsjef — never to the school’s leadership', async () => {
    const sakId = await sakMedAktivPlan(h.ktx, 'ledelse');
    for (const dag of ['2026-12-09', '2026-12-14', '2026-12-21']) await sweepKl(vinter(dag, '09:00'));
    assert.ok(skjemaTil(DEMO.kommunalsjef).length >= 3, 'three before, on the day, and overdue');
    const skolen = demoOrg().skoler.find((s) => s.id === DEMO.skole)!;
    for (const oid of new Set([...skolen.ledelse, ...skolen.varselmottakere, skolen.rektor!])) {
      assert.equal(skjemaTil(oid).length, 0, oid);
      for (const k of h.connector.cardsTo(oid)) assert.ok(!JSON.stringify(k).includes(sakId), `${oid} got a card about the case`);
    }
    // The card's button does nothing for someone in the school's leadership, even with the case id.
    const forsok = await h.bruker(DEMO.rektor).klikk('registrer_evaluering', { sakId, evalueringsdato: '2026-12-14', dato: '2026-12-14', deltakere: 'x', vurdering_0: 'y', elevensOpplevelse: 'z', utfall: 'gjenopprettet' });
    assert.deepEqual(knapper(forsok.kort).filter((v) => v === 'registrer_evaluering'), []);
    assert.equal((await evalueringer(sakId, DEMO.kommunalsjef)).length, 0);
  });
});
