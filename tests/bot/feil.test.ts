/** When something goes wrong: the connector's errors, an unexpected failure in a turn, and what reaches the logs. */
import { strict as assert } from 'node:assert';
import { tolkConnectorFeil } from '../../bot/connectorFeil';
import { UTSATT_HEADER, ventetid } from '../../bot/connectorHttp';
import { DEMO } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { sendVarsel, lastCard } from './hjelpere';
import { INFORMERT } from '../support/saksgang';

const restFeil = (status: number, kode?: string, headere: Record<string, string> = {}) => ({
  statusCode: status,
  response: { status, bodyAsText: kode ? JSON.stringify({ error: { code: kode, message: 'Elev Kari sa …' } }) : '', headers: { get: (n: string) => headere[n.toLowerCase()] } },
});

describe('bot: connector errors', () => {
  it('maps 403 and 404 to unreachable, 429 to throttled with its wait, the rest to failed — keeping codes, not messages', () => {
    assert.deepEqual(tolkConnectorFeil(restFeil(403, 'BotNotInConversationRoster')), { ok: false, reason: 'unreachable', detail: 'http 403 BotNotInConversationRoster', samtaleBorte: false, status: 403 });
    assert.equal(tolkConnectorFeil(restFeil(403, 'ConversationBlockedByUser')).reason, 'unreachable');
    assert.equal(tolkConnectorFeil(restFeil(404, 'ConversationNotFound')).samtaleBorte, true);
    assert.deepEqual(tolkConnectorFeil(restFeil(429, undefined, { 'retry-after': '7' })).retryAfterMs, 7000);
    assert.deepEqual(tolkConnectorFeil(restFeil(429, undefined, { [UTSATT_HEADER]: '120000' })).retryAfterMs, 120000);
    assert.equal(tolkConnectorFeil(restFeil(502)).reason, 'failed');
    assert.equal(tolkConnectorFeil(new TypeError('fetch failed')).reason, 'failed');
    assert.doesNotMatch(JSON.stringify(tolkConnectorFeil(restFeil(403, 'X'))), /Kari/);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const naa = Date.parse('2026-11-23T09:00:00Z');
    assert.equal(ventetid((n) => (n === 'retry-after' ? '3' : undefined), naa), 3000);
    assert.equal(ventetid((n) => (n === 'retry-after' ? 'Mon, 23 Nov 2026 09:00:30 GMT' : undefined), naa), 30_000);
    assert.equal(ventetid(() => undefined, naa), undefined);
  });
});

describe('bot: unexpected failures and logs', () => {
  let h: BotHarness;
  const logg: string[] = [];
  beforeEach(async () => {
    logg.length = 0;
    h = await BotHarness.start({ logg });
  });
  afterEach(async () => h.stopp());

  it('answers a broken invoke with an error card and a reference, never an empty response', async () => {
    const u = h.bruker(DEMO.laerer);
    const { status, body } = await h.post(u.aktivitet('invoke', { name: 'adaptiveCard/action', value: { trigger: 'manual' } }));
    assert.equal(status, 200);
    const tekst = cardText((body as { value: unknown }).value);
    const ref = /Feilkode: ([0-9a-f]{8})/.exec(tekst)?.[1];
    assert.ok(ref, tekst);
    assert.ok(logg.some((l) => l.includes(ref)), 'the reference is in the log, for support');
  });

  it('logs ids only: no pupil name, description or reason, through a whole case', async () => {
    const hemmelig = { elevNavn: 'Ylva Hemmelighetsdottir', beskrivelse: 'Beskrivelsen-som-aldri-logges', sted: 'Stedet-som-aldri-logges' };
    await sendVarsel(h, DEMO.vaktmester, hemmelig);
    h.connector.feilFor(DEMO.inspektor, { status: 401 });
    const rektor = h.bruker(DEMO.rektor);
    let card = (await rektor.klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot', { saksansvarlig: DEMO.laerer })).kort;
    card = (await rektor.klikkKnapp(card, 'start_undersokelse')).kort;
    const dag = h.naa().toISOString().slice(0, 10);
    card = (await rektor.klikkKnapp(card, 'loggfor', { loggType: 'elevens_opplevelse', loggDato: dag, loggDeltakere: 'Deltakerne-som-aldri-logges', loggTekst: 'Opplevelsen-som-aldri-logges', loggElevensSvar: 'ja' })).kort;
    await rektor.klikkKnapp(card, 'avslutt_uten_tiltak', { begrunnelse: 'Begrunnelsen-som-aldri-logges', ...INFORMERT });
    await h.leverAlt();
    assert.ok(logg.length > 5, 'something was logged');
    const aldri = ['Begrunnelsen-som-aldri-logges', 'Opplevelsen-som-aldri-logges', 'Deltakerne-som-aldri-logges', 'Informasjonen-som-aldri-logges', 'Hanne Solberg'];
    for (const s of [...Object.values(hemmelig), ...aldri]) assert.ok(!logg.some((l) => l.includes(s)), s);
  });
});
