/**
 * The tab API over real HTTP, locally (no Microsoft app id): the person picker's identity, the
 * varsel form through the bot's own use case, Mine varsler, and answers that are problems, not
 * crashes. The whole app runs as in production (BotHarness: createApp + listen on port 0).
 */
import { strict as assert } from 'node:assert';
import zlib from 'node:zlib';
import { BotHarness } from '../support/botHarness';
import { DEMO, varselSkjema } from '../support/appKontekst';

describe('tab API: local identity, Meld fra and Mine varsler', () => {
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  const som = (oid: string, headers: Record<string, string> = {}) => ({ 'x-skolemiljo-person': oid, ...headers });
  const hent = (sti: string, oid?: string) => fetch(`${h.url}${sti}`, { headers: oid ? som(oid) : {} });
  const post = (sti: string, oid: string, kropp: unknown) =>
    fetch(`${h.url}${sti}`, { method: 'POST', headers: som(oid, { 'content-type': 'application/json' }), body: JSON.stringify(kropp) });

  it('tells the tab to use the local person picker, which lists the organisation’s people', async () => {
    assert.deepEqual(await (await hent('/api/oppsett')).json(), { modus: 'lokal' });
    const personer = (await (await hent('/api/lokal/personer')).json()) as { oid: string; navn: string; sted: string }[];
    const rektor = personer.find((p) => p.oid === DEMO.rektor);
    assert.equal(rektor?.navn, 'Hanne Solberg');
    assert.match(rektor!.sted, /Bakkeløkka/);
    assert.ok(personer.some((p) => p.oid === DEMO.kommunalsjef));
  });

  it('answers as the picked person, with their roles', async () => {
    const meg = (await (await hent('/api/meg', DEMO.vaktmester)).json()) as { navn: string; skoler: { id: string; rektor: boolean }[]; kommunalsjef: boolean };
    assert.equal(meg.navn, 'Knut Moen');
    assert.deepEqual(meg.skoler.map((s) => [s.id, s.rektor]), [[DEMO.skole, false]]);
    assert.equal(meg.kommunalsjef, false);
  });

  it('refuses a request naming nobody (401), and someone in no school the cases (403), in Norwegian', async () => {
    const ingen = await hent('/api/meg');
    assert.equal(ingen.status, 401);
    assert.match(((await ingen.json()) as { title: string }).title, /Velg/);
    const ukjent = await hent('/api/saker', DEMO.ukjent);
    assert.equal(ukjent.status, 403);
    assert.equal(((await ukjent.json()) as { title: string }).title.slice(0, 30), 'Du er ikke registrert som ansa');
  });

  it('offers the same form as the bot: every school, mine preselected, today', async () => {
    const skjema = (await (await hent('/api/varsler/skjema', DEMO.vaktmester)).json()) as { skoler: { id: string }[]; valgtSkoleId: string; idag: string };
    assert.equal(skjema.valgtSkoleId, DEMO.skole);
    assert.equal(skjema.skoler[0]?.id, DEMO.skole);
    assert.equal(skjema.idag, '2026-11-23');
  });

  it('names every missing answer at once, the date of «på en bestemt dag» included', async () => {
    const svar = await post('/api/varsler', DEMO.vaktmester, { skoleId: DEMO.skole, elevNavn: 'Ola', naar: 'dato', skjemaId: 'fane-skjema-dato1' });
    assert.equal(svar.status, 400);
    const felt = ((await svar.json()) as { felt: Record<string, string> }).felt;
    assert.deepEqual(Object.keys(felt).sort(), ['beskrivelse', 'dato', 'kommerFra']);
  });

  it('sends a varsel through the bot’s use case: a receipt, one case for a double click, delivered to rektor', async () => {
    const kropp = { ...varselSkjema(), skjemaId: 'fane-skjema-0001' };
    const [a, b] = await Promise.all([post('/api/varsler', DEMO.vaktmester, kropp), post('/api/varsler', DEMO.vaktmester, kropp)]);
    assert.equal(a.status, 200);
    assert.equal(b.status, 200);
    const kvittering = (await a.json()) as { id: string; saksnummer: string; sendtTil: string; statusTekst: string; innsyn: string; historikk: unknown[] };
    assert.equal(((await b.json()) as { id: string }).id, kvittering.id);
    assert.equal(kvittering.sendtTil, 'rektor');
    assert.equal(kvittering.innsyn, 'varsler');
    assert.deepEqual(kvittering.historikk, [], 'nothing of the handling');
    const mine = (await h.sakIder()).filter((id) => id === kvittering.id);
    assert.equal(mine.length, 1);
    // The app started delivery itself: rektor has the card without any bot activity.
    await h.outboxFerdig();
    const delivery = (await h.sak(kvittering.id)).sak.leveringer.find((l) => l.oid === DEMO.rektor && l.rolle === 'mottaker');
    assert.equal(delivery?.status, 'levert');
  });

  it('gives back each problem under its field and stores nothing for a form with missing answers', async () => {
    const for_ = (await h.sakIder()).length;
    const svar = await post('/api/varsler', DEMO.vaktmester, { skjemaId: 'fane-skjema-0002', skoleId: DEMO.skole, elevNavn: '', beskrivelse: '' });
    assert.equal(svar.status, 400);
    const p = (await svar.json()) as { kode: string; felt: Record<string, string> };
    assert.equal(p.kode, 'ugyldig');
    assert.ok(p.felt.elevNavn && p.felt.beskrivelse && p.felt.kommerFra, JSON.stringify(p.felt));
    assert.equal((await h.sakIder()).length, for_);
  });

  it('refuses a form without its id, and a body that is not JSON or broken gzip, and keeps serving', async () => {
    const utenId = await post('/api/varsler', DEMO.vaktmester, varselSkjema());
    assert.equal(utenId.status, 400);
    assert.ok(((await utenId.json()) as { felt: Record<string, string> }).felt.skjemaId);
    const tekst = await fetch(`${h.url}/api/varsler`, { method: 'POST', headers: som(DEMO.vaktmester, { 'content-type': 'text/plain' }), body: 'hei' });
    assert.equal(tekst.status, 415);
    const gzip = await fetch(`${h.url}/api/varsler`, {
      method: 'POST',
      headers: som(DEMO.vaktmester, { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
      body: Buffer.from('ikke gzip i det hele tatt'),
    });
    assert.equal(gzip.status, 400);
    const ekteGzip = await fetch(`${h.url}/api/varsler`, {
      method: 'POST',
      headers: som(DEMO.vaktmester, { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
      body: zlib.gzipSync(JSON.stringify({ ...varselSkjema(), skjemaId: 'fane-skjema-gzip' })),
    });
    assert.equal(ekteGzip.status, 200);
    assert.equal((await hent('/healthz')).status, 200);
  });

  it('lists in Mine varsler only what I reported, with its status and nothing of the handling', async () => {
    const sendt = (await (await post('/api/varsler', DEMO.laerer, { ...varselSkjema({ elevNavn: 'Ola Olsen' }), skjemaId: 'fane-skjema-0003' })).json()) as { id: string };
    const mine = (await (await hent('/api/mine-varsler', DEMO.laerer)).json()) as Record<string, unknown>[];
    assert.deepEqual(mine.map((v) => v.id), [sendt.id]);
    assert.deepEqual(Object.keys(mine[0]!).sort(), ['elevNavn', 'id', 'opprettet', 'saksnummer', 'sendtTil', 'skolenavn', 'statusTekst']);
    assert.equal(mine[0]!.statusTekst, 'Ny');
    const andres = (await (await hent('/api/mine-varsler', DEMO.laerer2)).json()) as unknown[];
    assert.deepEqual(andres, []);
  });
});
