/**
 * The tab API as a pupil (issue 25), over real HTTP: «Si fra» and «Det jeg har sagt fra om» answer;
 * every other route of the API is refused, their own case included; staff are refused the pupil's routes.
 */
import { strict as assert } from 'node:assert';
import { ROUTES, stiMed } from '../../src/http/api/routes';
import { elevTekster } from '../../src/i18n/elev';
import { BotHarness } from '../support/botHarness';
import { DEMO } from '../support/appKontekst';
import { BOTH_STORES } from '../support/bothStores';

const ELEVROUTES = new Set<string>(['siFraSkjema', 'siFra', 'mineMeldinger']);
/** Routes anyone may call (the mode the tab runs in; the local person picker) — they hold nothing of anyone. */
const APNE = new Set<string>(['oppsett', 'personer']);
/** Bodies each write route's schema accepts. */
const KROPP: Record<string, unknown> = {
  bekreftPlikter: { versjon: '1' },
  settSprak: { sprak: 'nn' },
  sendVarsel: { skjemaId: 'elev-som-ansatt-01', skoleId: DEMO.skole, elevNavn: 'Ida Berg', beskrivelse: 'Prøver skjemaet for ansatte.', kommerFra: 'nei' },
  handling: { handling: 'ta_imot' },
  loggfor: { skjemaId: 'elev-logg-000001', type: 'annet', dato: '2026-11-23', tekst: 'Prøver loggen.' },
  aktiverPlan: { versjon: 1 },
  evaluer: { skjemaId: 'elev-eval-000001', dato: '2026-11-23', deltakere: 'Eleven', vurderinger: [], elevensSvar: 'ja', elevensOpplevelse: 'Eleven sier det går bedre.', utfall: 'gjenopprettet' },
  tiltaksnotat: { evalueringsnotat: 'Prøver.' },
  endreVarslingsliste: { versjon: 1, rektor: DEMO.rektor, ledelse: [DEMO.rektor], varselmottakere: [DEMO.rektor] },
  innsyn: { skoleId: DEMO.skole, elevNavn: 'Ida Berg', format: 'json' },
};
const ORD = 'Noen tar matpakken min hver dag og ler av meg.';

