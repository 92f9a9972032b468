/**
 * The person's language over the tab API (issue 24): GET /api/meg says which language the person
 * reads (own choice, else the locale the tab sends, else the målform) and PUT /api/meg/sprak
 * stores the choice; a wrong value is a field error, and nothing is stored.
 */
import { strict as assert } from 'node:assert';
import { BotHarness } from '../support/botHarness';
import { DEMO } from '../support/appKontekst';
import { nn } from '../../src/i18n/nn';

describe('tab API: the language a person reads', () => {
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  const som = (oid: string, headers: Record<string, string> = {}) => ({ 'x-skolemiljo-person': oid, ...headers });
  const meg = async (oid: string, locale?: string) =>
    (await (await fetch(`${h.url}/api/meg`, { headers: som(oid, locale ? { 'x-skolemiljo-locale': locale } : {}) })).json()) as {
      sprak: string;
      valgtSprak?: string;
      malform: string;
    };
  const velg = (oid: string, kropp: unknown) =>
    fetch(`${h.url}/api/meg/sprak`, { method: 'PUT', headers: som(oid, { 'content-type': 'application/json' }), body: JSON.stringify(kropp) });

  it('reads the locale the tab sends when the person chose nothing, and the målform without one', async () => {
    const nn = await meg(DEMO.laerer, 'nn-NO');
    assert.equal(nn.sprak, 'nn');
    assert.equal(nn.malform, 'nb');
    assert.equal((await meg(DEMO.laerer, 'en-US')).sprak, 'en');
    assert.equal((await meg(DEMO.laerer, 'nb-NO')).sprak, 'nb');
    const uten = await meg(DEMO.laerer);
    assert.equal(uten.sprak, 'nb');
    assert.equal(uten.valgtSprak, undefined);
  });

  it('stores the choice, which then wins over the locale', async () => {
    const svar = await velg(DEMO.vaktmester, { sprak: 'nn' });
    assert.equal(svar.status, 200);
    assert.deepEqual(await svar.json(), { sprak: 'nn' });
    const m = await meg(DEMO.vaktmester, 'en-GB');
    assert.equal(m.sprak, 'nn');
    assert.equal(m.valgtSprak, 'nn');
    assert.equal((await h.ktx.personvalg.get(DEMO.vaktmester))?.sprak, 'nn');
  });

  it('refuses a language it does not have, under the field, and keeps the earlier choice', async () => {
    await velg(DEMO.laerer2, { sprak: 'en' });
    const svar = await velg(DEMO.laerer2, { sprak: 'pl' });
    assert.equal(svar.status, 400);
    const p = (await svar.json()) as { felt: Record<string, string> };
    assert.match(p.felt.sprak ?? '', /nynorsk/i); // in the person's language (English here: «Nynorsk»)
    assert.equal((await meg(DEMO.laerer2)).sprak, 'en');
  });

  it('answers field errors and refusals in the person’s language: the locale, or the stored choice', async () => {
    const send = (oid: string, locale?: string) =>
      fetch(`${h.url}/api/varsler`, {
        method: 'POST',
        headers: som(oid, { 'content-type': 'application/json', ...(locale ? { 'x-skolemiljo-locale': locale } : {}) }),
        body: JSON.stringify({ skoleId: DEMO.skole, elevNavn: '', beskrivelse: '', skjemaId: `sprak-skjema-${oid.slice(-4)}-${locale ?? 'x'}` }),
      });
    const nyn = (await (await send(DEMO.inspektor, 'nn-NO')).json()) as { title: string; felt: Record<string, string> };
    assert.equal(nyn.felt.elevNavn, nn.nb.validering.elevNavnMangler);
    assert.equal(nyn.title, nn.nb.feil.skjemaUgyldig);
    const bokmal = (await (await send(DEMO.inspektor, 'nb-NO')).json()) as { felt: Record<string, string> };
    assert.equal(bokmal.felt.elevNavn, 'Skriv elevens navn.');
    // vaktmester chose nynorsk above: the tab's bokmål locale does not change that.
    const valgt = (await (await send(DEMO.vaktmester, 'nb-NO')).json()) as { felt: Record<string, string> };
    assert.equal(valgt.felt.elevNavn, nn.nb.validering.elevNavnMangler);
    const nekt = await fetch(`${h.url}/api/saker`, { headers: som(DEMO.ukjent, { 'x-skolemiljo-locale': 'nn-NO' }) });
    assert.equal(nekt.status, 403);
    assert.equal(((await nekt.json()) as { title: string }).title, nn.nb.feil.ukjentPerson);
  });
});
