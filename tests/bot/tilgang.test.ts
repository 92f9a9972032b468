/**
 * The authorization matrix through Teams: each person clicks each verb on a case (Action.Execute
 * invokes over HTTP), and sees either the result or a clear error card — and a refusal changes
 * nothing in the store. Forged invokes change nothing either.
 */
import { strict as assert } from 'node:assert';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { utforHandling } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import { nb } from '../../src/i18n/nb';
import type { Handling } from '../../src/domain/sak';
import type { KommerFra } from '../../src/domain/varsel';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { ELEVENS_OPPLEVELSE_TRYGG, INFORMERT } from '../support/saksgang';

/**
 * What the person sees: the case ('ok'), the receipt ('kvittering'), not allowed, not found (its
 * existence hidden), a move the case does not allow, "not registered", or — having moved the case
 * to kommunalsjef — that it is gone from their sight ('flyttet').
 */
type Utfall = 'ok' | 'kvittering' | 'nekt' | 'skjult' | 'ulovlig' | 'ukjent' | 'flyttet';
const TEGN: Record<string, Utfall> = { O: 'ok', K: 'kvittering', N: 'nekt', S: 'skjult', U: 'ulovlig', X: 'ukjent', F: 'flyttet' };

const VERB = ['vis_sak', 'ta_imot', 'tildel', 'start_undersokelse', 'opprett_plan', 'avslutt_uten_tiltak', 'avslutt', 'meld_skoleeier', 'omklassifiser'] as const;
type Verb = (typeof VERB)[number];

const AKTORER = {
  varsler: DEMO.vaktmester,
  rektor: DEMO.rektor,
  annenSkolesRektor: DEMO.annenRektor,
  inspektor: DEMO.inspektor,
  sosiallaerer: DEMO.sosiallaerer,
  ansatt: DEMO.laerer2,
  kommunalsjef: DEMO.kommunalsjef,
  ukjent: DEMO.ukjent,
} as const;
type Rolle = keyof typeof AKTORER;

/**
 * Columns: vis_sak, ta_imot, tildel, start_undersokelse, opprett_plan, avslutt_uten_tiltak, avslutt, meld_skoleeier, omklassifiser.
 * 'avslutt' is refused by the lifecycle for everyone who may act (no evaluated plan); 'meld_skoleeier' when
 * skoleeier already knows (§12-5 and leadership cases). omklassifiser: nei/vet_ikke → ansatt stays with the
 * school (a sosiallærer who does it loses the case: §12-5 cases stay with the leadership); ansatt → ledelse
 * moves the case away from the mover; a leadership case cannot be moved back. Only rektor (kommunalsjef for
 * leadership cases) may close: a delegate who receives varsler is refused.
 */
const MATRISE: Record<KommerFra, Record<Rolle, string>> = {
  nei: {
    varsler: 'K N N N N N N N N',
    rektor: 'O O O O O O U O O',
    annenSkolesRektor: 'S S S S S S S S S',
    inspektor: 'O O O O O N N O O',
    sosiallaerer: 'O O O O O N N O F',
    ansatt: 'S S S S S S S S S',
    kommunalsjef: 'S S S S S S S S S',
    ukjent: 'X X X X X X X X X',
  },
  // Cases with «ta_imot» in FORBEREDELSE were classified «nei» on receipt: the sosiallærer may then work them.
  vet_ikke: {
    varsler: 'K N N N N N N N N',
    rektor: 'O O O O O O U O O',
    annenSkolesRektor: 'S S S S S S S S S',
    inspektor: 'O O O O O N N O O',
    sosiallaerer: 'S S S O O N N S F',
    ansatt: 'S S S S S S S S S',
    kommunalsjef: 'S S S S S S S S S',
    ukjent: 'X X X X X X X X X',
  },
  ansatt: {
    varsler: 'K N N N N N N N N',
    rektor: 'O O O O O O U U F',
    annenSkolesRektor: 'S S S S S S S S S',
    inspektor: 'O O O O O N N U F',
    sosiallaerer: 'S S S S S S S S S',
    ansatt: 'S S S S S S S S S',
    kommunalsjef: 'O N N N N N N N N',
    ukjent: 'X X X X X X X X X',
  },
  ledelse: {
    varsler: 'K N N N N N N N N',
    rektor: 'S S S S S S S S S',
    annenSkolesRektor: 'S S S S S S S S S',
    inspektor: 'S S S S S S S S S',
    sosiallaerer: 'S S S S S S S S S',
    ansatt: 'S S S S S S S S S',
    kommunalsjef: 'O O O O O O U U U',
    ukjent: 'X X X X X X X X X',
  },
};
/** What each channel's case is reclassified to in the omklassifiser column (and classified as on receipt). */
const KLASSIFISERING: Record<KommerFra, string> = { nei: 'ansatt', vet_ikke: 'ansatt', ansatt: 'ledelse', ledelse: 'ansatt' };

