/**
 * Each read route of the tab API writes its audit entry (the use cases' own test, on both stores, is
 * tests/app/innsyn/lesinger.test.ts): the case page, timeline, log, plan, documentation PDF, the letter (as
 * text and as PDF), Saker and Mine oppgaver — one entry per answered read, none for a refused one.
 */
import { strict as assert } from 'node:assert';
import { lesingerSkrevet } from '../../src/app/lesLogg';
import type { Lenke } from '../../src/store/auditChain';
import { DEMO } from '../support/appKontekst';
import { BotHarness } from '../support/botHarness';
import { TILTAKSANSVARLIG, sakMedAktivPlan } from '../support/saksgang';

describe('tab API: every read route is on the record', function () {
  this.timeout(120_000);
  let h: BotHarness;
  let sakId: string;
  before(async () => {
    h = await BotHarness.start();
    sakId = await sakMedAktivPlan(h.ktx);
  });
  after(async () => h?.stopp());

  const les = async (sti: string, oid: string) => (await fetch(`${h.url}${sti}`, { headers: { 'x-skolemiljo-person': oid } })).status;

  async function lesingerSiden(nr: number): Promise<[string, string][]> {
    await lesingerSkrevet(h.ktx.store);
    const ut: [string, string][] = [];
    for await (const i of h.ktx.store.query<Lenke>('revisjonslogg', { where: [{ column: 'Nr', op: 'gt', value: nr }], orderBy: { column: 'Nr' } })) {
      if (i.data.action.endsWith('_lest') || i.data.action.endsWith('_listet')) ut.push([i.data.actor, i.data.action]);
    }
    return ut;
  }
  async function sisteNr(): Promise<number> {
    await h.leverAlt();
    await lesingerSkrevet(h.ktx.store);
    let nr = 0;
    for await (const i of h.ktx.store.query<Lenke>('revisjonslogg', { where: [{ column: 'Nr', op: 'ge', value: 1 }] })) nr = Math.max(nr, i.data.nr);
    return nr;
  }

  it('writes one entry per answered read, with who and what, and none for a refused read', async () => {
    const fra = await sisteNr();
    const s = `/api/saker/${encodeURIComponent(sakId)}`;
    const routes: [string, string, string][] = [
      [s, DEMO.rektor, 'sak_lest'],
      [`${s}/tidslinje`, DEMO.rektor, 'tidslinje_lest'],
      [`${s}/logg`, DEMO.rektor, 'logg_lest'],
      [`${s}/plan`, DEMO.rektor, 'plan_lest'],
      [`${s}/dokumentasjon.pdf`, DEMO.rektor, 'dokumentasjon_lest'],
      [`${s}/foreldrebrev`, DEMO.rektor, 'brev_lest'],
      [`${s}/foreldrebrev.pdf`, DEMO.rektor, 'brev_lest'],
      ['/api/saker', DEMO.rektor, 'saker_listet'],
      ['/api/mine-oppgaver', TILTAKSANSVARLIG, 'oppgaver_listet'],
    ];
    for (const [sti, oid] of routes) assert.equal(await les(sti, oid), 200, sti);
    // Refused: another school's rektor, the administrator.
    assert.equal(await les(s, DEMO.annenRektor), 404);
    assert.equal(await les(`${s}/dokumentasjon.pdf`, DEMO.administrator), 404);
    assert.deepEqual(await lesingerSiden(fra), routes.map(([, oid, hva]) => [oid, hva]));
  });
});
