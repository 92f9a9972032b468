/**
 * The school year's words follow the reader's language (issue 24): the skolerute and årshjul use
 * cases answer in nb, nn or en — the page's words, the default checkpoints, a field's error, a
 * refusal — and the checkpoint card is in every language (kortISprak.test.ts). One store is enough:
 * the language is not the store's business (tests/app/skolear/skolear.test.ts runs both).
 */
import { strict as assert } from 'node:assert';
import type { AppKontekst } from '../../src/app/kontekst';
import { visAarshjul } from '../../src/app/skolear/aarshjul';
import { lagreSkolerute, visSkolerute } from '../../src/app/skolear/skolerute';
import { medSprak } from '../../src/app/sprakKontekst';
import { DEMO, aktor, kontekstPaa } from '../support/appKontekst';
import { BOTH_STORES } from '../support/bothStores';

describe('i18n: the school year in nb, nn and en', () => {
  let ktx: AppKontekst;
  let rydd: () => Promise<void>;
  beforeEach(async () => {
    const l = await BOTH_STORES[0]!.aapne();
    rydd = l.rydd;
    ktx = await kontekstPaa(l.store, () => new Date('2026-11-23T10:00:00+01:00'));
  });
  afterEach(async () => rydd());

  it('shows the skolerute page in the reader’s language', async () => {
    const side = async (s: 'nb' | 'nn' | 'en') => {
      const r = await medSprak(s, () => visSkolerute(ktx, aktor(DEMO.laerer)));
      assert.ok(r.ok);
      return { kilde: r.verdi.kildeTekst, jul: r.verdi.friValg.find((f) => f.verdi === 'juleferie')?.tekst };
    };
    assert.deepEqual(await side('nb'), { kilde: 'Viser standard skolerute (kommunen har ikke lagt inn sin egen).', jul: 'Juleferie' });
    assert.deepEqual(await side('nn'), { kilde: 'Viser standard skolerute (kommunen har ikkje lagt inn si eiga).', jul: 'Juleferie' });
    assert.deepEqual(await side('en'), { kilde: 'Showing the standard school calendar (the municipality has not entered its own).', jul: 'Christmas holiday' });
    const stored = await medSprak('en', () => lagreSkolerute(ktx, aktor(DEMO.kommunalsjef), { skolear: '2026-2027', forsteSkoledag: '2026-08-17', sisteSkoledag: '2027-06-18', fri: [] }));
    assert.ok(stored.ok, JSON.stringify(stored));
    assert.match(stored.verdi.endretTekst ?? '', /^Last saved by .+ 23\.11\.2026 at 10:00\.$/);
  });

  it('names a field’s error and a refusal in the reader’s language', async () => {
    const feltFeil = async (s: 'nn' | 'en') => {
      const r = await medSprak(s, () => lagreSkolerute(ktx, aktor(DEMO.kommunalsjef), { skolear: '2026', forsteSkoledag: '2026-08-17', sisteSkoledag: '2027-06-18', fri: [] }));
      assert.ok(!r.ok && r.feil.kode === 'ugyldig', JSON.stringify(r));
      return (r.feil as { felt: Record<string, string> }).felt.skolear;
    };
    assert.equal(await feltFeil('nn'), 'Vel eit skuleår, til dømes 2026-2027.');
    assert.equal(await feltFeil('en'), 'Choose a school year, for example 2026-2027.');
    const nei = await medSprak('en', () => lagreSkolerute(ktx, aktor(DEMO.laerer), { skolear: '2026-2027', forsteSkoledag: '2026-08-17', sisteSkoledag: '2027-06-18', fri: [] }));
    assert.ok(!nei.ok && nei.feil.kode === 'ikke_tillatt');
    assert.match(String((nei.feil as { melding?: unknown }).melding), /^Only the head of education/);
  });

  it('names the default årshjul’s checkpoints and their status in the reader’s language', async () => {
    const hjul = async (s: 'nb' | 'nn' | 'en') => {
      const r = await medSprak(s, () => visAarshjul(ktx, aktor(DEMO.kommunalsjef)));
      assert.ok(r.ok && r.verdi.standard);
      const punkt = r.verdi.sjekkpunkter.find((p) => p.id === 'elevundersokelsen');
      return { navn: punkt?.navn, ansvar: r.verdi.ansvarValg.map((a) => a.tekst) };
    };
    assert.deepEqual(await hjul('nb'), { navn: 'Elevundersøkelsen gjennomført', ansvar: ['Hele skolen (rektor leder)', 'Rektor'] });
    assert.deepEqual(await hjul('nn'), { navn: 'Elevundersøkinga gjennomført', ansvar: ['Heile skulen (rektor leier)', 'Rektor'] });
    assert.deepEqual(await hjul('en'), { navn: 'The Pupil Survey (Elevundersøkelsen) carried out', ansvar: ['The whole school (the principal leads)', 'The principal'] });
  });
});
