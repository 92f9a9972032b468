/**
 * The tab in the reader's own language (issue 24), in real Chromium against the real app: an
 * assistant who reads English and a vaktmester who writes nynorsk each choose their language at the
 * top of the page, read and confirm the duties, send a varsel in «Meld fra» and read the receipt.
 * The choice is stored on the server (the bot reads the same), the page's `lang` follows for screen
 * readers, and the confirmation records the language its text was shown in. Every page is checked
 * with axe and at 320 px, and photographed to tests/.tmp/skjermbilder (the README shows the duties and
 * the receipt in each language, copied to docs/screenshots by hand).
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { skolearFor } from '../../src/domain/bekreftelse';
import { fristerFor } from '../../src/domain/fristinnstillinger';
import type { Sprak } from '../../src/i18n/sprak';
import { mineBekreftelser } from '../../src/store/bekreftelseRepo';
import { type Tab, lastet, meny, sjekkOgFotografer, somPerson, startTab, ventPaa, aapneFraMeny as åpne } from '../support/nettleser';

const HANNE = { navn: 'Hanne Solberg' }; // rektor at Bakkeløkka
const TOR = { navn: 'Tor Eriksen', oid: '00000000-0000-4000-8000-000000000108' }; // assistent at Bakkeløkka
const ARNE = { navn: 'Arne Hauge', oid: '00000000-0000-4000-8000-000000000207' }; // vaktmester at Fjordsiden

/** Each language's words the journey reads (the catalogs' own, written out: a test that cannot drift with them). */
const ORD = {
  en: {
    du: 'You are',
    laster: 'Loading …',
    venter: 'Waiting for you',
    meny: ['Waiting for you', 'My duties', 'Report', 'My reports', 'My tasks', 'Cases'],
    lagret: 'Your language has been saved.',
    plikter: 'My duties',
    pliktTittel: 'Your duties when a pupil does not feel safe and well',
    delplikter: ['Keep an eye out', 'Step in', 'Report it', 'Investigate', 'Put measures in place'],
    mottakere: 'At Bakkeløkka skole, reports go to:',
    bekreft: 'I know my duties',
    bekreftet: /You confirmed that you know your duties/,
    meldFra: 'Report',
    skjemaTittel: 'Report a concern (varsel) about a pupil',
    elevNavn: 'Pupil’s name',
    beskrivelse: /What did you see or hear/,
    kommerFra: /Is someone who works at the school mistreating the pupil/,
    nei: 'No',
    send: 'Send the report',
    beskrivelseMangler: 'Write what you saw or heard.',
    kvittering: 'Thank you – the report (varsel) has been sent',
    hvaSkjer: 'What happens now?',
    nyStatus: 'New',
    saksnummer: 'Case number',
    varsler: 'My reports',
  },
  nn: {
    du: 'Du er',
    laster: 'Lastar …',
    venter: 'Ventar på deg',
    meny: ['Ventar på deg', 'Pliktene mine', 'Meld frå', 'Varsla mine', 'Oppgåvene mine', 'Saker'],
    lagret: 'Språket er lagra.',
    plikter: 'Pliktene mine',
    pliktTittel: 'Pliktene dine når ein elev ikkje har det trygt og godt',
    delplikter: ['Følgje med', 'Gripe inn', 'Melde frå', 'Undersøkje', 'Setje inn tiltak'],
    mottakere: 'Ved Fjordsiden ungdomsskole går varsla til:',
    bekreft: 'Eg er kjend med pliktene',
    bekreftet: /Du stadfesta at du er kjend med pliktene/,
    meldFra: 'Meld frå',
    skjemaTittel: 'Meld frå om ein elev',
    elevNavn: 'Namnet til eleven',
    beskrivelse: /Kva såg eller høyrde du/,
    kommerFra: /Er det nokon som arbeider på skulen/,
    nei: 'Nei',
    send: 'Send varsel',
    beskrivelseMangler: 'Skriv kva du såg eller høyrde.',
    kvittering: 'Takk – varselet er sendt',
    hvaSkjer: 'Kva skjer no?',
    nyStatus: 'Ny',
    saksnummer: 'Saksnummer',
    varsler: 'Varsla mine',
  },
} satisfies Record<Exclude<Sprak, 'nb'>, unknown>;


