/**
 * Every bot card in every language (issue 24): rendered in nb, nn and en, each a valid Adaptive
 * Card for the official SDK (tests/support/cardValidation.ts), and written in that language — the
 * nynorsk card is not the bokmål one, and the English one is not either.
 */
import { strict as assert } from 'node:assert';
import { byggSakView } from '../../src/app/sakView';
import { medSprak } from '../../src/app/sprakKontekst';
import { routeVarsel } from '../../src/domain/routing';
import type { Sak } from '../../src/domain/sak';
import { KATALOGER } from '../../src/i18n/kataloger';
import { SPRAK, type Sprak } from '../../src/i18n/sprak';
import { adminCard } from '../../bot/cards/adminCard';
import { bekreftelseOversiktCard } from '../../bot/cards/bekreftelseOversikt';
import { evalueringCard } from '../../bot/cards/evalueringCard';
import { feilCard } from '../../bot/cards/feilCard';
import type { Card } from '../../bot/cards/felles';
import { informasjonCard } from '../../bot/cards/informasjonCard';
import { kvitteringCard } from '../../bot/cards/kvittering';
import { plikterBekreftetCard, plikterCard } from '../../bot/cards/plikterCard';
import { rolleendringCard } from '../../bot/cards/rolleendringCard';
import { sakCard } from '../../bot/cards/sakCard';
import { sjekkpunktCard } from '../../bot/cards/sjekkpunkt';
import { skjultCard } from '../../bot/cards/skjultCard';
import { varselskjema } from '../../bot/cards/varselForm';
import { velkomstCard } from '../../bot/cards/velkomst';
import { DEMO, demoOrg } from '../support/appKontekst';
import { cardText } from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';

const org = demoOrg();
const TID = '2026-11-23T09:00:00.000Z';

function sak(): Sak {
  const skole = org.skoler[0]!;
  return {
    id: '17',
    saksnummer: '2026-17',
    skoleId: skole.id,
    ruting: routeVarsel(org, skole, 'ansatt'),
    status: 'mottatt',
    varsel: { skjemaversjon: 2, skoleId: skole.id, elevNavn: 'Ola', beskrivelse: 'Ble holdt utenfor i friminuttet.', naar: { type: 'over_tid' }, kommerFra: 'ansatt', grepInn: 'nei', elevInformert: true },
    varsletAv: DEMO.vaktmester,
    opprettet: TID,
    saksansvarlig: DEMO.laerer,
    historikk: [{ nr: 1, handling: 'ta_imot', av: DEMO.rektor, til: DEMO.laerer, tid: TID }],
    leveringer: [{ oid: DEMO.rektor, rolle: 'mottaker', status: 'levert', tid: TID }],
  } as Sak;
}

/** Each card as the bot builds it; the view too is built in the language (status names, actions). */
const CARDS: Record<string, () => Card> = {
  velkomst: () => velkomstCard(),
  varselskjema: () => varselskjema({ skoler: org.skoler.map((s) => ({ id: s.id, navn: s.navn })), valgtSkoleId: DEMO.skole, idag: '2026-11-23', ansatte: [] }, { skjemaId: 'skjema-1' }),
  kvittering: () => kvitteringCard(byggSakView(org, sak(), DEMO.vaktmester, 'varsler'), []),
  sakskort: () => {
    const v = byggSakView(org, sak(), DEMO.rektor, 'full');
    return sakCard({ ...v, handlinger: ['tildel', 'start_undersokelse', 'avslutt_uten_tiltak', 'meld_skoleeier', 'omklassifiser'] }, { refreshFor: [] });
  },
  informasjonskort: () => informasjonCard(byggSakView(org, sak(), DEMO.kommunalsjef, 'full'), []),
  evalueringskort: () =>
    evalueringCard({
      sakId: '17',
      saksnummer: '2026-17',
      skole: 'Bakkeløkka skole',
      elevNavn: 'Ola',
      evalueringsdato: '2026-11-23',
      idag: '2026-11-23',
      tiltak: [{ id: 't1', beskrivelse: 'Voksen i friminuttet' }],
      utfallValg: (['gjenopprettet', 'gjenopprettet_tiltak_fortsetter', 'ikke_gjenopprettet'] as const).map((verdi) => ({ verdi, tekst: verdi })),
      status: { type: 'apen' },
    }),
  plikterkort: () => plikterCard({ type: 'plikter', versjon: '2026-2', skoleår: '2026–2027', melding: 'x' }, '29:a'),
  plikterBekreftet: () => plikterBekreftetCard({ tid: TID, skoleår: '2026–2027' }),
  bekreftelseOversikt: () =>
    bekreftelseOversiktCard({ type: 'bekreftelse_oversikt', skoleår: '2026–2027', skole: { skoleId: DEMO.skole, navn: 'Bakkeløkka skole', ansatte: 2, bekreftet: 1, ikkeBekreftet: [{ oid: DEMO.laerer, navn: 'Per' }] } }),
  rolleendring: () => rolleendringCard({ type: 'rolleendring', melding: 'x' }),
  admin: () => adminCard('ingen_kommunalsjef'),
  sjekkpunkt: () =>
    sjekkpunktCard({ type: 'sjekkpunkt', skole: 'Bakkeløkka skole', navn: 'Elevundersøkelsen gjennomført', ferdigNar: 'Elevene har svart.', dato: '15.12.2026' }, 'http://localhost/#/aarshjul'),
  skjult: () => skjultCard(),
  feil: () => feilCard('x', { sakId: '17', nyttSkjema: true }),
};

