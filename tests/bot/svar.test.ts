/**
 * The card says only what the reporter said: every optional answer, blank or given, on every
 * receiver's card (rektor and the other receivers, the kommunalsjef told of a §12-5 case), through
 * the bot. A blank answer reads «Ikke besvart», never a default; a given one is the reporter's
 * answer in the third person. The form itself presets nothing but the school.
 */
import { strict as assert } from 'node:assert';
import { DEMO } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { sendVarsel, lastCard } from './hjelpere';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** «Etikett: » (a question: «Spørsmål? ») and its value, as cardText shows a line (one TextRun each), never «?:». */
const svar = (etikett: string, verdi: string) => new RegExp(`${esc(etikett)}${etikett.endsWith('?') ? '' : ':'} \\n${esc(verdi)}`);

const SPORSMAL = {
  naar: 'Når det skjedde',
  sted: 'Hvor det skjedde',
  involverte: 'Andre involverte',
  kilde: 'Hvordan melderen fikk vite om det',
  grepInn: 'Grep melderen inn?',
  grepInnHvordan: 'Hvordan melderen grep inn',
  elevInformert: 'Fikk eleven vite at det er meldt fra?',
  ikkeInformertHvorfor: 'Hvorfor eleven ikke fikk vite det',
} as const;

/** The reporter's first-person choice labels, and the old defaults: never on a receiver's card. */
const ALDRI = ['Jeg så eller hørte det selv', 'Nei, eller jeg vet ikke', 'Ikke aktuelt'];

describe('bot: the receiver’s card states only what the reporter said', function () {
  this.timeout(60_000);
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('shows every blank answer as «Ikke besvart» on every receiver’s card, with no default', async () => {
    await sendVarsel(h, DEMO.vaktmester, { kommerFra: 'nei', beskrivelse: 'Jonas fortalte at Kari ble dyttet i garderoben.' });
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]) {
      const tekst = cardText(lastCard(h, oid));
      for (const [felt, etikett] of Object.entries(SPORSMAL)) assert.match(tekst, svar(etikett, 'Ikke besvart'), `${oid}: ${felt}`);
      for (const ord of ALDRI) assert.ok(!tekst.includes(ord), `${oid}: «${ord}»`);
      assert.doesNotMatch(tekst, /\?:|\.:|:\s*:/, 'no punctuation glitches');
      assert.match(tekst, svar('Er det noen som jobber på skolen som krenker eleven?', 'Nei, svarte melderen'));
    }
  });

  it('shows every given answer in the third person on every receiver’s card, kommunalsjef’s notice too', async () => {
    await sendVarsel(h, DEMO.vaktmester, {
      kommerFra: 'ansatt',
      naar: 'over_tid',
      sted: 'Garderoben',
      involverte: 'To elever i 6B',
      kilde: 'annen_elev',
      grepInn: 'ja',
      grepInnHvordan: 'Sa ifra og fulgte Kari ut',
      elevInformert: 'nei',
      ikkeInformertHvorfor: 'Kari var for lei seg',
    });
    for (const oid of [DEMO.rektor, DEMO.kommunalsjef]) {
      const tekst = cardText(lastCard(h, oid));
      assert.match(tekst, svar(SPORSMAL.naar, 'Over tid, flere ganger'));
      assert.match(tekst, svar(SPORSMAL.sted, 'Garderoben'));
      assert.match(tekst, svar(SPORSMAL.involverte, 'To elever i 6B'));
      assert.match(tekst, svar(SPORSMAL.kilde, 'En annen elev fortalte det til melderen'));
      assert.match(tekst, svar(SPORSMAL.grepInn, 'Ja'));
      assert.match(tekst, svar(SPORSMAL.grepInnHvordan, 'Sa ifra og fulgte Kari ut'));
      assert.match(tekst, svar(SPORSMAL.elevInformert, 'Nei'));
      assert.match(tekst, svar(SPORSMAL.ikkeInformertHvorfor, 'Kari var for lei seg'));
      assert.match(tekst, svar('Er det noen som jobber på skolen som krenker eleven?', 'Ja, en som jobber på skolen, svarte melderen'));
      assert.doesNotMatch(tekst, /Ikke besvart/, oid);
    }
  });

  it('shows a date, «vet ikke» and each source and grepInn answer as the reporter gave it', async () => {
    const tilfeller: [Record<string, string>, string, string][] = [
      [{ dato: '2026-11-20' }, SPORSMAL.naar, '20.11.2026'],
      [{ naar: 'vet_ikke' }, SPORSMAL.naar, 'Melderen vet ikke'],
      [{ kilde: 'egen_observasjon' }, SPORSMAL.kilde, 'Melderen så eller hørte det selv'],
      [{ kilde: 'eleven' }, SPORSMAL.kilde, 'Eleven fortalte det til melderen'],
      [{ kilde: 'foresatte' }, SPORSMAL.kilde, 'Foresatte fortalte det til melderen'],
      [{ kilde: 'annen_voksen' }, SPORSMAL.kilde, 'En annen voksen fortalte det til melderen'],
      [{ grepInn: 'nei' }, SPORSMAL.grepInn, 'Nei'],
      [{ grepInn: 'ikke_aktuelt' }, SPORSMAL.grepInn, 'Ikke aktuelt, svarte melderen'],
      [{ elevInformert: 'ja' }, SPORSMAL.elevInformert, 'Ja'],
      [{ kommerFra: 'vet_ikke' }, 'Er det noen som jobber på skolen som krenker eleven?', 'Melderen vet ikke'],
    ];
    for (const [felt, etikett, vist] of tilfeller) {
      await sendVarsel(h, DEMO.vaktmester, felt);
      assert.match(cardText(lastCard(h, DEMO.rektor)), svar(etikett, vist), JSON.stringify(felt));
    }
  });

  it('presets no answer in the form but the school', async () => {
    const [svarPaaSkjema] = (await h.bruker(DEMO.vaktmester).skriv('varsel')).filter((o) => o.kort);
    const inputs: Record<string, unknown>[] = [];
    const gaa = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(gaa);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (typeof o.type === 'string' && o.type.startsWith('Input.')) inputs.push(o);
        Object.values(o).forEach(gaa);
      }
    };
    gaa(svarPaaSkjema!.kort);
    assert.deepEqual(inputs.map((i) => i.id).sort(), ['beskrivelse', 'dato', 'elevInformert', 'elevKlasse', 'elevNavn', 'grepInn', 'grepInnHvordan', 'ikkeInformertHvorfor', 'involvertAnsatt', 'involvertAnsattTekst', 'involverte', 'kilde', 'kommerFra', 'naar', 'skoleId', 'sted']);
    for (const i of inputs) {
      if (i.id === 'skoleId') assert.equal(i.value, DEMO.skole);
      else assert.ok(i.value === undefined || i.value === '', `${String(i.id)} is preset to «${String(i.value)}»`);
    }
    const kommerFra = inputs.find((i) => i.id === 'kommerFra') as { choices: { title: string }[] };
    assert.deepEqual(kommerFra.choices.map((c) => c.title), ['Nei', 'Vet ikke', 'Ja, en som jobber på skolen', 'Ja, noen i ledelsen (rektor, inspektør, avdelingsleder)']);
  });
});
