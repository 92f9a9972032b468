/**
 * The school year (issue 23) through its use cases, on both stores (SQLite and SharePoint through
 * the Graph stand-in), with a moved clock: the skolerute kept by the kommunalsjef (and its .ics
 * import), the default evaluation date it moves, the rounds it pauses, the legal deadline it does
 * not touch; the årshjul defined, marked done once, seen late, and its reminder sent once.
 */
import { strict as assert } from 'node:assert';
import { lagDokumentasjon } from '../../../src/app/dokumenter/dokumentasjon';
import { bekreftPlikter } from '../../../src/app/views/plikter';
import { plikter } from '../../../src/i18n/plikter';
import type { AppKontekst } from '../../../src/app/kontekst';
import { lagDeliveryHandler } from '../../../src/app/delivery';
import { lagPaaminnelseHandler } from '../../../src/app/paaminnelser/delivery';
import { sweep } from '../../../src/app/paaminnelser/sweep';
import { visPlan } from '../../../src/app/plan/visPlan';
import { lagreAarshjul, markerSjekkpunkt, visAarshjul } from '../../../src/app/skolear/aarshjul';
import { lagreSkolerute, lesSkoleruteFil, visSkolerute } from '../../../src/app/skolear/skolerute';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { OutboxDispatcher, drain } from '../../../src/outbox/dispatcher';
import { DEMO, aktor, kontekstPaa, varselSkjema } from '../../support/appKontekst';
import { BOTH_STORES } from '../../support/bothStores';
import { OpptakendeNotifier } from '../../support/opptakendeNotifier';
import { tekstI } from '../../support/pdfLesing';
import { sakMedAktivPlan } from '../../support/saksgang';


const vinter = (dato: string, klokka = '10:00') => `${dato}T${klokka}:00+01:00`;
const sommer = (dato: string, klokka = '10:00') => `${dato}T${klokka}:00+02:00`;
const KS = aktor(DEMO.kommunalsjef);
const REKTOR = aktor(DEMO.rektor);

/** The municipality's calendar: Christmas until 5 January and a planning day on the 6th. */
const EGEN_RUTE = {
  skolear: '2026-2027',
  forsteSkoledag: '2026-08-17',
  sisteSkoledag: '2027-06-18',
  fri: [
    { type: 'hostferie', fra: '2026-09-28', til: '2026-10-02' },
    { type: 'juleferie', fra: '2026-12-19', til: '2027-01-05', navn: 'Juleferie' },
    { type: 'planleggingsdag', fra: '2027-01-06', til: '2027-01-06' },
  ],
};

const ICS = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261005', 'DTEND;VALUE=DATE:20261010', 'SUMMARY:Høstferie', 'END:VEVENT', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260819', 'SUMMARY:Første skoledag', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

