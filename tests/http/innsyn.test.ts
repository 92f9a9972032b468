/**
 * Innsyn for one pupil (GDPR art. 15), through the tab API on the real app: rektor takes out
 * everything stored about the pupil at the school as a PDF (read back with unpdf) and as JSON,
 * with other pupils' names blanked; a case about the school's leadership is not in rektor's export
 * (kommunalsjef takes it out) and its existence shows nowhere; only rektor and kommunalsjef may
 * export; every export is an entry in the audit chain, ids only.
 */
import { strict as assert } from 'node:assert';
import { extractText } from 'unpdf';
import type { Innsynsuttrekk } from '../../src/app/innsyn/uttrekk';
import { aktiverPlan } from '../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../src/app/plan/lagreUtkast';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { utforHandling } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import type { AuditEntry } from '../../src/store/auditChain';
import { verifiserKjede } from '../../src/store/auditChain';
import { BotHarness } from '../support/botHarness';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';
import { fulltUtkast } from '../support/saksgang';

const ELEV = { skoleId: DEMO.skole, elevNavn: 'Kari Nordmann', elevKlasse: '5B' };
/** Names of other pupils that appear in Kari's case (and must not come out). */
const ANDRE = ['Ola', 'Åsmund', 'Ødegård', 'Petter Strøm', 'Strøm', 'Lise Berg'];

