/**
 * The evaluation reminder's card: the evaluation's fields, recorded right here through the same use
 * case as the tab (src/app/paaminnelser/evaluering.ts). After a refused submit the same form comes
 * back with everything typed and each problem under its field. Once the plan is past the card's
 * date the card says what happened — who recorded the evaluation, when, with what outcome — and
 * has no buttons.
 */
import type { EvalueringCardView } from '../../src/app/paaminnelser/evaluering';
import { MAKS_PLAN } from '../../src/app/plan/planSkjema';
import { MAKS_HVORFOR } from '../../src/domain/elevensOpplevelse';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { elevensSvarInput, motElevenInput } from './elevensSvarInput';
import { folgSprak } from '../../src/i18n/aktiv';
import { VERB } from '../verbnavn';
import { aapneLenke, adaptiveCard, banner, dato, feltFeil, linje, mellomtittel, overskrift, tekst, tidspunkt, utfor, type Element, type Card } from './felles';

const t = folgSprak((k) => k.kort.evaluering);

export interface EvalueringCardValg {
  /** The reminder's notice on top. */
  melding?: string;
  /** The clicking or receiving person's Teams user id (29:…), for the refresh. */
  teamsId?: string;
  /** The plan's page in the tab, for «Åpne planen i fanen» while the evaluation is open. */
  lenke?: string;
  /** What was typed, kept after a refused submit. */
  verdier?: Record<string, unknown>;
  feil?: { melding: string; felt: Record<string, string> };
}

/** The input id of tiltak number i's assessment. */
export const vurderingId = (i: number) => `vurdering_${i}`;

