/**
 * Separation of duties over the tab API on the real app (SQLite, the demo organisation, the
 * connector stand-in): the administrator — who reads no case content — cannot name itself
 * kommunalsjef, the municipality's case worker or a school's rektor (403, nothing written, nobody
 * told); a legitimate change is kept with who, when, before and after (the kommune's history, the
 * school's list history), is an entry in the audit chain and a card to the kommunalsjefer as they
 * were before the change.
 */
import { strict as assert } from 'node:assert';
import { nb } from '../../src/i18n/nb';
import { getKommune, getSkole } from '../../src/org/orgRepo';
import { type Lenke, verifiserKjede } from '../../src/store/auditChain';
import { DEMO } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';

const INGRID = { oid: DEMO.kommunalsjef, navn: 'Ingrid Haugland', stilling: 'kommunalsjef oppvekst' };
const RANDI = { oid: DEMO.innsatsteam, navn: 'Randi Aas', stilling: 'innsatsteam' };
const TERJE = { oid: DEMO.kommunalsjefHelse, navn: 'Terje Lund', stilling: 'kommunalsjef helse og velferd' };
/** A new kommunalsjef: someone the directory (locally, the organisation) knows — the school's vaktmester in the demo. */
const NILS = { oid: DEMO.vaktmester, navn: 'Knut Moen', stilling: 'kommunalsjef' };
const OLA = { oid: DEMO.administrator, navn: 'Ola Berge', stilling: 'IT-rådgiver' };

describe('separation of duties: roles that read cases', function () {
  this.timeout(120_000);
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h?.stopp());

  const kall = async (metode: string, sti: string, oid: string, kropp: unknown) => {
    const res = await fetch(`${h.url}${sti}`, { method: metode, headers: { 'x-skolemiljo-person': oid, 'content-type': 'application/json' }, body: JSON.stringify(kropp) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const kommunensFolk = (kommunalsjefer: unknown[], saksbehandlere: unknown[] = [RANDI, TERJE]) => kall('PUT', '/api/organisasjon/kommune', DEMO.administrator, { kommunalsjefer, saksbehandlere });
  const tilstand = async () => JSON.stringify([await getKommune(h.ktx.store), await getSkole(h.ktx.store, DEMO.annenSkole)]);
  const rolleendringer = async (): Promise<Lenke[]> => {
    await h.leverAlt();
    const ut: Lenke[] = [];
    for await (const i of h.ktx.store.query<Lenke>('revisjonslogg', { where: [{ column: 'Nr', op: 'ge', value: 1 }], orderBy: { column: 'Nr' } })) if (i.data.action === 'rolle_endret') ut.push(i.data);
    return ut;
  };
  const cardsTo = (oid: string) => h.connector.opptak.filter((o) => o.oid === oid && o.kort && cardText(o.kort).includes('En rolle som leser saker er endret')).map((o) => cardText(o.kort));

  it('refuses the administrator naming itself kommunalsjef, case worker or rektor: 403 in bokmål, nothing written, nobody told', async () => {
    const for_ = await tilstand();
    const cardsBefore = h.connector.opptak.length;
    for (const forsok of [
      () => kommunensFolk([INGRID, OLA]),
      () => kommunensFolk([INGRID], [RANDI, TERJE, OLA]),
      () => kall('PUT', `/api/organisasjon/skoler/${DEMO.annenSkole}/rektor`, DEMO.administrator, { rektor: OLA }),
    ]) {
      const r = await forsok();
      assert.equal(r.status, 403, JSON.stringify(r.body));
      assert.equal(r.body.title, nb.org.egenRolle);
    }
    assert.equal(await tilstand(), for_);
    assert.deepEqual(await rolleendringer(), []);
    assert.equal(h.connector.opptak.length, cardsBefore, 'no card');
  });

  it('keeps a legitimate change with who, when, before and after, audits it and tells the kommunalsjefer who were (not the new one)', async () => {
    h.settTid('2026-11-23T10:15:00Z');
    const r = await kommunensFolk([INGRID, NILS]);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const kommune = (await getKommune(h.ktx.store))!.data;
    assert.deepEqual(
      kommune.historikk?.map((e) => [e.rolle, e.av, e.tid, e.for.map((p) => p.oid), e.etter.map((p) => p.oid)]),
      [['kommunalsjef', DEMO.administrator, '2026-11-23T10:15:00.000Z', [DEMO.kommunalsjef], [DEMO.kommunalsjef, NILS.oid]]],
    );
    const logg = await rolleendringer();
    assert.deepEqual(logg.map((l) => [l.actor, l.detail]), [[DEMO.administrator, `rolle=kommunalsjef;skole=-;for=${DEMO.kommunalsjef};etter=${DEMO.kommunalsjef},${NILS.oid}`]]);
    const card = cardsTo(DEMO.kommunalsjef);
    assert.equal(card.length, 1, JSON.stringify(h.connector.opptak.map((o) => o.oid)));
    assert.match(card[0]!, /Ola Berge endret hvem som er kommunalsjef, 23\.11\.2026 kl\. 11:15\. Før: Ingrid Haugland\. Nå: Ingrid Haugland, Knut Moen\./);
    assert.deepEqual(cardsTo(NILS.oid), []);
    // The same list again is no change: no history, no entry, no card.
    assert.equal((await kommunensFolk([NILS, INGRID])).status, 200);
    assert.equal((await getKommune(h.ktx.store))!.data.historikk?.length, 1);
    assert.equal((await rolleendringer()).length, 1);
  });

  it('tells both kommunalsjefer when a school gets a new rektor, and keeps the former list in the school’s history', async () => {
    const r = await kall('PUT', `/api/organisasjon/skoler/${DEMO.annenSkole}/rektor`, DEMO.administrator, { rektor: { oid: DEMO.laerer3, navn: 'Per Hansen', stilling: 'lærer' } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const skole = (await getSkole(h.ktx.store, DEMO.annenSkole))!.data;
    assert.equal(skole.varslingsliste?.av, DEMO.administrator);
    assert.equal(skole.historikk.at(-1)?.rektor, DEMO.annenRektor);
    const logg = await rolleendringer();
    assert.equal(logg.at(-1)?.detail, `rolle=rektor;skole=${DEMO.annenSkole};for=${DEMO.annenRektor};etter=${DEMO.laerer3}`);
    const card = cardsTo(DEMO.kommunalsjef).at(-1) ?? '';
    assert.match(card, /endret hvem som er rektor ved Fjordsiden ungdomsskole, .*Før: Anne Kristiansen\. Nå: Ahmed Ali\./, card);
    // Knut, kommunalsjef now, is sent one too (tried, and recorded).
    const delivery: string[] = [];
    for await (const i of h.ktx.store.query<Lenke>('revisjonslogg', { where: [{ column: 'Nr', op: 'ge', value: 1 }] })) if (i.data.detail?.startsWith('rolleendring') && i.data.detail.includes(`til=${NILS.oid}`)) delivery.push(i.data.action);
    assert.equal(delivery.length, 1, JSON.stringify(delivery));
    assert.ok((await verifiserKjede(h.ktx.store)).ok);
  });
});