for (const storeName of BOTH_STORES) {
  describe(`the school year on ${storeName.navn}`, function () {
    this.timeout(60_000);
    let ktx: AppKontekst;
    let naa: Date;
    let rydd: () => Promise<void>;
    let notifier: OpptakendeNotifier;
    let dispatcher: OutboxDispatcher;
    const settTid = (iso: string) => (naa = new Date(iso));
    beforeEach(async () => {
      const l = await storeName.aapne();
      rydd = l.rydd;
      naa = new Date(vinter('2026-11-23'));
      ktx = await kontekstPaa(l.store, () => naa);
      notifier = new OpptakendeNotifier();
      dispatcher = new OutboxDispatcher({ store: ktx.store, handlers: { saker: lagDeliveryHandler(ktx, notifier), paminnelser: lagPaaminnelseHandler(ktx, notifier) }, now: ktx.naa });
    });
    afterEach(async () => rydd());

    const sweepKl = async (tid: string) => {
      settTid(tid);
      const for_ = notifier.paminnelser.length;
      const forSak = notifier.sendt.length;
      await sweep(ktx);
      await drain(dispatcher);
      return { kort: notifier.paminnelser.slice(for_), saker: notifier.sendt.slice(forSak).filter((s) => s.anledning === 'paminnelse') };
    };

    it('shows the default skolerute to anyone; the kommunalsjef saves the own, a stale save is a conflict, bad dates are named at their field', async () => {
      const vist = await visSkolerute(ktx, aktor(DEMO.laerer));
      assert.ok(vist.ok && vist.verdi.rute.kilde === 'standard' && !vist.verdi.kanEndre && vist.verdi.versjon === undefined);
      assert.deepEqual(vist.verdi.valg, ['2026-2027', '2027-2028']);
      const nei = await lagreSkolerute(ktx, aktor(DEMO.laerer), EGEN_RUTE);
      assert.equal(!nei.ok && nei.feil.kode, 'ikke_tillatt');
      const stored = await lagreSkolerute(ktx, KS, EGEN_RUTE);
      assert.ok(stored.ok, JSON.stringify(stored));
      assert.equal(stored.verdi.rute.kilde, 'kommunen');
      assert.match(stored.verdi.endretTekst ?? '', /Ingrid Haugland/);
      const igjen = await visSkolerute(ktx, aktor(DEMO.laerer), '2026-2027');
      assert.ok(igjen.ok);
      assert.deepEqual(igjen.verdi.rute.fri.map((f) => f.til), ['2026-10-02', '2027-01-05', '2027-01-06']);
      // Someone who read the default (no version) saving over it: a conflict, not an overwrite.
      const stale = await lagreSkolerute(ktx, aktor(DEMO.administrator), { ...EGEN_RUTE, fri: [] });
      assert.equal(!stale.ok && stale.feil.kode, 'konflikt');
      const ny = await lagreSkolerute(ktx, aktor(DEMO.administrator), { ...EGEN_RUTE, versjon: igjen.verdi.versjon, sisteSkoledag: '2026-08-01', fri: [{ type: 'annet', fra: '2027-09-01', til: '2027-09-02' }] });
      assert.ok(!ny.ok && ny.feil.kode === 'ugyldig');
      assert.deepEqual(Object.keys((ny.feil as { felt: Record<string, string> }).felt).sort(), ['fri.0.fra', 'sisteSkoledag']);
    });

    it('reads an .ics file into the form without saving it', async () => {
      const r = await lesSkoleruteFil(ktx, aktor(DEMO.administrator), { skolear: '2026-2027', ics: ICS });
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.verdi.rute.forsteSkoledag, '2026-08-19');
      assert.deepEqual(r.verdi.rute.fri, [{ type: 'hostferie', fra: '2026-10-05', til: '2026-10-09', navn: 'Høstferie' }]);
      assert.match(r.verdi.merknader.join(' '), /siste skoledag/);
      const vist = await visSkolerute(ktx, KS);
      assert.ok(vist.ok && vist.verdi.rute.kilde === 'standard', 'nothing saved');
      const tom = await lesSkoleruteFil(ktx, KS, { skolear: '2026-2027', ics: 'ikke en kalender' });
      assert.ok(!tom.ok && tom.feil.kode === 'ugyldig' && 'felt' in tom.feil && tom.feil.felt?.ics);
      assert.equal(((await lesSkoleruteFil(ktx, REKTOR, { skolear: '2026-2027', ics: ICS })) as { feil: { kode: string } }).feil.kode, 'ikke_tillatt');
    });

    it('moves a plan’s default evaluation date out of the Christmas holiday, and the documentation says which calendar', async () => {
      settTid(vinter('2026-12-07'));
      const standard = await sakMedAktivPlan(ktx);
      const plan = await visPlan(ktx, REKTOR, standard);
      // Three weeks after 7 December is 28 December: in the default Christmas holiday, so 4 January.
      assert.ok(plan.ok && plan.verdi.nesteEvaluering === '2027-01-04', JSON.stringify(plan.ok && plan.verdi.nesteEvaluering));
      assert.ok((await lagreSkolerute(ktx, KS, EGEN_RUTE)).ok);
      const egen = await sakMedAktivPlan(ktx);
      const egenPlan = await visPlan(ktx, REKTOR, egen);
      assert.ok(egenPlan.ok && egenPlan.verdi.nesteEvaluering === '2027-01-07', 'after the holiday and the planning day');
      const dok = await lagDokumentasjon(ktx, REKTOR, egen);
      assert.ok(dok.ok);
      assert.match((await tekstI(dok.verdi.pdf)).alt, /Standarddatoer er satt etter kommunens skolerute for skoleåret 2026-2027/);
    });

    it('pauses the weekly bekreftelse round and rektor’s summary in the summer holiday, and keeps counting a varsel’s legal deadline through Christmas', async () => {
      const juni = await sweepKl(sommer('2027-06-14'));
      assert.ok(juni.kort.some((k) => k.visning.type === 'plikter'), 'a school week: the round goes out');
      assert.ok(juni.kort.some((k) => k.visning.type === 'bekreftelse_oversikt'));
      const juli = await sweepKl(sommer('2027-06-28'));
      assert.deepEqual(juli.kort.filter((k) => k.visning.type === 'plikter' || k.visning.type === 'bekreftelse_oversikt'), [], 'summer: no round, no summary');
      // A varsel in the Christmas holiday: one working day later it goes to the receivers again, holiday or not.
      settTid(vinter('2026-12-22'));
      const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: ktx.nyId() });
      assert.ok(sendt.ok);
      await drain(dispatcher);
      const jul = await sweepKl(vinter('2026-12-23'));
      assert.ok(jul.saker.some((s) => s.til === DEMO.rektor && /ikke tatt imot/.test(s.melding ?? '')), JSON.stringify(jul.saker.map((s) => s.melding)));
    });

    it('lets the kommunalsjef define the årshjul, rektor mark the own school’s checkpoint once, and shows who is late', async () => {
      const standard = await visAarshjul(ktx, KS);
      assert.ok(standard.ok && standard.verdi.standard && standard.verdi.alle && standard.verdi.skoler.length === 2);
      const punkter = standard.verdi.sjekkpunkter.map((p) => ({ ...p }));
      // 25 December (a holiday) becomes the next school day; a new checkpoint gets an id.
      punkter.push({ id: undefined as unknown as string, navn: 'Trivselsdag', ferdigNar: 'Alle klasser har hatt trivselsdag', dato: '2026-12-25', ansvar: 'skolen' });
      assert.equal(((await lagreAarshjul(ktx, REKTOR, { skolear: '2026-2027', sjekkpunkter: punkter })) as { feil: { kode: string } }).feil.kode, 'ikke_tillatt');
      const stored = await lagreAarshjul(ktx, KS, { skolear: '2026-2027', sjekkpunkter: punkter });
      assert.ok(stored.ok, JSON.stringify(stored));
      const trivsel = stored.verdi.sjekkpunkter.find((p) => p.navn === 'Trivselsdag')!;
      assert.equal(trivsel.dato, '2027-01-04');
      // 23 November: the walk-through (31 August) and new staff (30 September) are late at both schools.
      const bakkelokka = () => stored.verdi.skoler.find((s) => s.skoleId === DEMO.skole)!;
      assert.ok(bakkelokka().forsinket.includes(standard.verdi.sjekkpunkter[0]!.navn));
      const marker = { skolear: '2026-2027', skoleId: DEMO.skole, sjekkpunktId: 'planGjennomgatt', notat: 'Gjennomgått på personalmøtet 28.08.', lenke: 'https://kommune.sharepoint.com/referat.docx' };
      assert.equal(((await markerSjekkpunkt(ktx, aktor(DEMO.annenRektor), marker)) as { feil: { kode: string } }).feil.kode, 'ikke_tillatt');
      assert.equal(((await markerSjekkpunkt(ktx, aktor(DEMO.inspektor), marker)) as { feil: { kode: string } }).feil.kode, 'ikke_tillatt');
      const feilLenke = await markerSjekkpunkt(ktx, REKTOR, { ...marker, lenke: 'javascript:alert(1)' });
      assert.ok(!feilLenke.ok && 'felt' in feilLenke.feil && feilLenke.feil.felt?.lenke);
      const [a, b] = await Promise.all([markerSjekkpunkt(ktx, REKTOR, marker), markerSjekkpunkt(ktx, REKTOR, { ...marker, notat: 'Dobbeltklikk' })]);
      assert.ok(a.ok && b.ok);
      const oversikt = await visAarshjul(ktx, KS);
      assert.ok(oversikt.ok);
      const skole = oversikt.verdi.skoler.find((s) => s.skoleId === DEMO.skole)!;
      const punkt = skole.punkter.find((p) => p.id === 'planGjennomgatt')!;
      assert.equal(punkt.status, 'utfort');
      assert.match(punkt.utfort!.tekst, /Hanne|Gjort/);
      assert.ok(punkt.utfort!.notat === marker.notat || punkt.utfort!.notat === 'Dobbeltklikk', 'one record, the first');
      assert.ok(!skole.forsinket.includes(punkt.navn));
      assert.ok(oversikt.verdi.skoler.find((s) => s.skoleId === DEMO.annenSkole)!.forsinket.includes(punkt.navn), 'the other school is still late');
      // The bekreftelse checkpoint shows the figures the product has.
      assert.match(skole.punkter.find((p) => p.bekreftelse)!.bekreftelseTekst ?? '', /^0 av \d+ ansatte har bekreftet/);
      // When every employee has confirmed, the product knows the bekreftelse checkpoint is done.
      for (const p of ktx.org.skoler.find((x) => x.id === DEMO.skole)!.ansatte) assert.ok((await bekreftPlikter(ktx, aktor(p.oid), plikter.versjon)).ok);
      const alle = await visAarshjul(ktx, KS);
      const bekreftet = alle.ok && alle.verdi.skoler.find((s) => s.skoleId === DEMO.skole)!.punkter.find((p) => p.bekreftelse)!;
      assert.ok(bekreftet && bekreftet.status === 'utfort' && /^(\d+) av \1 ansatte har bekreftet \(100 %\)/.test(bekreftet.bekreftelseTekst ?? ''), JSON.stringify(bekreftet));
      // The leadership reads its own school; staff nothing.
      const inspektor = await visAarshjul(ktx, aktor(DEMO.inspektor));
      assert.ok(inspektor.ok && !inspektor.verdi.alle && inspektor.verdi.skoler.map((s) => s.skoleId).join() === DEMO.skole && !inspektor.verdi.skoler[0]!.kanMarkere);
      assert.equal(((await visAarshjul(ktx, aktor(DEMO.laerer))) as { feil: { kode: string } }).feil.kode, 'ikke_tillatt');
    });

    it('reminds each rektor once before a checkpoint the school has not marked done', async () => {
      // Elevundersøkelsen by 15 December: reminders from 1 December (ten working days before).
      settTid(vinter('2026-11-30'));
      assert.ok((await markerSjekkpunkt(ktx, REKTOR, { skolear: '2026-2027', skoleId: DEMO.skole, sjekkpunktId: 'elevundersokelsen', notat: 'Gjennomført i uke 48' })).ok);
      assert.deepEqual((await sweepKl(vinter('2026-11-30'))).kort.filter((k) => k.visning.type === 'sjekkpunkt'), []);
      assert.deepEqual((await sweepKl(vinter('2026-12-01', '07:00'))).kort.filter((k) => k.visning.type === 'sjekkpunkt'), [], 'not before working hours');
      const forste = (await sweepKl(vinter('2026-12-01'))).kort.filter((k) => k.visning.type === 'sjekkpunkt');
      assert.deepEqual(forste.map((k) => k.til), [DEMO.annenRektor], 'bakkeløkka marked it done');
      const v = forste[0]!.visning as Extract<(typeof forste)[number]['visning'], { type: 'sjekkpunkt' }>;
      assert.equal(v.dato, '15.12.2026');
      assert.match(v.navn, /Elevundersøkelsen/);
      assert.deepEqual((await sweepKl(vinter('2026-12-01', '14:00'))).kort.filter((k) => k.visning.type === 'sjekkpunkt'), [], 'once');
      assert.deepEqual((await sweepKl(vinter('2026-12-02'))).kort.filter((k) => k.visning.type === 'sjekkpunkt'), [], 'once, the next day too');
    });
  });
}
