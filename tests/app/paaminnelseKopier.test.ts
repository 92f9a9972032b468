/**
 * Reminder cards are tracked copies of the case (issue 26): when what a reminder asked for is done —
 * here the evaluation recorded in the tab — the card the person holds is updated to say so, by whom
 * and when, instead of still asking for it. The whole app (sweep, outbox, botbuilder to the connector
 * stand-in), a clock the test moves; every card validated with the Adaptive Cards SDK.
 */
import { strict as assert } from 'node:assert';
import { registrerEvaluering } from '../../src/app/plan/registrerEvaluering';
import { aktor, demoOrg } from '../support/appKontekst';
import { BotHarness, knapper, cardText } from '../support/botHarness';
import { SAKSANSVARLIG, evaluering, sakMedAktivPlan } from '../support/saksgang';

const vinter = (dato: string, klokka = '10:00') => `${dato}T${klokka}:00+01:00`;
const navn = (oid: string) => demoOrg().skoler.flatMap((s) => s.ansatte).find((p) => p.oid === oid)!.navn;

describe('a reminder card someone holds follows the case', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => {
    assert.deepEqual(h.invalidCards(), []);
    await h.stopp();
  });

  it('the evaluation reminder becomes «Evalueringen er registrert av … 14.12.2026» once it is recorded in the tab', async () => {
    const sakId = await sakMedAktivPlan(h.ktx); // evaluated 14 December
    const eier = SAKSANSVARLIG.nei;
    await h.leverAlt();
    h.settTid(vinter('2026-12-14', '09:00'));
    await h.app.sweep.runOnce();
    await h.leverAlt();
    const post = h.connector.til(eier, 'melding').filter((o) => o.kort && knapper(o.kort).includes('registrer_evaluering')).at(-1);
    assert.ok(post?.aktivitetId, 'the owner holds the evaluation reminder');
    const kopi = (await h.sak(sakId)).sak.leveringer.find((l) => l.activityId === post.aktivitetId);
    assert.deepEqual([kopi?.oid, kopi?.rolle, kopi?.grunn?.type], [eier, 'paminnelse', 'evaluering_i_dag'], 'kept on the case as a copy');

    h.settTid(vinter('2026-12-14', '11:00'));
    const r = await registrerEvaluering(h.ktx, aktor(eier), sakId, await evaluering(h.ktx, sakId, eier, 'gjenopprettet_tiltak_fortsetter', '2027-01-11'));
    assert.ok(r.ok, JSON.stringify(r));
    await h.leverAlt();
    const oppdatert = h.connector.til(eier, 'oppdatering').filter((o) => o.aktivitetId === post.aktivitetId).at(-1);
    assert.ok(oppdatert, 'the held reminder is updated (the connector recorded a PUT on it)');
    const tekst = cardText(oppdatert.kort);
    assert.match(tekst, new RegExp(`Evalueringen er registrert av ${navn(eier)} 14\\.12\\.2026\\. Påminnelsen gjelder ikke lenger`));
    assert.doesNotMatch(tekst, /skal evalueres i dag/);
    assert.ok(!knapper(oppdatert.kort).includes('registrer_evaluering'), 'no form asking for what is done');
  });

  it('follows only the newest of a daily reminder, so an overdue evaluation does not add a copy a day', async () => {
    const sakId = await sakMedAktivPlan(h.ktx);
    const eier = SAKSANSVARLIG.nei;
    await h.leverAlt();
    for (const dag of ['2026-12-15', '2026-12-16', '2026-12-17']) {
      h.settTid(vinter(dag, '09:00'));
      await h.app.sweep.runOnce();
      await h.leverAlt();
    }
    const forfalt = (await h.sak(sakId)).sak.leveringer.filter((l) => l.oid === eier && l.grunn?.type === 'evaluering_forfalt');
    const siste = h.connector.til(eier, 'melding').filter((o) => o.kort && knapper(o.kort).includes('registrer_evaluering')).at(-1);
    assert.deepEqual(forfalt.map((l) => l.activityId), [siste?.aktivitetId]);
  });
});
