/**
 * The bot in the person's language (issue 24): Teams' locale nn-NO reads nynorsk, from the greeting
 * to the receipt and the field errors; a stored choice wins over the locale; a card delivered to
 * someone else (rektor) is in that person's language, and without a choice in the municipality's
 * målform, which the administrator sets.
 */
import { strict as assert } from 'node:assert';
import { settKommunensFolk } from '../../src/app/org/skoleoppsett';
import { nn } from '../../src/i18n/nn';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { lastCard } from './hjelpere';

describe('bot: the language a person reads', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  const cardsInChat = (opptak: { kort?: Record<string, unknown> }[]) => opptak.map((o) => (o.kort ? cardText(o.kort) : String(o.kort ?? ''))).join('\n');

  it('reads nynorsk for Teams in nn-NO: greeting, form, field errors and receipt', async () => {
    const u = h.bruker(DEMO.vaktmester, { locale: 'nn-NO' });
    assert.match(cardsInChat(await u.skriv('hei')), /Meld frå når ein elev ikkje har det trygt og godt/);
    assert.match(cardsInChat(await u.skriv('varsel')), /Meld frå om ein elev/);
    const feil = await u.klikk('send_varsel', { skjemaId: 'nn-skjema-1', skoleId: DEMO.skole, elevNavn: '', beskrivelse: '' });
    const feiltekst = cardText(feil.kort);
    assert.ok(feiltekst.includes(nn.nb.validering.elevNavnMangler), feiltekst.slice(0, 400));
    assert.ok(feiltekst.includes(nn.nb.feil.skjemaUgyldig));
    const kvittering = await u.klikk('send_varsel', { ...varselSkjema(), skjemaId: 'nn-skjema-1' });
    const tekst = cardText(kvittering.kort);
    assert.match(tekst, /Kva skjer no\?/);
    assert.doesNotMatch(tekst, /Hva skjer nå/);
  });

  it('keeps the person’s own choice over the locale, and reads the locale again when there is none', async () => {
    await h.ktx.personvalg.settSprak(DEMO.laerer, 'nb', h.naa().toISOString());
    const valgt = h.bruker(DEMO.laerer, { locale: 'nn-NO' });
    assert.match(cardsInChat(await valgt.skriv('hei')), /Meld fra når en elev ikke har det trygt og godt/);
    await h.ktx.personvalg.settSprak(DEMO.laerer, 'nn', h.naa().toISOString());
    const bokmalsTeams = h.bruker(DEMO.laerer, { locale: 'nb-NO' });
    assert.match(cardsInChat(await bokmalsTeams.skriv('hei')), /Meld frå når ein elev/);
  });

  it('writes the card to rektor in rektor’s language, whatever language the reporter used', async () => {
    await h.ktx.personvalg.settSprak(DEMO.rektor, 'nn', h.naa().toISOString());
    const u = h.bruker(DEMO.vaktmester, { locale: 'nb-NO' });
    await u.skriv('varsel');
    await u.klikk('send_varsel', { ...varselSkjema(), skjemaId: 'til-rektor-1' });
    await h.leverAlt();
    const tilRektor = cardText(lastCard(h, DEMO.rektor));
    assert.match(tilRektor, /Kvar det skjedde|Skule|Namnet|Gjeld/);
    assert.doesNotMatch(tilRektor, /Skole\b/);
  });

  it('uses the municipality’s målform for a receiver with no choice, once the administrator sets it', async () => {
    const u = h.bruker(DEMO.vaktmester, { locale: 'nb-NO' });
    await u.skriv('varsel');
    const k = h.ktx.org.kommune;
    const satt = await settKommunensFolk(h.ktx, aktor(DEMO.administrator), { kommunalsjefer: k.kommunalsjefer, saksbehandlere: k.saksbehandlere, malform: 'nn' });
    assert.ok(satt.ok);
    assert.equal(satt.verdi.malform, 'nn');
    assert.equal(h.ktx.org.kommune.malform, 'nn');
    await u.klikk('send_varsel', { ...varselSkjema(), skjemaId: 'malform-1' });
    await h.leverAlt();
    assert.match(cardText(lastCard(h, DEMO.rektor)), /Skule/);
    // The reporter's own receipt followed their Teams (bokmål), not the målform.
    assert.match(cardText(h.svarKort.at(-1)!.kort), /Hva skjer nå\?/);
  });
});
