/** Steps of a case's path through the use cases, for tests that need a case at a given point. */
import { strict as assert } from 'node:assert';
import { aktiverPlan } from '../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../src/app/plan/lagreUtkast';
import { registrerEvaluering } from '../../src/app/plan/registrerEvaluering';
import { visPlan } from '../../src/app/plan/visPlan';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { utforHandling } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import type { KommerFra } from '../../src/domain/varsel';
import { osloDato } from '../../src/domain/frister';
import type { AppKontekst } from '../../src/app/kontekst';
import { DEMO, aktor, varselSkjema } from './appKontekst';

export const BEHANDLER: Record<KommerFra, string> = { nei: DEMO.rektor, vet_ikke: DEMO.rektor, ansatt: DEMO.rektor, ledelse: DEMO.kommunalsjef };
export const SAKSANSVARLIG: Record<KommerFra, string> = { nei: DEMO.laerer3, vet_ikke: DEMO.laerer3, ansatt: DEMO.laerer3, ledelse: DEMO.kommunalsjef };
/** A staff member who is responsible for the plan's one tiltak and nothing else. */
export const TILTAKSANSVARLIG = DEMO.vaktmester;

export const ELEVENS_OPPLEVELSE = {
  type: 'elevens_opplevelse',
  dato: '2026-11-23',
  deltakere: 'Eleven og kontaktlærer',
  tekst: '«Ingen vil være med meg i friminuttet. Jeg går bare rundt alene.»',
  elevensSvar: 'nei',
};

/** A later talk where the pupil says it is safe and good now: a case may then close without tiltak. */
export const ELEVENS_OPPLEVELSE_TRYGG = {
  type: 'elevens_opplevelse',
  dato: '2026-11-23',
  deltakere: 'Eleven og kontaktlærer',
  tekst: '«Det er greit nå. Jeg er med de andre i friminuttet.»',
  elevensSvar: 'ja',
};

/** Closing's «who was told»: the pupil and one parent, each on their own (INFORMERT_RADER). */
export const INFORMERT = { informertElevHvordan: 'Samtale med kontaktlærer', informertForesatt1Navn: 'mor', informertForesatt1Hvordan: 'Telefon' } as const;

export function fulltUtkast(tiltakAnsvarlig: string = TILTAKSANSVARLIG, id?: string) {
  return {
    bakgrunn: 'Varsel fra kontaktlærer; samtale med eleven 23.11.',
    problem: 'Eleven holdes utenfor leken i friminuttene.',
    mal: 'Eleven har noen å være med i friminuttene.',
    tiltak: [{ ...(id ? { id } : {}), beskrivelse: 'Voksen ved klatrestativet i alle friminutt', niva: 'gruppe', ansvarlig: tiltakAnsvarlig, tidsrom: 'Uke 48–51, alle friminutt', evalueringsnotat: '' }],
    evalueringsdato: '',
    elevensStemme: 'Eleven ønsker en voksen i nærheten og å få være med på fotball.',
    foresattesSyn: 'Mor støtter planen.',
    barnetsBeste: 'Elevens trygghet veier tyngst; tiltaket skjermer eleven uten å peke henne ut.',
  };
}

/** A case received, assigned, under investigation, with the pupil's experience logged. */
export async function sakUnderUndersokelse(ktx: AppKontekst, kommerFra: KommerFra = 'nei'): Promise<string> {
  const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra }), { skjemaId: ktx.nyId() });
  assert.ok(sendt.ok, JSON.stringify(sendt));
  const sakId = sendt.verdi.id;
  const b = aktor(BEHANDLER[kommerFra]);
  for (const [handling, verdier] of [
    // A «vet ikke» case is classified on receipt (here: not an adult at the school).
    ['ta_imot', kommerFra === 'vet_ikke' ? { klassifisering: 'nei', begrunnelse: 'Samtalen viste at det gjelder andre elever.' } : {}],
    ['tildel', { saksansvarlig: SAKSANSVARLIG[kommerFra] }],
    ['start_undersokelse', {}],
  ] as const) {
    const r = await utforHandling(ktx, b, { sakId, handling, verdier });
    assert.ok(r.ok, `${handling}: ${JSON.stringify(r)}`);
  }
  // Dated today by the test's clock: nothing in a case can be dated before its varsel.
  const logg = await leggTilLoggforing(ktx, b, sakId, { ...ELEVENS_OPPLEVELSE, dato: osloDato(ktx.naa()) });
  assert.ok(logg.ok, JSON.stringify(logg));
  return sakId;
}

/** …and a plan written (a complete draft, not activated). */
export async function sakMedUtkast(ktx: AppKontekst, kommerFra: KommerFra = 'nei'): Promise<string> {
  const sakId = await sakUnderUndersokelse(ktx, kommerFra);
  const b = aktor(BEHANDLER[kommerFra]);
  assert.ok((await utforHandling(ktx, b, { sakId, handling: 'opprett_plan' })).ok);
  const u = await lagreUtkast(ktx, b, sakId, fulltUtkast());
  assert.ok(u.ok, JSON.stringify(u));
  return sakId;
}

/** …and the plan activated. */
export async function sakMedAktivPlan(ktx: AppKontekst, kommerFra: KommerFra = 'nei'): Promise<string> {
  const sakId = await sakMedUtkast(ktx, kommerFra);
  const a = await aktiverPlan(ktx, aktor(BEHANDLER[kommerFra]), sakId);
  assert.ok(a.ok, JSON.stringify(a));
  return sakId;
}

/** An evaluation of the plan in force, every tiltak assessed. */
export async function evaluering(ktx: AppKontekst, sakId: string, oid: string, utfall: string, nesteEvalueringsdato?: string) {
  const plan = await visPlan(ktx, aktor(oid), sakId);
  assert.ok(plan.ok);
  const gjeldende = plan.verdi.versjoner.findLast((v) => v.aktivert)!;
  return {
    dato: osloDato(ktx.naa()),
    deltakere: 'Eleven, mor, kontaktlærer',
    vurderinger: gjeldende.tiltak.map((t) => ({ tiltakId: t.id, vurdering: `Vurdert: ${t.beskrivelse}` })),
    elevensOpplevelse: `Eleven sier (${utfall}): «Det er bedre nå.»`,
    elevensSvar: utfall === 'ikke_gjenopprettet' ? 'nei' : 'ja',
    utfall,
    ...(nesteEvalueringsdato ? { nesteEvalueringsdato } : {}),
  };
}

/** …and the plan evaluated with outcome 1: the case may be closed. */
export async function sakKlarTilAvslutning(ktx: AppKontekst, kommerFra: KommerFra = 'nei'): Promise<string> {
  const sakId = await sakMedAktivPlan(ktx, kommerFra);
  const oid = BEHANDLER[kommerFra];
  const r = await registrerEvaluering(ktx, aktor(oid), sakId, await evaluering(ktx, sakId, oid, 'gjenopprettet'));
  assert.ok(r.ok, JSON.stringify(r));
  return sakId;
}
