/**
 * Working a case to its end through the tab API over real HTTP (the real app, SQLite, the demo
 * organisation): the case's actions, the log, the plan (draft, refused and accepted activation,
 * evaluations), closing, and the two PDFs as downloads. A double click makes one record; bad input
 * gets Norwegian messages per field; a case about the leadership does not exist for that leadership.
 */
import { strict as assert } from 'node:assert';
import { extractText } from 'unpdf';
import { submitVarsel } from '../../src/app/submitVarsel';
import { BotHarness } from '../support/botHarness';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';
import { ELEVENS_OPPLEVELSE, fulltUtkast, INFORMERT } from '../support/saksgang';

type Svar<T = Record<string, unknown>> = { status: number; type: string; body: T; buffer?: Buffer; disposition: string };

describe('tab API: working a case to its end', () => {
  let h: BotHarness;
  let sakId: string;
  let ledelse: string;

  async function kall<T = Record<string, unknown>>(metode: string, sti: string, oid: string, kropp?: unknown): Promise<Svar<T>> {
    const svar = await fetch(`${h.url}${sti}`, {
      method: metode,
      headers: { 'x-skolemiljo-person': oid, ...(kropp !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(kropp !== undefined ? { body: JSON.stringify(kropp) } : {}),
    });
    const type = svar.headers.get('content-type') ?? '';
    const disposition = svar.headers.get('content-disposition') ?? '';
    if (type.startsWith('application/pdf')) return { status: svar.status, type, disposition, body: {} as T, buffer: Buffer.from(await svar.arrayBuffer()) };
    return { status: svar.status, type, disposition, body: (await svar.json()) as T };
  }
  const handling = async (oid: string, h2: string, ekstra: Record<string, unknown> = {}) => {
    const sak = await kall<{ versjon: string }>('GET', `/api/saker/${sakId}`, oid);
    return kall<{ status: string; versjon: string }>('POST', `/api/saker/${sakId}/handlinger`, oid, { handling: h2, versjon: sak.body.versjon, ...ekstra });
  };
  const pdfTekst = async (pdf: Buffer) => (await extractText(new Uint8Array(pdf), { mergePages: true })).text as unknown as string;

  before(async () => {
    h = await BotHarness.start();
    const r = await submitVarsel(h.ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn: 'Åse Ødegård' }), { skjemaId: 'saksarbeid-0001' });
    assert.ok(r.ok);
    sakId = r.verdi.id;
    const l = await submitVarsel(h.ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn: 'Skjult Elev', kommerFra: 'ledelse' }), { skjemaId: 'saksarbeid-0002' });
    assert.ok(l.ok);
    ledelse = l.verdi.id;
  });
  after(async () => h.stopp());

  it('receives, assigns and starts the investigation; the same click twice is one decision', async () => {
    assert.equal((await handling(DEMO.rektor, 'ta_imot')).status, 200);
    const sak = await kall<{ versjon: string }>('GET', `/api/saker/${sakId}`, DEMO.rektor);
    const kropp = { handling: 'tildel', versjon: sak.body.versjon, saksansvarlig: DEMO.laerer3 };
    const [a, b] = await Promise.all([1, 2].map(() => kall('POST', `/api/saker/${sakId}/handlinger`, DEMO.rektor, kropp)));
    assert.deepEqual([a!.status, b!.status], [200, 200]);
    const etter = await h.sak(sakId);
    assert.equal(etter.sak.historikk.filter((x) => x.handling === 'tildel').length, 1);
    assert.equal((await handling(DEMO.rektor, 'start_undersokelse')).status, 200);
    const ukjent = await kall<{ kode: string; felt: Record<string, string> }>('POST', `/api/saker/${sakId}/handlinger`, DEMO.rektor, { handling: 'tull' });
    assert.equal(ukjent.status, 400);
    assert.ok(ukjent.body.felt.handling);
  });

  it('logs the investigation: one entry per form, Norwegian messages per field, nothing stored on error', async () => {
    const feil = await kall<{ title: string; felt: Record<string, string> }>('POST', `/api/saker/${sakId}/logg`, DEMO.laerer3, { skjemaId: 'logg-skjema-01', type: 'tull', dato: '2099-01-01', tekst: '' });
    assert.equal(feil.status, 400);
    assert.equal(feil.type, 'application/problem+json; charset=utf-8');
    assert.match(feil.body.title, /Rett opp feltene/);
    assert.deepEqual(Object.keys(feil.body.felt).sort(), ['dato', 'tekst', 'type']);
    assert.equal((await kall('POST', `/api/saker/${sakId}/logg`, DEMO.laerer3, { type: 'observasjon' })).status, 400, 'no form id');
    const kropp = { skjemaId: 'logg-skjema-02', ...ELEVENS_OPPLEVELSE };
    const svar = await Promise.all([1, 2].map(() => kall<{ id: string; typeTekst: string }>('POST', `/api/saker/${sakId}/logg`, DEMO.laerer3, kropp)));
    assert.deepEqual(svar.map((s) => s.status), [200, 200]);
    assert.equal(svar[0]!.body.id, svar[1]!.body.id);
    const logg = await kall<{ type: string }[]>('GET', `/api/saker/${sakId}/logg`, DEMO.rektor);
    assert.deepEqual(logg.body.map((l) => l.type), ['elevens_opplevelse']);
    const tidslinje = await kall<{ delplikter: { delplikt: string; linjer: { tittel: string; tekst?: string }[] }[] }>('GET', `/api/saker/${sakId}/tidslinje`, DEMO.rektor);
    const undersoke = tidslinje.body.delplikter.find((d) => d.delplikt === 'undersoke')!;
    assert.ok(undersoke.linjer.some((l) => l.tekst === ELEVENS_OPPLEVELSE.tekst));
    assert.deepEqual(tidslinje.body.delplikter.map((d) => d.delplikt), ['folge_med', 'gripe_inn', 'melde_fra', 'undersoke', 'tiltak', 'evaluere', 'avslutning']);
  });

  it('saves a draft, refuses activation naming every missing item at its field, then activates once', async () => {
    assert.equal((await handling(DEMO.rektor, 'opprett_plan')).status, 200);
    const halv = { ...fulltUtkast(), elevensStemme: '', barnetsBeste: '', tiltak: [{ beskrivelse: 'Voksen ute', niva: 'gruppe', ansvarlig: '', tidsrom: '', evalueringsnotat: '' }] };
    const stored = await kall<{ mangler: { felt: string }[]; versjoner: { nr: number }[] }>('PUT', `/api/saker/${sakId}/plan`, DEMO.laerer3, halv);
    assert.equal(stored.status, 200);
    assert.deepEqual(stored.body.mangler.map((m) => m.felt).sort(), ['barnetsBeste', 'elevensStemme', 'tiltak[0].ansvarlig', 'tiltak[0].tidsrom']);
    const feilNiva = await kall<{ felt: Record<string, string> }>('PUT', `/api/saker/${sakId}/plan`, DEMO.laerer3, { ...halv, tiltak: [{ ...halv.tiltak[0], niva: 'klode' }] });
    assert.equal(feilNiva.status, 400);
    assert.match(feilNiva.body.felt['tiltak[0].niva']!, /Velg nivå/);
    const nektet = await kall<{ title: string; felt: Record<string, string> }>('POST', `/api/saker/${sakId}/plan/aktivering`, DEMO.laerer3, { versjon: 1 });
    assert.equal(nektet.status, 400);
    assert.deepEqual(Object.keys(nektet.body.felt).sort(), ['barnetsBeste', 'elevensStemme', 'tiltak[0].ansvarlig', 'tiltak[0].tidsrom']);
    assert.match(nektet.body.title, /Elevens stemme|elevens stemme/i);
    assert.equal((await kall('PUT', `/api/saker/${sakId}/plan`, DEMO.laerer3, fulltUtkast())).status, 200);
    const aktivert = await Promise.all([1, 2].map(() => kall<{ status: string; nesteEvaluering: string }>('POST', `/api/saker/${sakId}/plan/aktivering`, DEMO.laerer3, { versjon: 1 })));
    assert.deepEqual(aktivert.map((a) => [a.status, a.body.status]), [[200, 'aktiv'], [200, 'aktiv']]);
    assert.equal(aktivert[0]!.body.nesteEvaluering, '2026-12-14', 'three weeks after activation');
    assert.equal((await h.auditEntry(sakId)).filter((e) => e.action === 'plan_aktivert').length, 1);
  });

  it('the tiltak’s responsible writes its note and sees only that tiltak', async () => {
    const plan = await kall<{ innsyn: string; versjoner: unknown[]; mineTiltak: { id: string }[] }>('GET', `/api/saker/${sakId}/plan`, DEMO.vaktmester);
    assert.equal(plan.status, 200);
    assert.equal(plan.body.innsyn, 'tiltak');
    assert.deepEqual(plan.body.versjoner, []);
    const id = plan.body.mineTiltak[0]!.id;
    const notat = await kall<{ mineTiltak: { evalueringsnotat: string }[] }>('PUT', `/api/saker/${sakId}/plan/tiltak/${id}/notat`, DEMO.vaktmester, { evalueringsnotat: 'Fungerer godt.' });
    assert.equal(notat.status, 200);
    assert.equal(notat.body.mineTiltak[0]!.evalueringsnotat, 'Fungerer godt.');
    assert.equal((await kall('GET', `/api/saker/${sakId}/logg`, DEMO.vaktmester)).status, 404);
  });

  it('records evaluations: outcome 3 needs a next date and opens version 2; a double click is one evaluation', async () => {
    const plan = await kall<{ versjoner: { tiltak: { id: string }[] }[] }>('GET', `/api/saker/${sakId}/plan`, DEMO.laerer3);
    const tiltakId = plan.body.versjoner[0]!.tiltak[0]!.id;
    const evaluering = (utfall: string, skjemaId: string, neste?: string) => ({
      skjemaId,
      dato: '2026-11-23',
      deltakere: 'Eleven, mor, kontaktlærer',
      vurderinger: [{ tiltakId, vurdering: 'Delvis' }],
      elevensOpplevelse: utfall === 'gjenopprettet' ? '«Det er bra nå.»' : '«Litt bedre.»',
      elevensSvar: utfall === 'gjenopprettet' ? 'ja' : 'delvis',
      utfall,
      ...(neste ? { nesteEvalueringsdato: neste } : {}),
    });
    const utenDato = await kall<{ felt: Record<string, string> }>('POST', `/api/saker/${sakId}/plan/evalueringer`, DEMO.laerer3, evaluering('ikke_gjenopprettet', 'evaluering-01'));
    assert.equal(utenDato.status, 400);
    assert.ok(utenDato.body.felt.nesteEvalueringsdato);
    const to = await Promise.all([1, 2].map(() => kall<{ evalueringer: unknown[]; versjoner: unknown[] }>('POST', `/api/saker/${sakId}/plan/evalueringer`, DEMO.laerer3, evaluering('ikke_gjenopprettet', 'evaluering-02', '2026-12-07'))));
    assert.deepEqual(to.map((s) => s.status), [200, 200]);
    const etter = await kall<{ evalueringer: unknown[]; versjoner: unknown[]; status: string }>('GET', `/api/saker/${sakId}/plan`, DEMO.laerer3);
    assert.equal(etter.body.evalueringer.length, 1);
    assert.equal(etter.body.versjoner.length, 2);
    assert.equal((await kall('POST', `/api/saker/${sakId}/plan/aktivering`, DEMO.laerer3, { versjon: 2 })).status, 200);
    const v2 = await kall<{ versjoner: { tiltak: { id: string }[] }[] }>('GET', `/api/saker/${sakId}/plan`, DEMO.laerer3);
    const ny = { ...evaluering('gjenopprettet', 'evaluering-03'), vurderinger: [{ tiltakId: v2.body.versjoner[1]!.tiltak[0]!.id, vurdering: 'Virker' }] };
    const slutt = await kall<{ status: string }>('POST', `/api/saker/${sakId}/plan/evalueringer`, DEMO.laerer3, ny);
    assert.equal(slutt.status, 200, JSON.stringify(slutt.body));
    assert.equal(slutt.body.status, 'avsluttet');
  });

  it('closes the case by rektor only, recording how pupil and parents were told', async () => {
    const delegat = await handling(DEMO.laerer3, 'avslutt', { begrunnelse: 'Trygt nå', ...INFORMERT });
    assert.equal(delegat.status, 403);
    const uten = await kall<{ felt: Record<string, string> }>('POST', `/api/saker/${sakId}/handlinger`, DEMO.rektor, {
      handling: 'avslutt',
      versjon: (await kall<{ versjon: string }>('GET', `/api/saker/${sakId}`, DEMO.rektor)).body.versjon,
      begrunnelse: 'Eleven har det trygt.',
      ...INFORMERT,
      informertElevDato: '2099-01-01',
    });
    assert.equal(uten.status, 400);
    assert.ok(uten.body.felt.informertElevDato);
    const lukket = await handling(DEMO.rektor, 'avslutt', { begrunnelse: 'Eleven har det trygt.', ...INFORMERT });
    assert.equal(lukket.status, 200, JSON.stringify(lukket.body));
    assert.equal(lukket.body.status, 'avsluttet');
  });

  it('downloads the documentation export as a PDF with the archive file name', async () => {
    const pdf = await kall('GET', `/api/saker/${sakId}/dokumentasjon.pdf`, DEMO.rektor);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    const saksnummer = (await h.sak(sakId)).sak.saksnummer;
    assert.match(pdf.disposition, new RegExp(`^attachment; filename="Skolemiljosak_${saksnummer}_Bakkelokka-skole_2026-11-23_2026-11-23_Unntatt-offentlighet-offl-13\\.pdf"$`));
    const tekst = await pdfTekst(pdf.buffer!);
    for (const s of ['Unntatt offentlighet, offl. §13 jf. fvl. §13', saksnummer, 'Åse Ødegård', ELEVENS_OPPLEVELSE.tekst, 'Aktivitetsplan', 'Versjon 2', 'Evalueringer', 'Forelder/foresatt (mor)']) {
      assert.ok(tekst.includes(s), `the PDF has «${s}»`);
    }
  });

  it('downloads the parents’ letter as a PDF and as text, rektor only', async () => {
    const pdf = await kall('GET', `/api/saker/${sakId}/foreldrebrev.pdf?malform=nn`, DEMO.rektor);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    assert.match(pdf.disposition, /^attachment; filename="[\w.-]+\.pdf"$/);
    assert.match(await pdfTekst(pdf.buffer!), /Statsforvaltaren/);
    const tekst = await kall<{ tekst: string; ordAaSjekke: string[] }>('GET', `/api/saker/${sakId}/foreldrebrev?mottaker=elev`, DEMO.rektor);
    assert.equal(tekst.status, 200);
    assert.ok(tekst.body.tekst.length > 100);
    assert.ok(tekst.body.tekst.includes('Rettighetene dine'));
    // The plan's tiltak starts «Voksen …»: kept by the screening, so listed for rektor to check.
    assert.ok(tekst.body.ordAaSjekke.includes('Voksen'), JSON.stringify(tekst.body.ordAaSjekke));
    const feil = await kall<{ felt: Record<string, string> }>('GET', `/api/saker/${sakId}/foreldrebrev?malform=sv`, DEMO.rektor);
    assert.equal(feil.status, 400);
    assert.match(feil.body.felt.malform!, /bokmål eller nynorsk/);
    assert.equal((await kall('GET', `/api/saker/${sakId}/foreldrebrev.pdf`, DEMO.laerer3)).status, 403);
    assert.equal((await kall('GET', `/api/saker/${sakId}/dokumentasjon.pdf`, DEMO.laerer)).status, 403, 'the reporter sees the status only');
  });

  it('a case about the leadership does not exist for that school’s leadership, on every route', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/saker/${ledelse}/tidslinje`],
      ['GET', `/api/saker/${ledelse}/logg`],
      ['POST', `/api/saker/${ledelse}/logg`, { skjemaId: 'logg-ledelse-1', ...ELEVENS_OPPLEVELSE }],
      ['GET', `/api/saker/${ledelse}/plan`],
      ['PUT', `/api/saker/${ledelse}/plan`, fulltUtkast()],
      ['POST', `/api/saker/${ledelse}/plan/aktivering`, { versjon: 1 }],
      ['POST', `/api/saker/${ledelse}/handlinger`, { handling: 'ta_imot' }],
      ['GET', `/api/saker/${ledelse}/dokumentasjon.pdf`],
      ['GET', `/api/saker/${ledelse}/foreldrebrev.pdf`],
    ];
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]) {
      for (const [metode, sti, kropp] of routes) {
        const s = await kall<{ kode: string }>(metode, sti, oid, kropp);
        assert.equal(s.status, 404, `${metode} ${sti} for ${oid}`);
        assert.equal(s.body.kode, 'ikke_funnet');
      }
    }
    assert.equal((await kall('GET', `/api/saker/${ledelse}/tidslinje`, DEMO.kommunalsjef)).status, 200);
    assert.equal((await kall('GET', `/api/saker/${sakId}/tidslinje`, DEMO.ukjent)).status, 403, 'unknown person');
  });
});

describe('tab API: the pupil says «nei»', () => {
  let h: BotHarness;
  let sakId: string;
  const MOT = 'Eleven savner en venn som flyttet; undersøkelsen fant ingen krenking.';

  async function kall<T = Record<string, unknown>>(metode: string, sti: string, oid: string, kropp?: unknown): Promise<{ status: number; body: T; buffer?: Buffer }> {
    const svar = await fetch(`${h.url}${sti}`, {
      method: metode,
      headers: { 'x-skolemiljo-person': oid, ...(kropp !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(kropp !== undefined ? { body: JSON.stringify(kropp) } : {}),
    });
    if ((svar.headers.get('content-type') ?? '').startsWith('application/pdf')) return { status: svar.status, body: {} as T, buffer: Buffer.from(await svar.arrayBuffer()) };
    return { status: svar.status, body: (await svar.json()) as T };
  }
  const avslutt = async (oid: string, ekstra: Record<string, unknown>) => {
    const sak = await kall<{ versjon: string }>('GET', `/api/saker/${sakId}`, oid);
    return kall<{ status: string; felt?: Record<string, string>; title?: string; avslutning?: { motEleven?: string } }>('POST', `/api/saker/${sakId}/handlinger`, oid, {
      handling: 'avslutt_uten_tiltak',
      versjon: sak.body.versjon,
      begrunnelse: 'Ingen krenking funnet.',
      ...INFORMERT,
      ...ekstra,
    });
  };

  before(async () => {
    h = await BotHarness.start();
    const r = await submitVarsel(h.ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn: 'Åse Ødegård' }), { skjemaId: 'eleven-nei-0001' });
    assert.ok(r.ok);
    sakId = r.verdi.id;
    for (const handling of ['ta_imot', 'start_undersokelse']) {
      const sak = await kall<{ versjon: string }>('GET', `/api/saker/${sakId}`, DEMO.rektor);
      assert.equal((await kall('POST', `/api/saker/${sakId}/handlinger`, DEMO.rektor, { handling, versjon: sak.body.versjon })).status, 200);
    }
  });
  after(async () => h.stopp());

  it('records the answer with the log entry, refuses closing at the reason’s field, and lets rektor close against it; the PDF and the letter say so', async () => {
    const uten = await kall<{ felt: Record<string, string> }>('POST', `/api/saker/${sakId}/logg`, DEMO.rektor, { skjemaId: 'nei-logg-0', ...ELEVENS_OPPLEVELSE, elevensSvar: '' });
    assert.equal(uten.status, 400);
    assert.deepEqual(uten.body.felt, { elevensSvar: 'Svar på om eleven opplever skolemiljøet som trygt og godt.' });
    assert.equal((await kall('POST', `/api/saker/${sakId}/logg`, DEMO.rektor, { skjemaId: 'nei-logg-1', ...ELEVENS_OPPLEVELSE })).status, 200);
    const logg = await kall<{ elevensSvar?: { svar: string; tekst: string } }[]>('GET', `/api/saker/${sakId}/logg`, DEMO.rektor);
    assert.deepEqual(logg.body.map((l) => l.elevensSvar), [{ svar: 'nei', tekst: 'Nei' }]);
    const sak = await kall<{ elevIkkeTrygg?: string; handlinger: string[] }>('GET', `/api/saker/${sakId}`, DEMO.rektor);
    assert.equal(sak.body.elevIkkeTrygg, 'nei');
    assert.ok(sak.body.handlinger.includes('avslutt_uten_tiltak'), 'offered, with the reason asked for in the form');

    const nektet = await avslutt(DEMO.rektor, {});
    assert.equal(nektet.status, 409);
    assert.match(nektet.body.felt!.begrunnelseMotEleven!, /Eleven har sagt at skolemiljøet ikke er trygt og godt \(svar: «nei»\)/);
    const inspektor = await avslutt(DEMO.inspektor, { begrunnelseMotEleven: MOT });
    assert.equal(inspektor.status, 403, JSON.stringify(inspektor.body));
    const lukket = await avslutt(DEMO.rektor, { begrunnelseMotEleven: MOT });
    assert.equal(lukket.status, 200, JSON.stringify(lukket.body));
    assert.equal(lukket.body.avslutning?.motEleven, MOT);

    const pdf = await kall('GET', `/api/saker/${sakId}/dokumentasjon.pdf`, DEMO.rektor);
    const dokTekst = ((await extractText(new Uint8Array(pdf.buffer!), { mergePages: true })).text as unknown as string).replace(/\s+/g, ' ');
    assert.ok(dokTekst.includes(`Avsluttet mot elevens egen opplevelse – begrunnelse: ${MOT}`), dokTekst);
    assert.ok(dokTekst.includes('Opplever eleven skolemiljøet som trygt og godt?: Nei'));
    const brev = await kall<{ tekst: string }>('GET', `/api/saker/${sakId}/foreldrebrev`, DEMO.rektor);
    assert.ok(brev.body.tekst.replace(/\s+/g, ' ').includes(`Rektor avsluttet saken likevel, med denne begrunnelsen: «${MOT}»`));
  });
});

describe('tab API: a varsel naming the employee (§12-5)', () => {
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());
  const kall = async (metode: string, sti: string, oid: string, kropp?: unknown) => {
    const svar = await fetch(`${h.url}${sti}`, {
      method: metode,
      headers: { 'x-skolemiljo-person': oid, ...(kropp !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(kropp !== undefined ? { body: JSON.stringify(kropp) } : {}),
    });
    return { status: svar.status, body: (await svar.json()) as Record<string, unknown> };
  };

  it('offers the school’s staff in Meld fra, keeps the named person out, and lets rektor correct it at receipt', async () => {
    const skjema = await kall('GET', '/api/varsler/skjema', DEMO.vaktmester);
    const ansatte = skjema.body.ansatte as { oid: string; navn: string }[];
    assert.ok(ansatte.some((p) => p.oid === DEMO.laerer3) && !ansatte.some((p) => p.oid === DEMO.vaktmester));
    const feil = await kall('POST', '/api/varsler', DEMO.vaktmester, { skjemaId: 'navngitt-api-01', ...varselSkjema({ kommerFra: 'ansatt', involvertAnsatt: DEMO.annenRektor }) });
    assert.equal(feil.status, 400);
    assert.deepEqual(feil.body.felt, { involvertAnsatt: 'Velg en ansatt ved skolen fra listen, eller skriv navnet.' });
    const sendt = await kall('POST', '/api/varsler', DEMO.vaktmester, { skjemaId: 'navngitt-api-02', ...varselSkjema({ kommerFra: 'ansatt', involvertAnsatt: DEMO.laerer3 }) });
    assert.equal(sendt.status, 200, JSON.stringify(sendt.body));
    const sakId = String(sendt.body.id);
    assert.equal((await kall('GET', `/api/saker/${sakId}`, DEMO.laerer3)).status, 404);
    const sak = await kall('GET', `/api/saker/${sakId}`, DEMO.rektor);
    assert.deepEqual(sak.body.involvertAnsatt, { oid: DEMO.laerer3, navn: 'Ahmed Ali' });
    // Rektor corrects it: a vikar from an agency, not in the organisation (settled: nobody to keep out, no warning).
    const rettet = await kall('POST', `/api/saker/${sakId}/handlinger`, DEMO.rektor, { handling: 'ta_imot', versjon: sak.body.versjon, involvertAnsattTekst: 'en vikar fra byrået', involvertUtenfor: true });
    assert.equal(rettet.status, 200, JSON.stringify(rettet.body));
    assert.deepEqual(rettet.body.involvertAnsatt, { navn: 'en vikar fra byrået', utenfor: true });
    assert.equal((await kall('GET', `/api/saker/${sakId}`, DEMO.laerer3)).status, 404, 'he has no part in the case');
  });
});