for (const lager of BOTH_STORES) {
  describe(`tab API as a pupil (issue 25) — ${lager.navn}`, function () {
    this.timeout(60_000);
    let h: BotHarness;
    before(async () => (h = await BotHarness.start({ store: lager })));
    after(async () => h.stopp());

    const kall = (metode: string, sti: string, oid: string, kropp?: unknown) =>
      fetch(`${h.url}${sti}`, {
        method: metode,
        headers: { 'x-skolemiljo-person': oid, ...(kropp !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(kropp !== undefined ? { body: JSON.stringify(kropp) } : {}),
      });
    let sakId = '';

    it("gives the pupil the form's choices and takes their report once for a double click", async () => {
      const skjema = await kall('GET', ROUTES.siFraSkjema.sti, DEMO.elev);
      assert.equal(skjema.status, 200);
      const s = (await skjema.json()) as { trinn: string; voksne: { navn: string }[] };
      assert.equal(s.trinn, 'barnetrinn');
      assert.deepEqual(s.voksne.map((v) => v.navn), ['Per Hansen', 'Marte Lie', 'Hanne Solberg']);
      const kropp = { skjemaId: 'elev-fane-000001', hvem: 'meg', hva: ORD, hvordan: 'delvis', voksen: 'nei', snakkeMed: DEMO.sosiallaerer };
      const [a, b] = await Promise.all([kall('POST', ROUTES.siFra.sti, DEMO.elev, kropp), kall('POST', ROUTES.siFra.sti, DEMO.elev, kropp)]);
      assert.equal(a.status, 200);
      const kvittering = (await a.json()) as { id: string; linjer: string[]; statusTekst: string };
      assert.equal(((await b.json()) as { id: string }).id, kvittering.id);
      assert.equal(kvittering.linjer[1], 'Marte Lie skal snakke med deg senest 30.11.2026.');
      assert.deepEqual(await h.sakIder(), [kvittering.id]);
      sakId = kvittering.id;
    });

    it('a missing answer is a 400 naming the field in kind words', async () => {
      const svar = await kall('POST', ROUTES.siFra.sti, DEMO.elev, { skjemaId: 'elev-fane-000002', hvem: 'meg', hva: ORD, hvordan: 'nei' });
      assert.equal(svar.status, 400);
      assert.deepEqual(((await svar.json()) as { felt: unknown }).felt, { voksen: elevTekster.feil.voksen });
    });

    it('shows what they said as status only', async () => {
      const svar = await kall('GET', ROUTES.mineMeldinger.sti, DEMO.elev);
      assert.equal(svar.status, 200);
      const tekst = await svar.text();
      assert.deepEqual(JSON.parse(tekst), [{ id: sakId, sendt: '23.11.2026', status: 'mottatt', statusTekst: elevTekster.status.tekst.mottatt }]);
    });

    it('refuses the pupil every other route, their own case included, and shows nothing of it', async () => {
      const parametre = { sakId, skoleId: DEMO.skole, tiltakId: 'x' };
      const galt: string[] = [];
      for (const [navn, r] of Object.entries(ROUTES)) {
        if (ELEVROUTES.has(navn) || APNE.has(navn)) continue;
        // A body the route's schema accepts, so the refusal is the use case's, not the body check's.
        const svar = await kall(r.metode, stiMed(r.sti, parametre), DEMO.elev, r.metode === 'GET' ? undefined : (KROPP[navn] ?? {}));
        const tekst = await svar.text();
        if (svar.status !== 403 && svar.status !== 404) galt.push(`${navn} ${r.metode} ${r.sti}: ${svar.status} ${tekst.slice(0, 160)}`);
        assert.ok(!tekst.includes(ORD) && !tekst.includes('Hanne'), `${r.sti} shows something`);
      }
      assert.deepEqual(galt, []);
      assert.deepEqual(await h.sakIder(), [sakId], 'nothing written');
      assert.equal((await h.sak(sakId)).sak.status, 'ny');
    });

    it("refuses staff and someone outside the organisation the pupil's routes", async () => {
      for (const oid of [DEMO.rektor, DEMO.laerer, DEMO.kommunalsjef, DEMO.administrator, DEMO.ukjent]) {
        assert.equal((await kall('GET', ROUTES.siFraSkjema.sti, oid)).status, 403);
        assert.equal((await kall('GET', ROUTES.mineMeldinger.sti, oid)).status, 403);
        assert.equal((await kall('POST', ROUTES.siFra.sti, oid, { skjemaId: `stab-${oid.slice(-8)}-01`, hvem: 'meg', hva: ORD, hvordan: 'nei', voksen: 'nei' })).status, 403);
      }
      assert.deepEqual(await h.sakIder(), [sakId]);
    });

    it('staff see on the case page that the pupil raised it, and when', async () => {
      const side = (await (await kall('GET', stiMed(ROUTES.sak.sti, { sakId }), DEMO.rektor)).json()) as { sak?: { fraEleven?: { tekst: string } }; fraEleven?: { tekst: string } };
      const fra = side.sak?.fraEleven ?? side.fraEleven;
      assert.equal(fra?.tekst, 'Eleven har sagt fra selv, 23.11.2026.', JSON.stringify(side).slice(0, 300));
    });

    it("the day's limit: a fourth report the same Oslo day is a 409 in kind words and stores nothing; the next day is open again", async () => {
      // Late evening in Oslo is still the same day (23:30 Oslo = 22:30 UTC).
      h.settTid('2026-11-24T08:00:00Z');
      const kropp = (n: number) => ({ skjemaId: `elev2-grense-${n}0000`, hvem: 'meg', hva: ORD, hvordan: 'nei', voksen: 'nei' });
      for (const n of [1, 2]) assert.equal((await kall('POST', ROUTES.siFra.sti, DEMO.elev2, kropp(n))).status, 200);
      h.settTid('2026-11-24T22:30:00Z');
      assert.equal((await kall('POST', ROUTES.siFra.sti, DEMO.elev2, kropp(3))).status, 200);
      const for_ = (await h.sakIder()).length;
      const fjerde = await kall('POST', ROUTES.siFra.sti, DEMO.elev2, kropp(4));
      assert.equal(fjerde.status, 409);
      assert.ok((await fjerde.text()).includes(elevTekster.feil.forMange));
      assert.equal((await h.sakIder()).length, for_, 'nothing stored');
      assert.equal((await kall('POST', ROUTES.siFra.sti, DEMO.elev2, kropp(3))).status, 200, 'a resend of the third is not a fourth');
      h.settTid('2026-11-24T23:30:00Z');
      assert.equal((await kall('POST', ROUTES.siFra.sti, DEMO.elev2, kropp(5))).status, 200, 'after midnight in Oslo');
      assert.equal((await h.sakIder()).length, for_ + 1);
    });
  });
}