const iSprak = (sprak: Sprak, lag: () => Card) => medSprak(sprak, lag);

describe('i18n: every card in nb, nn and en', () => {
  for (const [navn, lag] of Object.entries(CARDS)) {
    for (const sprak of SPRAK) {
      it(`${navn} (${sprak}): a valid Adaptive Card`, () => {
        assert.deepEqual(cardProblems(iSprak(sprak, lag)), []);
      });
    }
    it(`${navn}: written in each language, not the same text three times`, () => {
      const [nb, nn, en] = SPRAK.map((s) => cardText(iSprak(s, lag)));
      assert.notEqual(nn, nb, 'nynorsk differs from bokmål');
      if (KATALOGER.en !== KATALOGER.nb) assert.notEqual(en, nb, 'English differs from bokmål');
    });
  }

  it('reads nynorsk words where nynorsk is asked for, and bokmål outside it', () => {
    assert.match(cardText(iSprak('nn', CARDS.velkomst!)), /Meld frå når ein elev ikkje har det trygt og godt/);
    assert.match(cardText(iSprak('nn', CARDS.sakskort!)), /Skule/);
    assert.match(cardText(iSprak('nn', CARDS.plikterkort!)), /Eg er kjend med pliktene/);
    assert.match(cardText(iSprak('nn', CARDS.sjekkpunkt!)), /Dette tel som gjort: Elevene har svart\./);
    assert.match(cardText(iSprak('en', CARDS.sjekkpunkt!)), /Annual cycle: checkpoint for Bakkeløkka skole/);
    assert.match(cardText(iSprak('nb', CARDS.velkomst!)), /Meld fra når en elev ikke har det trygt og godt/);
    assert.match(cardText(velkomstCard()), /Meld fra/, 'no language bound: bokmål');
  });

  // Found walking the bot in the Playground as an English-reading assistant (docs/bot.md): «report»
  // stood alone, so the reader could not match it to the «varsel» colleagues and the law speak of.
  it('names the Norwegian legal term in English the first time a card an employee reads speaks of a report: «report (varsel)»', () => {
    for (const navn of ['velkomst', 'varselskjema', 'kvittering', 'plikterkort']) {
      const tekst = cardText(iSprak('en', CARDS[navn]!));
      const forste = tekst.search(/\b(the|a) report\b|\breport a concern\b/i);
      assert.ok(forste >= 0, `${navn} speaks of a report`);
      assert.match(tekst.slice(forste), /^(the|a|report a) (report|concern) \(varsel\)/i, `${navn}: ${tekst.slice(forste, forste + 40)}`);
    }
  });

  it('keeps two languages apart when they are written at the same time', async () => {
    const [a, b] = await Promise.all(
      (['nn', 'nb'] as const).map((s) =>
        medSprak(s, async () => {
          await new Promise((r) => setTimeout(r, 5));
          return cardText(velkomstCard());
        }),
      ),
    );
    assert.match(a!, /Meld frå/);
    assert.match(b!, /Meld fra/);
  });
});
