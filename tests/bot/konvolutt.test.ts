/**
 * Malformed Bot Framework envelopes on /api/messages, fuzzed (seeded, so every run sends the same
 * requests) through the real server and CloudAdapter: each gets a 4xx with our own Norwegian
 * message or is handled — never a 5xx, never the SDK's error text — and the app keeps serving.
 */
import { strict as assert } from 'node:assert';
import { DEMO, varselSkjema } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { prng } from '../support/prng';


type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const SOPPEL: Json[] = [
  null, 0, -1, 1e308, true, false, '', ' ', 'x', 'x'.repeat(5000), [], [1, 'a'], {}, { $ne: 1 }, { __proto__: { admin: true } } as Json,
  { id: 5 }, 'not-a-url', 'http://', 'javascript:alert(1)', '\u0000\uFFFF\uD800', { a: { b: { c: { d: { e: [] } } } } }, '2026-13-45T99:99:99Z',
];

/** Fields botbuilder or the bot cannot do without (manglerPåkrevd): removing one, or making it a non-string, must be refused. */
const PAAKREVD = ['type', 'channelId', 'serviceUrl', 'from', 'from.id', 'recipient', 'recipient.id', 'conversation', 'conversation.id'];
const PAAKREVD_INVOKE = ['name', 'value'];

const STIER = [
  ...PAAKREVD, ...PAAKREVD_INVOKE, 'value.action', 'value.action.type', 'value.action.verb', 'id', 'text', 'textFormat', 'locale', 'timestamp', 'localTimestamp', 'replyToId', 'from.aadObjectId', 'from.name',
  'conversation.tenantId', 'conversation.conversationType', 'channelData', 'channelData.tenant', 'channelData.tenant.id', 'membersAdded', 'attachments',
  'entities', 'value.action.data', 'action', 'expiration',
];

function sett(o: Record<string, Json>, sti: string, verdi: Json | undefined): void {
  const deler = sti.split('.');
  let node: Json = o;
  for (const d of deler.slice(0, -1)) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const neste: Json | undefined = (node as Record<string, Json>)[d];
    if (neste === undefined || neste === null || typeof neste !== 'object') (node as Record<string, Json>)[d] = {};
    node = (node as Record<string, Json>)[d]!;
  }
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const siste = deler.at(-1)!;
  if (verdi === undefined) delete (node as Record<string, Json>)[siste];
  else (node as Record<string, Json>)[siste] = verdi;
}

function hent(o: Json, sti: string): Json | undefined {
  let node: Json | undefined = o;
  for (const d of sti.split('.')) node = node && typeof node === 'object' && !Array.isArray(node) ? node[d] : undefined;
  return node;
}

/** A required field missing or not a usable value in the final body. */
function manglerPaakrevd(body: Record<string, Json>): boolean {
  const tekst = (sti: string) => {
    const v = hent(body, sti);
    return typeof v === 'string' && v.trim() !== '';
  };
  const objekt = (sti: string) => {
    const v = hent(body, sti);
    return !!v && typeof v === 'object' && !Array.isArray(v);
  };
  const ok = ['type', 'channelId', 'serviceUrl', 'from.id', 'recipient.id', 'conversation.id'].every(tekst) && ['from', 'recipient', 'conversation'].every(objekt);
  if (!ok) return true;
  // A card click with a broken value is answered by the bot with an error card (tests/bot/feil.test.ts).
  if (body.type !== 'invoke') return false;
  if (!(tekst('name') && objekt('value'))) return true;
  const action = hent(body, 'value.action');
  return action !== undefined && !(objekt('value.action') && hent(body, 'value.action.type') === 'Action.Execute');
}

interface Tilfelle {
  nr: number;
  body: Json;
  /** A required field was removed or made a non-string: the answer must be a 4xx. */
  måAvvises: boolean;
  beskrivelse: string[];
}

function lagTilfeller(grunnlag: Record<string, Json>[], antall: number, seed: number): Tilfelle[] {
  const r = prng(seed);
  const velg = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const ut: Tilfelle[] = [];
  for (let nr = 0; nr < antall; nr++) {
    if (r() < 0.03) {
      const body = velg<Json>([null, 0, 'aktivitet', [], [{ type: 'message' }], true]);
      ut.push({ nr, body, måAvvises: true, beskrivelse: [`hele kroppen=${JSON.stringify(body)}`] });
      continue;
    }
    const body = structuredClone(velg(grunnlag));
    const beskrivelse: string[] = [];
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) {
      const sti = velg(STIER);
      const slett = r() < 0.35;
      const verdi = slett ? undefined : r() < 0.25 ? `${velg(['message', 'invoke', 'trace', 'invokeResponse', 'adaptiveCard/action', 'task/fetch', 'Action.Submit'])}` : structuredClone(velg(SOPPEL));
      sett(body, sti, verdi);
      beskrivelse.push(`${sti}${slett ? ' slettet' : `=${JSON.stringify(verdi)?.slice(0, 40)}`}`);
    }
    ut.push({ nr, body, måAvvises: manglerPaakrevd(body), beskrivelse });
  }
  return ut;
}