describe('innsyn: everything stored about one pupil, as PDF and JSON', function () {
  this.timeout(120_000);
  let h: BotHarness;
  let kari: { id: string; saksnummer: string };
  let ledelse: { id: string; saksnummer: string };
  let annenSkole: { id: string; saksnummer: string };

  async function varsel(overstyr: Record<string, string>, oid: string = DEMO.laerer) {
    const r = await submitVarsel(h.ktx, aktor(oid), varselSkjema(overstyr), { skjemaId: h.ktx.nyId() });
    assert.ok(r.ok, JSON.stringify(r));
    return { id: r.verdi.id, saksnummer: r.verdi.saksnummer };
  }

  const post = (oid: string, kropp: unknown) =>
    fetch(`${h.url}/api/innsyn`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-skolemiljo-person': oid }, body: JSON.stringify(kropp) });

  async function json(oid: string, kropp: Record<string, unknown>): Promise<Innsynsuttrekk> {
    const svar = await post(oid, { ...kropp, format: 'json' });
    assert.equal(svar.status, 200, await svar.clone().text());
    return (await svar.json()) as Innsynsuttrekk;
  }

  async function uttrekkene(): Promise<AuditEntry[]> {
    const ut: AuditEntry[] = [];
    const where = [{ column: 'Nr', op: 'ge' as const, value: 1 }, { column: 'Handling', op: 'eq' as const, value: 'innsyn_uttrekk' }];
    for await (const i of h.ktx.store.query<AuditEntry>('revisjonslogg', { where })) ut.push(i.data);
    return ut;
  }

  before(async () => {
    h = await BotHarness.start();
    const r = aktor(DEMO.rektor);
    kari = await varsel({
      involverte: 'Ola Nordmann og Åsmund Ødegård',
      beskrivelse: 'Ola Nordmann og Åsmund dyttet Kari i garderoben og tok luen hennes.',
      sted: 'Garderoben ved gymsalen',
    });
    for (const [handling, verdier] of [
      ['ta_imot', {}],
      ['start_undersokelse', {}],
      ['opprett_plan', {}],
    ] as const) {
      const u = await utforHandling(h.ktx, r, { sakId: kari.id, handling, verdier });
      assert.ok(u.ok, JSON.stringify(u));
    }
    const logg = await leggTilLoggforing(h.ktx, r, kari.id, {
      type: 'elevens_opplevelse',
      dato: '2026-11-23',
      deltakere: 'Kari og kontaktlærer',
      tekst: 'Kari sier at Åsmund Ødegård og Petter Strøm ler av henne hver dag.',
      elevensSvar: 'nei',
    });
    assert.ok(logg.ok, JSON.stringify(logg));
    const utkast = fulltUtkast();
    const stored = await lagreUtkast(h.ktx, r, kari.id, { ...utkast, problem: 'Kari holdes utenfor av Ola og Petter Strøm.' });
    assert.ok(stored.ok, JSON.stringify(stored));
    assert.ok((await aktiverPlan(h.ktx, r, kari.id)).ok);
    // The same pupil in a case about the school's leadership: kommunalsjef's, never rektor's.
    ledelse = await varsel({ kommerFra: 'ledelse', beskrivelse: 'Inspektøren ropte til Kari foran klassen.' });
    // Another pupil at the school, and Kari's namesake at another school.
    await varsel({ elevNavn: 'Lise Berg', elevKlasse: '6A', beskrivelse: 'Lise ble holdt utenfor.' });
    annenSkole = await varsel({ skoleId: DEMO.annenSkole, elevKlasse: '9C', beskrivelse: 'Kari på Fjordsiden ble utestengt.' }, DEMO.vaktmester);
    await h.leverAlt();
  });
  after(async () => h.stopp());

  it('gives rektor a PDF of the pupil’s case — varsel, log, plan, history — with the archive marking and no other pupil’s name', async () => {
    const svar = await post(DEMO.rektor, { ...ELEV, format: 'pdf' });
    assert.equal(svar.status, 200, await svar.clone().text());
    assert.equal(svar.headers.get('content-type'), 'application/pdf');
    assert.equal(svar.headers.get('cache-control'), 'no-store');
    const disp = svar.headers.get('content-disposition') ?? '';
    assert.match(disp, /^attachment; filename="Innsyn_Bakkelokka[\w.-]*_Unntatt-offentlighet-offl-13\.pdf"$/);
    assert.ok(!disp.includes('Kari'), 'the pupil’s name stays out of the file name');
    const pdf = new Uint8Array(await svar.arrayBuffer());
    const { text } = await extractText(pdf, { mergePages: true });
    const alt = (Array.isArray(text) ? text.join(' ') : text).replace(/\s+/g, ' ');
    for (const forventet of [
      'Unntatt offentlighet, offl. §13 jf. fvl. §13',
      'Innsyn: Kari Nordmann',
      'Personvernforordningen art. 15',
      `Sak ${kari.saksnummer}`,
      '[annen elev] dyttet Kari i garderoben',
      'Garderoben ved gymsalen',
      'Kari sier at [annen elev] og [annen elev] ler av henne hver dag.',
      'Kari holdes utenfor av [annen elev] og [annen elev].',
      'Voksen ved klatrestativet i alle friminutt',
      'Barnets beste-vurdering',
      'Elevens trygghet veier tyngst',
      'Hvem som har lest eller tatt ut saken',
      'Saker som skoleeier (kommunalsjef) behandler, er ikke med i dette uttrekket.',
    ]) {
      assert.ok(alt.includes(forventet), `the PDF says «${forventet}»:\n${alt}`);
    }
    for (const navn of ANDRE) assert.ok(!alt.includes(navn), `no «${navn}» in the PDF`);
    for (const annen of [ledelse.saksnummer, annenSkole.saksnummer, 'Inspektøren ropte', 'Fjordsiden ble utestengt']) {
      assert.ok(!alt.includes(annen), `not in rektor’s export: «${annen}»`);
    }
  });

  it('gives the same content as JSON, and lists the earlier export among who has taken the case out', async () => {
    const u = await json(DEMO.rektor, ELEV);
    assert.deepEqual(u.elev, { navn: 'Kari Nordmann', klasse: '5B', skole: 'Bakkeløkka skole' });
    assert.deepEqual(
      u.saker.map((s) => s.saksnummer),
      [kari.saksnummer],
    );
    const [s] = u.saker;
    assert.equal(s!.varsel.beskrivelse, '[annen elev] og [annen elev] dyttet Kari i garderoben og tok luen hennes.');
    assert.equal(s!.varsel.involverte, '[annen elev] og [annen elev]');
    assert.equal(s!.logg[0]!.type, 'Elevens egen opplevelse');
    assert.equal(s!.plan!.versjoner[0]!.tiltak[0]!.ansvarlig, 'Knut Moen');
    assert.ok(s!.historikk.some((x) => x.hva === 'Tatt imot'), JSON.stringify(s!.historikk));
    assert.ok(s!.mottakere.some((m) => m.som === 'mottaker'), JSON.stringify(s!.mottakere));
    assert.ok(s!.lesinger.some((l) => l.hva === 'Tok ut innsyn' && l.hvem === 'Hanne Solberg'), JSON.stringify(s!.lesinger));
    const hele = JSON.stringify(u);
    for (const navn of ANDRE) assert.ok(!hele.includes(navn), `no «${navn}» in the JSON`);
  });

  it('gives kommunalsjef the case about the leadership, and not the school’s own cases', async () => {
    const u = await json(DEMO.kommunalsjef, ELEV);
    assert.deepEqual(
      u.saker.map((s) => s.saksnummer),
      [ledelse.saksnummer],
    );
    assert.equal(u.saker[0]!.varsel.beskrivelse, 'Inspektøren ropte til Kari foran klassen.');
    assert.ok(u.merknader.some((m) => m.includes('Skolens øvrige saker tar rektor ut')));
  });

  it('tells rektor nothing about a pupil whose only case is about the leadership: the same answer as for a pupil with no case', async () => {
    await varsel({ elevNavn: 'Skjult Skjulesen', kommerFra: 'ledelse', beskrivelse: 'Rektor tok mobilen til eleven.' });
    const skjult = await json(DEMO.rektor, { skoleId: DEMO.skole, elevNavn: 'Skjult Skjulesen' });
    const ingen = await json(DEMO.rektor, { skoleId: DEMO.skole, elevNavn: 'Finnes Ikke' });
    const uten = (u: Innsynsuttrekk) => ({ ...u, elev: { ...u.elev, navn: '' }, laget: { ...u.laget, tid: '' } });
    assert.deepEqual(uten(skjult), uten(ingen));
    assert.deepEqual(skjult.saker, []);
  });

  it('takes the namesake at another school out only for that school’s rektor', async () => {
    const u = await json(DEMO.annenRektor, { skoleId: DEMO.annenSkole, elevNavn: 'kari  nordmann' });
    assert.deepEqual(
      u.saker.map((s) => s.saksnummer),
      [annenSkole.saksnummer],
    );
  });

  it('refuses everyone else: the school’s other leaders, staff, another school’s rektor, the administrator, an unknown person', async () => {
    for (const [oid, status, kode] of [
      [DEMO.inspektor, 403, 'ikke_tillatt'],
      [DEMO.sosiallaerer, 403, 'ikke_tillatt'],
      [DEMO.laerer, 403, 'ikke_tillatt'],
      [DEMO.annenRektor, 403, 'ikke_tillatt'],
      [DEMO.administrator, 403, 'ikke_tillatt'],
      [DEMO.ukjent, 403, 'ukjent_person'],
    ] as const) {
      const for_ = (await uttrekkene()).length;
      const svar = await post(oid, { ...ELEV, format: 'pdf' });
      const body = (await svar.json()) as { kode: string; title: string };
      assert.equal(svar.status, status, oid);
      assert.equal(body.kode, kode, oid);
      assert.equal((await uttrekkene()).length, for_, 'a refused export logs no export');
    }
    const uten = await fetch(`${h.url}/api/innsyn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ELEV) });
    assert.equal(uten.status, 401);
  });

  it('answers a request without a name, or with an unknown school, with a Norwegian message at the field', async () => {
    const svar = await post(DEMO.rektor, { skoleId: DEMO.skole, format: 'pdf' });
    assert.equal(svar.status, 400);
    const body = (await svar.json()) as { felt: Record<string, string> };
    assert.equal(body.felt.elevNavn, 'Skriv elevens navn.');
    const ukjent = await post(DEMO.kommunalsjef, { skoleId: 'finnes-ikke', elevNavn: 'Kari Nordmann' });
    assert.equal(ukjent.status, 400);
    assert.equal(((await ukjent.json()) as { felt: Record<string, string> }).felt.skoleId, 'Fant ikke skolen.');
  });

  it('logs every export in the audit chain: who, which case, which format — ids only, and the chain holds', async () => {
    const poster = await uttrekkene();
    const karisItem = (await h.ktx.store.getByKey('saker', `sak:${kari.id}`))!.id;
    const rektors = poster.filter((p) => p.actor === DEMO.rektor && p.itemId === karisItem);
    assert.deepEqual(rektors.map((p) => p.detail).sort(), ['format=json', 'format=pdf']);
    assert.ok(poster.some((p) => p.actor === DEMO.rektor && !p.itemId && p.detail === `format=json;skole=${DEMO.skole};saker=0`), 'an export that found nothing is logged');
    const tekst = JSON.stringify(poster);
    for (const navn of ['Kari', 'Nordmann', ...ANDRE]) assert.ok(!tekst.includes(navn), `no «${navn}» in the audit chain`);
    assert.ok((await verifiserKjede(h.ktx.store)).ok);
  });

  it('finds every case that names the pupil — among «others involved» or in the log — with the other pupil blanked, and leaves Statsforvalteren as it is', async () => {
    const r = aktor(DEMO.rektor);
    const involvert = await varsel({ elevNavn: 'Petter Strøm', elevKlasse: '5A', involverte: 'Kari Nordmann', beskrivelse: 'Petter ble holdt utenfor i fotballen.' });
    const iLoggen = await varsel({ elevNavn: 'Åsmund Ødegård', elevKlasse: '5A', beskrivelse: 'Åsmund gråt i friminuttet.' });
    for (const sakId of [involvert.id, iLoggen.id]) for (const handling of ['ta_imot', 'start_undersokelse']) assert.ok((await utforHandling(h.ktx, r, { sakId, handling })).ok);
    const logg = await leggTilLoggforing(h.ktx, r, iLoggen.id, {
      type: 'samtale_andre_elever',
      dato: '2026-11-23',
      deltakere: 'Kontaktlærer og to elever',
      tekst: 'Samtale med kari  nordmann, som så det. Moren til Åsmund vil gå til Statsforvalteren.',
    });
    assert.ok(logg.ok, JSON.stringify(logg));
    await varsel({ elevNavn: 'Lise Berg', beskrivelse: 'Karin Nordmannsen ble nevnt, en annen elev.' });

    const u = await json(DEMO.rektor, { skoleId: DEMO.skole, elevNavn: 'Kari Nordmann' });
    assert.deepEqual(u.saker.map((s) => s.saksnummer), [kari.saksnummer, involvert.saksnummer, iLoggen.saksnummer]);
    const [egen, somInvolvert, somLogget] = u.saker;
    assert.equal(egen!.elevensRolle, 'Saken gjelder eleven.');
    for (const s of [somInvolvert!, somLogget!]) {
      assert.match(s.elevensRolle, /^Saken gjelder en annen elev; eleven er nevnt i den/);
      assert.equal(s.varsel.elev, '[annen elev]', 'the other pupil, the subject, is blanked');
    }
    assert.equal(somInvolvert!.varsel.involverte, 'Kari Nordmann', 'the pupil’s own name stays');
    assert.equal(somLogget!.logg[0]!.tekst, 'Samtale med kari  nordmann, som så det. Moren til [annen elev] vil gå til Statsforvalteren.');
    const hele = JSON.stringify(u);
    for (const navn of ['Petter', 'Strøm', 'Åsmund', 'Ødegård', 'Lise']) assert.ok(!hele.includes(navn), `no «${navn}»`);
  });
});
