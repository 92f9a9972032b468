/**
 * Setting up the organisation in the app: the admin creates and connects schools and names rektor
 * and the municipality's people; rektor keeps the varslingsliste, every change a version with who
 * and when; a varsel is routed by the list as it was when it was sent. Every rule of the
 * organisation file is checked on every change, with a Norwegian message, and a refused change
 * writes nothing.
 */
import { strict as assert } from 'node:assert';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { navngiRektor, kobleSkole, opprettSkole, settKommunensFolk, visOppsett } from '../../../src/app/org/skoleoppsett';
import { endreVarslingsliste, visVarslingsliste } from '../../../src/app/org/varslingsliste';
import { visSak } from '../../../src/app/sakHandlinger';
import { getSkole } from '../../../src/org/orgRepo';
import { getSak } from '../../../src/store/sakRepo';
import { katalogMed } from '../../support/katalog';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../../support/appKontekst';
import { ord } from '../../../src/i18n/avslag';

const admin = aktor(DEMO.administrator);
const rektor = aktor(DEMO.rektor);
const GRUPPE = '22222222-2222-4222-8222-222222222222';
const NY_REKTOR = { oid: '00000000-0000-4000-8000-000000000501', navn: 'Nina Ny', stilling: 'rektor' };

describe('organisation: admin and rektor pages (use cases)', () => {
  let ktx: TestKontekst;
  beforeEach(async () => (ktx = await lagTestKontekst()));
  afterEach(async () => ktx.rydd());

  const liste = async () => (await getSkole(ktx.store, DEMO.skole))!.data;

  describe('the admin', () => {
    it('creates a school (a double click makes one), connects it to a group and names rektor; then it takes varsler', async () => {
      assert.ok((await opprettSkole(ktx, admin, { id: 'nyskolen', navn: 'Nyskolen' })).ok);
      assert.ok((await opprettSkole(ktx, admin, { id: 'nyskolen', navn: 'Nyskolen' })).ok, 'the same school again is the one made');
      let oppsett = await visOppsett(ktx, admin);
      assert.ok(oppsett.ok);
      assert.deepEqual(oppsett.verdi.skoler.find((s) => s.id === 'nyskolen'), { id: 'nyskolen', navn: 'Nyskolen', antallAnsatte: 0, klar: false, kontakt: {} });
      assert.ok(!ktx.org.skoler.some((s) => s.id === 'nyskolen'), 'a school without rektor takes no varsler');

      assert.ok((await kobleSkole(ktx, admin, { skoleId: 'nyskolen', kilde: 'team', gruppeId: GRUPPE.toUpperCase() })).ok);
      const r = await navngiRektor(ktx, admin, { skoleId: 'nyskolen', rektor: NY_REKTOR }, katalogMed(ktx.org, [NY_REKTOR]));
      assert.ok(r.ok, JSON.stringify(r));
      assert.deepEqual(r.verdi, { id: 'nyskolen', navn: 'Nyskolen', kobling: { kilde: 'team', gruppeId: GRUPPE }, rektor: { oid: NY_REKTOR.oid, navn: 'Nina Ny' }, antallAnsatte: 1, klar: true, kontakt: {} });
      const skole = ktx.org.skoler.find((s) => s.id === 'nyskolen')!;
      assert.deepEqual([skole.rektor, skole.ledelse, skole.varselmottakere], [NY_REKTOR.oid, [NY_REKTOR.oid], [NY_REKTOR.oid]]);

      const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ skoleId: 'nyskolen' }), { skjemaId: 'ny-1' });
      assert.ok(sendt.ok);
      assert.deepEqual((await getSak(ktx.store, sendt.verdi.id))!.sak.ruting.mottakere, [NY_REKTOR.oid]);
      oppsett = await visOppsett(ktx, admin);
      assert.ok(oppsett.ok);
      assert.equal(oppsett.verdi.skoler.length, 3);
    });

    it('replacing rektor puts the new one first, takes the former out of the list and the school, and keeps the version before', async () => {
      const r = await navngiRektor(ktx, admin, { skoleId: DEMO.skole, rektor: NY_REKTOR }, katalogMed(ktx.org, [NY_REKTOR]));
      assert.ok(r.ok, JSON.stringify(r));
      const s = await liste();
      assert.deepEqual(s.varslingsliste!.ledelse, [NY_REKTOR.oid, DEMO.inspektor]);
      assert.deepEqual(s.varslingsliste!.varselmottakere, [NY_REKTOR.oid, DEMO.inspektor, DEMO.sosiallaerer]);
      assert.deepEqual([s.varslingsliste!.versjon, s.varslingsliste!.av], [2, DEMO.administrator]);
      assert.equal(s.historikk[0]!.rektor, DEMO.rektor);
      const skole = ktx.org.skoler.find((x) => x.id === DEMO.skole)!;
      assert.ok(!skole.ansatte.some((p) => p.oid === DEMO.rektor), 'the former rektor no longer works there');
      assert.equal((await visVarslingsliste(ktx, rektor, DEMO.skole)).ok, false, 'and keeps no rektor rights there');
    });

    it('names kommunalsjefer and case workers, but never a school leader as kommunalsjef', async () => {
      const innsats = { oid: '00000000-0000-4000-8000-000000000601', navn: 'Ida Innsats', stilling: 'innsatsteam' };
      const ks = { oid: DEMO.kommunalsjef, navn: 'Ingrid Haugland', stilling: 'kommunalsjef oppvekst' };
      const r = await settKommunensFolk(ktx, admin, { kommunalsjefer: [ks], saksbehandlere: [innsats] }, katalogMed(ktx.org, [innsats]));
      assert.ok(r.ok, JSON.stringify(r));
      assert.deepEqual(ktx.org.kommune.saksbehandlere, [innsats]);

      const leder = await settKommunensFolk(ktx, admin, { kommunalsjefer: [ks, { oid: DEMO.inspektor, navn: 'Jon Bakken' }], saksbehandlere: [] });
      assert.equal(!leder.ok && leder.feil.kode, 'ugyldig');
      assert.match(!leder.ok ? ord(leder.feil.melding) : '', /Jon Bakken er i ledelsen .* ved Bakkeløkka skole/);
      assert.deepEqual(ktx.org.kommune.saksbehandlere, [innsats], 'the refused change changed nothing');
    });

    it('changes the målform alone: the people another administrator named meanwhile stay, and a body naming nothing is refused', async () => {
      const innsats = { oid: '00000000-0000-4000-8000-000000000601', navn: 'Ida Innsats', stilling: 'innsatsteam' };
      const ks = { oid: DEMO.kommunalsjef, navn: 'Ingrid Haugland', stilling: 'kommunalsjef oppvekst' };
      assert.ok((await settKommunensFolk(ktx, admin, { kommunalsjefer: [ks], saksbehandlere: [innsats] }, katalogMed(ktx.org, [innsats]))).ok);
      const r = await settKommunensFolk(ktx, admin, { malform: 'nn' });
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(ktx.org.kommune.malform, 'nn');
      assert.deepEqual(ktx.org.kommune.saksbehandlere, [innsats]);
      assert.deepEqual(ktx.org.kommune.kommunalsjefer.map((k) => k.oid), [DEMO.kommunalsjef]);
      const tom = await settKommunensFolk(ktx, admin, {});
      assert.equal(!tom.ok && tom.feil.kode, 'ugyldig');
    });

    it('gets clear Norwegian messages for bad input, naming the field', async () => {
      const r = await opprettSkole(ktx, admin, { id: 'Ugyldig Id!', navn: '' });
      assert.ok(!r.ok && r.feil.kode === 'ugyldig');
      assert.match(ord(r.feil.felt.id!), /små bokstaver/);
      assert.equal(r.feil.felt.navn, 'Skriv navnet.');
      const k = await kobleSkole(ktx, admin, { skoleId: DEMO.skole, kilde: 'gruppe', gruppeId: 'ikke-en-guid' });
      assert.ok(!k.ok && k.feil.kode === 'ugyldig');
      assert.match(ord(k.feil.felt.gruppeId!), /GUID/);
    });

    it('sees no case content: a case stays hidden from the admin', async () => {
      const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: 'admin-ser' });
      assert.ok(sendt.ok);
      const sett = await visSak(ktx, admin, sendt.verdi.id);
      assert.equal(!sett.ok && sett.feil.kode, 'ikke_funnet');
    });
  });

  describe('rektor and the varslingsliste', () => {
    const endre = (versjon: number, ledelse: string[], varselmottakere: string[]) => endreVarslingsliste(ktx, rektor, { skoleId: DEMO.skole, versjon, ledelse, varselmottakere });

    it('changes the list: a new version with who and when, the former kept; the same change twice makes one version', async () => {
      ktx.settTid('2026-11-24T10:00:00Z');
      const r = await endre(1, [DEMO.rektor, DEMO.inspektor], [DEMO.rektor, DEMO.sosiallaerer, DEMO.inspektor]);
      assert.ok(r.ok, JSON.stringify(r));
      assert.deepEqual([r.verdi.versjon, r.verdi.av, r.verdi.tid], [2, 'Hanne Solberg', '2026-11-24T10:00:00.000Z']);
      assert.deepEqual(r.verdi.varselmottakere.map((p) => p.navn), ['Hanne Solberg', 'Marte Lie', 'Jon Bakken']);
      assert.deepEqual(r.verdi.historikk.map((v) => [v.versjon, v.av]), [[1, 'Import av organisasjonsfil']]);
      assert.ok((await endre(1, [DEMO.rektor, DEMO.inspektor], [DEMO.rektor, DEMO.sosiallaerer, DEMO.inspektor])).ok);
      assert.equal((await liste()).varslingsliste!.versjon, 2);
    });

    it('refuses a change made on a list someone else changed meanwhile', async () => {
      assert.ok((await endre(1, [DEMO.rektor], [DEMO.rektor])).ok);
      const r = await endre(1, [DEMO.rektor, DEMO.inspektor], [DEMO.rektor, DEMO.inspektor]);
      assert.equal(!r.ok && r.feil.kode, 'konflikt');
      assert.equal((await liste()).varslingsliste!.versjon, 2);
    });

    const REGLER: [string, () => Promise<unknown>, RegExp][] = [
      ['rektor left out of the ledelse', () => endre(1, [DEMO.inspektor], [DEMO.rektor]), /ledelsen må inneholde rektor/],
      ['rektor left out of the varselmottakere', () => endre(1, [DEMO.rektor], [DEMO.inspektor]), /varselmottakerne må inneholde rektor/],
      ['a kommunalsjef in the ledelse', () => endre(1, [DEMO.rektor, DEMO.kommunalsjef], [DEMO.rektor]), /kommunalsjef kan ikke være i skolens ledelse/],
      ['a kommunalsjef as varselmottaker', () => endre(1, [DEMO.rektor], [DEMO.rektor, DEMO.kommunalsjef]), /kommunalsjef kan ikke være skolens varselmottaker/],
      ['someone who does not work at the school in the ledelse', () => endre(1, [DEMO.rektor, DEMO.annenRektor], [DEMO.rektor]), /må være en av skolens ansatte \(Anne Kristiansen\)/],
      ['someone who does not work at the school as varselmottaker', () => endre(1, [DEMO.rektor], [DEMO.rektor, DEMO.annenRektor]), /varselmottaker må være en av skolens ansatte/],
      ['an oid that is not a GUID', () => endre(1, [DEMO.rektor, 'rektor'], [DEMO.rektor]), /GUID/],
    ];
    for (const [hva, gjor, message] of REGLER) {
      it(`refuses ${hva}, saying why, and stores nothing`, async () => {
        const r = (await gjor()) as Awaited<ReturnType<typeof endre>>;
        assert.ok(!r.ok && r.feil.kode === 'ugyldig', JSON.stringify(r));
        assert.match(Object.values(r.feil.felt).join('\n'), message);
        assert.equal((await liste()).varslingsliste!.versjon, 1);
      });
    }

    it('routes a varsel by the list as it was when it was sent', async () => {
      const for_ = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: 'for' });
      assert.ok((await endre(1, [DEMO.rektor, DEMO.inspektor], [DEMO.rektor])).ok);
      const etter = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: 'etter' });
      assert.ok(for_.ok && etter.ok);
      const a = (await getSak(ktx.store, for_.verdi.id))!.sak;
      const b = (await getSak(ktx.store, etter.verdi.id))!.sak;
      assert.deepEqual([a.varslingslisteVersjon, a.ruting.mottakere], [1, [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]]);
      assert.deepEqual([b.varslingslisteVersjon, b.ruting.mottakere], [2, [DEMO.rektor]]);
    });

    it('is rektor’s alone to change: another school’s rektor, a leader and the admin are refused; the admin and kommunalsjef may only look', async () => {
      for (const oid of [DEMO.annenRektor, DEMO.inspektor, DEMO.administrator, DEMO.kommunalsjef]) {
        const r = await endreVarslingsliste(ktx, aktor(oid), { skoleId: DEMO.skole, versjon: 1, ledelse: [DEMO.rektor], varselmottakere: [DEMO.rektor] });
        assert.equal(!r.ok && r.feil.kode, 'ikke_tillatt');
        const sett = await visVarslingsliste(ktx, aktor(oid), DEMO.skole);
        const leser = oid === DEMO.administrator || oid === DEMO.kommunalsjef;
        assert.equal(sett.ok, leser);
        if (sett.ok) assert.equal(sett.verdi.kanEndre, false);
      }
      const rektors = await visVarslingsliste(ktx, aktor(DEMO.rektor), DEMO.skole);
      assert.ok(rektors.ok && rektors.verdi.kanEndre);
      assert.equal((await liste()).varslingsliste!.versjon, 1);
    });
  });
});