describe('bot endpoint: malformed Bot Framework envelopes', () => {
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  it('answers 1,500 fuzzed activities with a 4xx or a normal answer, never a 5xx or SDK error text, and keeps serving', async function () {
    this.timeout(180_000);
    const u = h.bruker(DEMO.laerer);
    const grunnlag = [
      u.aktivitet('message', { text: 'hei', textFormat: 'plain' }),
      u.aktivitet('installationUpdate', { action: 'add' }),
      u.aktivitet('conversationUpdate', { membersAdded: [{ id: 'x' }] }),
      u.aktivitet('invoke', { name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'vis_skjema', data: {} }, trigger: 'manual' } }),
    ] as Record<string, Json>[];
    const sakerTidligere = (await h.sakIder()).length;
    const feil: string[] = [];
    const statuser = new Map<number, number>();
    for (const t of lagTilfeller(grunnlag, 1500, 20261202)) {
      const res = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(t.body) });
      const tekst = await res.text();
      statuser.set(res.status, (statuser.get(res.status) ?? 0) + 1);
      const hva = `#${t.nr} ${t.beskrivelse.join(', ')} → ${res.status} ${tekst.slice(0, 160)}`;
      if (res.status >= 500) feil.push(`5xx: ${hva}`);
      else if (t.måAvvises && (res.status < 400 || res.status >= 500)) feil.push(`skulle vært 4xx: ${hva}`);
      if (res.status >= 400) {
        // Our own problem body: a Norwegian title, never an exception's message or a stack.
        const svar = JSON.parse(tekst) as { title?: unknown };
        if (typeof svar.title !== 'string' || /Error|TypeError|Cannot read|undefined|botbuilder|\bat \w+ \(/.test(tekst)) feil.push(`feiltekst: ${hva}`);
      }
    }
    assert.deepEqual(feil.slice(0, 15), [], `${feil.length} feil; statuser ${JSON.stringify([...statuser])}`);
    assert.ok((statuser.get(400) ?? 0) > 300, `for få avvist: ${JSON.stringify([...statuser])}`);
    assert.ok((statuser.get(200) ?? 0) > 100, `for få gyldige: ${JSON.stringify([...statuser])}`);

    // Nothing was stored from the fuzz, and the app still serves a real person.
    assert.equal((await h.sakIder()).length, sakerTidligere);
    assert.equal((await fetch(`${h.url}/healthz`)).status, 200);
    const [svar] = await h.bruker(DEMO.laerer2).skriv('hei');
    assert.match(cardText(svar?.kort), /Mistanke er nok/);
  });

  it('refuses an activity whose sender is not a well-formed Entra object id with 400, and stores nothing (no case, no conversation)', async () => {
    const u = h.bruker(DEMO.ukjent);
    const forSaker = (await h.sakIder()).length;
    const forSamtale = await h.app.samtaler.get(DEMO.laerer);
    for (const oid of [`{${DEMO.laerer}}`, ` ${DEMO.laerer}`, `${DEMO.laerer} `, DEMO.laerer.replace(/-/g, ''), 'ikke-en-id', `${DEMO.laerer}0`]) {
      const varsel = u.aktivitet('invoke', {
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'send_varsel', data: { skjemaId: h.ktx.nyId(), ...varselSkjema() } }, trigger: 'manual' },
      });
      for (const aktivitet of [varsel, u.aktivitet('message', { text: 'hei', textFormat: 'plain' })]) {
        const res = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...aktivitet, from: { id: u.teamsId, name: 'Ola', aadObjectId: oid } }) });
        assert.equal(res.status, 400, JSON.stringify(oid));
        assert.deepEqual(((await res.json()) as { felt: string[] }).felt, ['from.aadObjectId']);
      }
    }
    assert.equal((await h.sakIder()).length, forSaker);
    assert.equal(await h.app.samtaler.get(DEMO.ukjent), undefined);
    assert.deepEqual(await h.app.samtaler.get(DEMO.laerer), forSamtale);
    // Upper case is still a well-formed object id (Entra's own are lower case; the app compares in lower case).
    const stor = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...u.aktivitet('message', { text: 'hei', textFormat: 'plain' }), from: { id: u.teamsId, aadObjectId: DEMO.ukjent.toUpperCase() } }) });
    assert.ok(stor.status < 300, String(stor.status));
  });

  it('refuses an invoke the bot does not handle with 400, where botbuilder would answer 501', async () => {
    const u = h.bruker(DEMO.laerer);
    const res = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(u.aktivitet('invoke', { name: 'task/fetch', value: {} })) });
    assert.equal(res.status, 400);
    const svar = (await res.json()) as { title: string; felt: string[] };
    assert.match(svar.title, /ikke noe denne boten tar imot/);
    assert.deepEqual(svar.felt, ['name']);
  });
});