describe('the tab in English and nynorsk', function () {
  this.timeout(60_000);
  let tab: Tab;
  const sider = new Map<string, Page>();
  /** The case number of the varsel each sent, for the next step. */
  const sendt = new Map<string, string>();

  before(async function () {
    this.timeout(180_000); // builds the tab first when its build is missing or stale
    tab = await startTab();
  });
  after(async () => {
    await tab?.stopp();
  });

  for (const [sprak, person, navnPaaSprak] of [
    ['en', TOR, 'English'],
    ['nn', ARNE, 'Nynorsk'],
  ] as const) {
    const o = ORD[sprak];

    it(`lets ${person.navn} choose ${navnPaaSprak} at the top of the page: the menu, the page's lang and the stored choice follow, and it holds after a reload`, async () => {
      const side = await somPerson(tab, sider, person.navn);
      assert.equal(await side.evaluate('document.documentElement.lang'), 'nb', 'bokmål until a choice (the demo municipality writes bokmål)');
      const valg = side.getByLabel('Språk (language)');
      await valg.focus();
      await valg.selectOption(sprak);
      await side.getByText(`${o.du} ${person.navn}`).waitFor();
      await lastet(side, o.venter, o.laster);
      assert.equal(await side.evaluate('document.documentElement.lang'), sprak);
      assert.deepEqual((await meny(side)).map((m) => m.replace(/\s*\d+\s*\(.*\)$/, '')), o.meny);
      // The choice keeps focus (a keyboard user is where they were), and a screen reader hears it was saved.
      assert.equal(await side.evaluate('document.activeElement?.id'), 'sprakvalg');
      await ventPaa(side, `(document.querySelector('[aria-live=polite]')?.textContent ?? '').startsWith(${JSON.stringify(o.lagret)})`);
      // Stored on the server, where the bot reads it.
      assert.equal((await tab.app.ktx.personvalg.get(person.oid))?.sprak, sprak);
      await side.reload();
      await lastet(side, o.venter, o.laster);
      assert.equal(await side.evaluate('document.documentElement.lang'), sprak);
      assert.equal(await side.getByLabel(/^(Language|Språk)/).inputValue(), sprak);
      await sjekkOgFotografer(side, `sprak-${sprak}-venter`);
    });

    it(`shows ${person.navn} the duties in ${navnPaaSprak}; the confirmation records that language`, async () => {
      const side = await somPerson(tab, sider, person.navn);
      await åpne(side, o.plikter, o.pliktTittel, o.laster);
      for (const [i, delplikt] of o.delplikter.entries()) await side.getByRole('heading', { level: 2, name: `${i + 1}. ${delplikt}` }).waitFor();
      await side.getByText(o.mottakere).waitFor();
      await sjekkOgFotografer(side, `sprak-${sprak}-plikter`);
      await side.getByRole('button', { name: o.bekreft }).click();
      await side.getByRole('main').getByText(o.bekreftet).waitFor();
      await sjekkOgFotografer(side, `sprak-${sprak}-plikter-bekreftet`);

      const ktx = tab.app.ktx;
      const skolear = skolearFor(ktx.naa(), fristerFor(ktx.org.kommune)).navn;
      const stored = await mineBekreftelser(ktx.store, person.oid, skolear);
      assert.equal(stored.length, 1);
      assert.equal(stored[0]?.sprak, sprak, 'the record says which language the duties were read in');
    });

    it(`lets ${person.navn} send a varsel in ${navnPaaSprak} — the missing field named in it — and read the receipt and Mine varsler`, async () => {
      const side = await somPerson(tab, sider, person.navn);
      await åpne(side, o.meldFra, o.skjemaTittel, o.laster);
      await side.getByLabel(o.elevNavn).fill('Ola Nordmann');
      await side.getByRole('button', { name: o.send }).click();
      // The server's message, in the person's language, at the field it belongs to.
      await side.getByText(o.beskrivelseMangler).waitFor();
      assert.equal(await side.getByLabel(o.beskrivelse).getAttribute('aria-invalid'), 'true');
      await side.getByLabel(o.beskrivelse).fill('Ble holdt utenfor i friminuttet og gråt etterpå.');
      await side.getByRole('radiogroup', { name: o.kommerFra }).getByRole('radio', { name: o.nei, exact: true }).check();
      await side.getByRole('button', { name: o.send }).click();
      await lastet(side, o.kvittering, o.laster);
      await side.getByRole('heading', { name: o.hvaSkjer }).waitFor();
      await side.getByRole('definition').filter({ hasText: new RegExp(`^${o.nyStatus}$`) }).waitFor();
      const saksnummer = ((await side.getByText(new RegExp(`^${o.saksnummer}: `)).innerText()).split(': ')[1] ?? '').trim();
      assert.match(saksnummer, /^\d{4}-/);
      sendt.set(sprak, saksnummer);
      await sjekkOgFotografer(side, `sprak-${sprak}-kvittering`);

      await åpne(side, o.varsler, o.varsler, o.laster);
      await side.getByRole('row').filter({ hasText: 'Ola Nordmann' }).getByText(saksnummer).waitFor();
      await sjekkOgFotografer(side, `sprak-${sprak}-mine-varsler`);
    });
  }

  it('keeps the language and says why when the choice cannot be stored', async () => {
    const side = await somPerson(tab, sider, TOR.navn);
    await side.route('**/api/meg/sprak', (r) =>
      r.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'The storage is not answering right now.', status: 503, kode: 'utilgjengelig' }) }),
    );
    await side.getByLabel('Language (språk)').selectOption('nb');
    await side.getByRole('alert').filter({ hasText: 'The storage is not answering right now.' }).waitFor();
    assert.equal(await side.evaluate('document.documentElement.lang'), 'en');
    assert.equal(await side.getByLabel('Language (språk)').inputValue(), 'en');
    assert.equal((await tab.app.ktx.personvalg.get(TOR.oid))?.sprak, 'en');
    await side.unroute('**/api/meg/sprak');
  });

  it("lets rektor read her school's cases in English: Cases, the case page and its actions", async () => {
    const side = await somPerson(tab, sider, HANNE.navn);
    await side.getByLabel('Språk (language)').selectOption('en');
    await lastet(side, 'Waiting for you', 'Loading …');
    await åpne(side, 'Cases', 'Cases', 'Loading …');
    const nr = sendt.get('en') ?? '';
    await side.getByRole('table', { name: '1 case, page 1 of 1' }).getByRole('link', { name: nr }).click();
    await lastet(side, `Case ${nr}`, 'Loading …');
    await side.getByRole('definition').filter({ hasText: /^New$/ }).waitFor();
    await side.getByRole('heading', { level: 2, name: 'What do you want to do' }).waitFor();
    await side.getByRole('button', { name: /^Receive/ }).first().waitFor();
    await side.getByRole('heading', { level: 2, name: 'What has been done, duty by duty' }).waitFor();
    // The documentation per delplikt, written by the server in the reader's language.
    await side.getByRole('heading', { level: 3, name: 'Keep an eye out' }).waitFor();
    await side.getByText('Report sent', { exact: true }).waitFor();
    await sjekkOgFotografer(side, 'sprak-en-sak-rektor');
    // The school year's page (issue 23) in English too: its title and the default checkpoints.
    await åpne(side, 'Annual cycle (årshjul)', 'Annual cycle (årshjul)', 'Loading …');
    await side.getByText('The Pupil Survey (Elevundersøkelsen) carried out').first().waitFor();
    await sjekkOgFotografer(side, 'sprak-en-aarshjul-rektor');
  });
});