export function evalueringCard(v: EvalueringCardView, valg: EvalueringCardValg = {}): Card {
  const hode: Element[] = [
    overskrift(v.status.type === 'apen' ? t.tittel(v.saksnummer) : v.status.type === 'registrert' ? t.registrertTittel : t.utgattTittel),
    ...(v.status.type === 'apen' ? [] : [tekst(t.tittel(v.saksnummer), { isSubtle: true, spacing: 'None' })]),
    linje(t.elev, v.elevNavn),
    linje(t.skole, v.skole),
    linje(t.evalueringsdato, dato(v.evalueringsdato)),
  ];
  if (v.status.type === 'registrert') {
    const e = v.status.evaluering;
    return adaptiveCard([
      ...hode,
      banner(t.registrert(e.av, tidspunkt(e.tid)), 'Good'),
      linje(t.holdt, dato(e.dato)),
      linje(t.utfall, e.utfallTekst),
      ...(e.nesteEvalueringsdato ? [linje(t.neste, dato(e.nesteEvalueringsdato))] : []),
      linje(t.deltakere, e.deltakere, MAKS_PLAN.deltakere),
      tekst(t.aapneFanen, { isSubtle: true, size: 'Small' }),
    ]);
  }
  if (v.status.type === 'utgatt') {
    const s = v.status;
    return adaptiveCard([...hode, banner(t.utgatt(dato(v.evalueringsdato), s.statusTekst, s.nesteEvaluering ? dato(s.nesteEvaluering) : ''), 'Warning'), tekst(t.aapneFanen, { isSubtle: true, size: 'Small' })]);
  }

  const skrevet = (id: string, maks: number): string => {
    const r = valg.verdier?.[id];
    return typeof r === 'string' ? [...r].slice(0, maks).join('') : '';
  };
  const felt = valg.feil?.felt ?? {};
  const feilFor = (prefiks: string) => Object.entries(felt).find(([k]) => k === prefiks || k.startsWith(`${prefiks}.`) || k.startsWith(`${prefiks}[`))?.[1];
  const body: Element[] = [
    ...hode,
    ...(valg.feil ? [banner(valg.feil.melding)] : valg.melding ? [banner(valg.melding, 'Warning')] : []),
    { type: 'Input.Date', id: 'dato', label: t.dato, isRequired: true, errorMessage: t.dato, value: skrevet('dato', 10) || v.idag, max: v.idag },
    ...feltFeil(feilFor('dato')),
    { type: 'Input.Text', id: 'deltakere', label: t.deltakere, isRequired: true, errorMessage: t.deltakere, maxLength: MAKS_PLAN.deltakere, value: skrevet('deltakere', MAKS_PLAN.deltakere) },
    ...feltFeil(feilFor('deltakere')),
    ...(v.tiltak.length > 0 ? [mellomtittel(t.tiltak)] : []),
    ...v.tiltak.flatMap((tt, i) => [
      // Every tiltak is assessed (the use case refuses an evaluation without): required, as the form says.
      { type: 'Input.Text' as const, id: vurderingId(i), label: t.vurdering(i + 1, [...tt.beskrivelse].slice(0, 200).join('')), isRequired: true, errorMessage: t.vurderingFeil, isMultiline: true, maxLength: MAKS_PLAN.tiltakTekst, value: skrevet(vurderingId(i), MAKS_PLAN.tiltakTekst) },
      ...feltFeil(feilFor(`vurderinger[${i}]`)),
    ]),
    {
      type: 'Input.Text',
      id: 'elevensOpplevelse',
      label: t.elevensOpplevelse,
      placeholder: t.elevensOpplevelseHint,
      isMultiline: true,
      isRequired: true,
      errorMessage: t.elevensOpplevelse,
      maxLength: MAKS_PLAN.tekst,
      value: skrevet('elevensOpplevelse', MAKS_PLAN.tekst),
    },
    ...feltFeil(feilFor('elevensOpplevelse')),
    ...elevensSvarInput({
      id: { svar: 'elevensSvar', hvorfor: 'elevensSvarHvorfor' },
      verdier: { svar: skrevet('elevensSvar', 20), hvorfor: skrevet('elevensSvarHvorfor', MAKS_HVORFOR) },
      feil: { svar: feilFor('elevensSvar'), hvorfor: feilFor('elevensSvarHvorfor') },
      paakrevd: true,
    }),
    {
      type: 'Input.ChoiceSet',
      id: 'utfall',
      label: t.utfall,
      style: 'expanded',
      isRequired: true,
      errorMessage: t.utfall,
      choices: v.utfallValg.map((u) => ({ title: u.tekst, value: u.verdi })),
      value: skrevet('utfall', 40),
    },
    ...feltFeil(feilFor('utfall')),
    // Outcome 1 against the pupil's «nei»/«delvis» was refused: rektor may write why (the use case decides who may).
    ...((felt.utfall && /elevens opplevelse/.test(felt.utfall)) || felt.begrunnelseMotEleven
      ? motElevenInput('begrunnelseMotEleven', undefined, skrevet('begrunnelseMotEleven', MAKS_LENGDE.begrunnelse), feilFor('begrunnelseMotEleven'))
      : []),
    { type: 'Input.Date', id: 'nesteEvalueringsdato', label: t.nesteEvalueringsdato, value: skrevet('nesteEvalueringsdato', 10), min: v.idag },
    ...feltFeil(feilFor('nesteEvalueringsdato')),
  ];
  const data = { sakId: v.sakId, evalueringsdato: v.evalueringsdato, tiltak: v.tiltak.map((x) => x.id) };
  const refresh: Card['refresh'] | undefined = valg.teamsId
    ? { action: { type: 'Action.Execute', verb: VERB.visEvaluering, data: { sakId: v.sakId, evalueringsdato: v.evalueringsdato } }, userIds: [valg.teamsId] }
    : undefined;
  return adaptiveCard(body, { actions: [utfor(t.registrer, VERB.registrerEvaluering, data, { stil: 'positive', medInput: true }), ...(valg.lenke ? [aapneLenke(t.aapneIFanen, valg.lenke)] : [])], ...(refresh ? { refresh } : {}) });
}