/** The state each verb is tried from: one where the lifecycle allows it. */
const FORBEREDELSE: Record<Verb, Handling[]> = {
  vis_sak: [],
  ta_imot: [],
  tildel: [],
  meld_skoleeier: [],
  start_undersokelse: ['ta_imot'],
  avslutt_uten_tiltak: ['ta_imot', 'start_undersokelse'],
  opprett_plan: ['ta_imot', 'start_undersokelse'],
  avslutt: ['ta_imot', 'start_undersokelse', 'opprett_plan'],
  omklassifiser: ['ta_imot'],
};

const BEGRUNNELSE = 'Undersøkelsen viser at eleven har det trygt og godt.';
const saksansvarligFor = (kommerFra: KommerFra) => (kommerFra === 'ledelse' ? DEMO.kommunalsjef : DEMO.laerer);

describe('bot: who may do what, through the card', function () {
  this.timeout(60_000);
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  let nr = 0;
  async function sakI(kommerFra: KommerFra, forberedelse: Handling[]): Promise<string> {
    const ktx = h.ktx;
    const sendt = await submitVarsel(ktx, aktor(AKTORER.varsler), varselSkjema({ kommerFra }), { skjemaId: `matrise-${++nr}` });
    assert.ok(sendt.ok);
    const behandler = kommerFra === 'ledelse' ? DEMO.kommunalsjef : DEMO.rektor;
    for (const handling of forberedelse) {
      // A «vet ikke» case is classified on receipt; «nei» keeps it with the school's receivers.
      const r = await utforHandling(ktx, aktor(behandler), { sakId: sendt.verdi.id, handling, verdier: { begrunnelse: BEGRUNNELSE, klassifisering: 'nei' } });
      assert.ok(r.ok, `forberedelse ${handling}: ${JSON.stringify(!r.ok && r.feil)}`);
    }
    // Closing without tiltak needs the pupil's own experience logged.
    if (forberedelse.includes('start_undersokelse')) assert.ok((await leggTilLoggforing(ktx, aktor(behandler), sendt.verdi.id, ELEVENS_OPPLEVELSE_TRYGG)).ok);
    return sendt.verdi.id;
  }

  function sjekk(utfall: Utfall, card: Record<string, unknown>, verb: Verb): void {
    const tekst = cardText(card);
    const refresh = (card.refresh as { action: { data: { kort: string } } } | undefined)?.action.data.kort;
    switch (utfall) {
      case 'ok':
        assert.equal(refresh, 'sak', 'the case card');
        assert.doesNotMatch(tekst, /Det gikk ikke/);
        break;
      case 'kvittering':
        assert.equal(refresh, 'kvittering');
        break;
      case 'nekt':
        assert.match(tekst, new RegExp(nb.feil.ikkeTillatt));
        break;
      case 'skjult':
        assert.match(tekst, new RegExp(nb.feil.sakIkkeFunnet));
        assert.equal(refresh, undefined);
        break;
      case 'ukjent':
        assert.match(tekst, new RegExp(nb.feil.ukjentPerson.slice(0, 40)));
        break;
      case 'ulovlig':
        assert.equal(refresh, 'sak', 'the current case, with the reason on top');
        assert.match(tekst, verb === 'avslutt' ? /evaluert/ : verb === 'omklassifiser' ? /kan ikke endres tilbake/ : /allerede meldt/);
        break;
      case 'flyttet':
        assert.equal(refresh, undefined, 'nothing of the case');
        assert.match(tekst, /ikke lenger tilgang/);
        break;
    }
  }

  for (const kommerFra of Object.keys(MATRISE) as KommerFra[]) {
    for (const [rolle, rad] of Object.entries(MATRISE[kommerFra]) as [Rolle, string][]) {
      const forventet = rad.split(' ').map((t) => TEGN[t]!);
      it(`kommerFra=${kommerFra}: ${rolle} → ${rad}`, async () => {
        for (const [i, verb] of VERB.entries()) {
          const utfall = forventet[i]!;
          const sakId = await sakI(kommerFra, FORBEREDELSE[verb]);
          await h.outboxFerdig();
          const for_ = await h.sak(sakId);
          const data = { sakId, saksansvarlig: saksansvarligFor(kommerFra), begrunnelse: BEGRUNNELSE, klassifisering: verb === 'ta_imot' ? 'nei' : KLASSIFISERING[kommerFra], bekreftet: true, ...INFORMERT };
          const svar = await h.bruker(AKTORER[rolle]).klikk(verb, data);
          const etter = await h.sak(sakId);
          try {
            sjekk(utfall, svar.kort, verb);
            if ((utfall === 'ok' || utfall === 'flyttet') && verb !== 'vis_sak') {
              assert.equal(etter.sak.historikk.at(-1)?.handling, verb);
              assert.equal(etter.sak.historikk.at(-1)?.av, AKTORER[rolle]);
            } else {
              assert.equal(etter.versjon, for_.versjon, 'nothing changed in the store');
            }
          } catch (e) {
            (e as Error).message = `${verb} (forventet ${utfall}): ${(e as Error).message}`;
            throw e;
          }
        }
      });
    }
  }

  describe('forged invokes', () => {
    it('ignores who the card data claims to be: the actor is the activity’s Entra id', async () => {
      const sakId = await sakI('nei', []);
      await h.outboxFerdig();
      const for_ = await h.sak(sakId);
      const svar = await h.bruker(DEMO.laerer2).klikk('ta_imot', { sakId, oid: DEMO.rektor, aadObjectId: DEMO.rektor, from: { aadObjectId: DEMO.rektor } });
      assert.match(cardText(svar.kort), new RegExp(nb.feil.sakIkkeFunnet));
      assert.equal((await h.sak(sakId)).versjon, for_.versjon);
    });

    it('refuses rektor’s object id from another tenant', async () => {
      const sakId = await sakI('nei', []);
      await h.outboxFerdig();
      const for_ = await h.sak(sakId);
      const annenTenant = '11111111-1111-4111-8111-111111111111';
      const svar = await h.bruker(DEMO.rektor).klikk('ta_imot', { sakId }, { aktivitet: { conversation: { id: 'a:x', conversationType: 'personal', tenantId: annenTenant }, channelData: { tenant: { id: annenTenant } } } });
      assert.match(cardText(svar.kort), new RegExp(nb.feil.annenTenant));
      assert.equal((await h.sak(sakId)).versjon, for_.versjon);
    });

    it('answers an unknown verb or malformed data with an error card and changes nothing', async () => {
      const sakId = await sakI('nei', []);
      await h.outboxFerdig();
      const for_ = await h.sak(sakId);
      const rektor = h.bruker(DEMO.rektor);
      for (const [verb, data] of [
        ['slett_sak', { sakId }],
        ['ta_imot', { sakId: { $ne: '' } }],
        ['ta_imot', { sakId: '../../saker/1' }],
        ['tildel', { sakId, saksansvarlig: DEMO.annenRektor }],
      ] as const) {
        const svar = await rektor.klikk(verb, data as Record<string, unknown>);
        assert.ok(/Det gikk ikke|Velg en saksansvarlig/.test(cardText(svar.kort)), `${verb} ${JSON.stringify(data)}`);
      }
      assert.equal((await h.sak(sakId)).versjon, for_.versjon);
    });
  });
});
