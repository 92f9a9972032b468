/**
 * The varslingsskjema. Only the pupil, what happened and "does it come from someone who works at the
 * school" are required (docs/domene.md: a low threshold to report). The school is the only answer given in
 * advance: anything else preset would be stored as the reporter's answer without them giving it. After a
 * failed submit the same card comes back with everything the person typed and each problem under
 * its field. The skjemaId in the submit action makes a double click or a Teams retry one varsel.
 *
 * Compact at Teams' narrowest width (320 px): the required questions fill the first screen; the
 * optional ones sit in a container one tap opens (a toggle, not a ShowCard: inputs in a ShowCard would
 * not be sent with the form's own button). It is open again when a submit came back with anything
 * typed there or a problem in it.
 */
import type { SkjemaView } from '../../src/app/varselFormView';
import { GREP_INN, KILDER, KOMMER_FRA, MAKS_LENGDE, NAAR_VALG } from '../../src/domain/varsel';
import { folgSprak } from '../../src/i18n/aktiv';
import { VERB } from '../verbnavn';
import { adaptiveCard, banner, feltFeil, overskrift, tekst, utfor, vekslSynlighet, type Egenskaper, type Element, type Card } from './felles';

const t = folgSprak((k) => k.kort.skjema);

export interface SkjemaTilstand {
  skjemaId: string;
  /** What the person typed, kept after a failed submit. */
  verdier?: Record<string, unknown>;
  /** The problems: a summary line and one message per field. */
  feil?: { melding: string; felt: Record<string, string> };
}

type Valg = { title: string; value: string }[];

export const VALGFRITT_ID = 'valgfritt';
/** The optional questions' inputs (in the folded container). */
const VALGFRIE = ['involvertAnsatt', 'involvertAnsattTekst', 'naar', 'dato', 'sted', 'involverte', 'kilde', 'grepInn', 'grepInnHvordan', 'elevInformert', 'ikkeInformertHvorfor'];

const valgFra = <K extends string>(verdier: readonly K[], titler: Record<K, string>): Valg => verdier.map((v) => ({ title: titler[v], value: v }));

/** Staff of the preselected school to choose from (a filtered list: it may be long). */
function involvertValg(view: SkjemaView): Element[] {
  const ansatte = view.ansatte.filter((p) => !view.valgtSkoleId || p.skoleId === view.valgtSkoleId).slice(0, 300);
  if (ansatte.length === 0) return [];
  return [{ type: 'Input.ChoiceSet', id: 'involvertAnsatt', label: t.involvertAnsatt, placeholder: t.involvertAnsattHint, style: 'filtered', choices: ansatte.map((p) => ({ title: p.navn, value: p.oid })) }];
}

export function varselskjema(view: SkjemaView, tilstand: SkjemaTilstand): Card {
  const v = (id: string, maks: number): string => {
    const r = tilstand.verdier?.[id];
    // Kept as typed (not escaped: it goes back into an input), but never longer than the field allows.
    return typeof r === 'string' ? [...r].slice(0, maks).join('') : '';
  };
  const felt = tilstand.feil?.felt ?? {};
  const medFeil = (input: Element): Element[] => [input, ...feltFeil(felt[String(input.id)])];

  const tekstfelt = (id: keyof typeof MAKS_LENGDE, label: string, valg: Egenskaper = {}): Element[] =>
    medFeil({ type: 'Input.Text', id, label, maxLength: MAKS_LENGDE[id], value: v(id, MAKS_LENGDE[id]), ...valg });
  const valgfelt = (id: string, label: string, choices: Valg, valg: Egenskaper = {}): Element[] =>
    medFeil({ type: 'Input.ChoiceSet', id, label, choices, value: v(id, 100), ...valg });

  const valgfritt: Element[] = [
    // §12-5: who, if the reporter knows (the case keeps that person out of it); only read with «ja».
    ...involvertValg(view).flatMap((e) => medFeil({ ...e, value: v('involvertAnsatt', 64) })),
    ...tekstfelt('involvertAnsattTekst', t.involvertAnsattTekst),
    // «Når skjedde det?»: a day, over time, or «vet ikke»; nothing chosen and no date until the person picks.
    ...valgfelt('naar', t.naar, valgFra(NAAR_VALG, t.naarValg), { style: 'expanded' }),
    ...medFeil({ type: 'Input.Date', id: 'dato', label: t.dato, value: v('dato', 10), max: view.idag }),
    ...tekstfelt('sted', t.sted, { placeholder: t.stedHint }),
    ...tekstfelt('involverte', t.involverte),
    ...valgfelt('kilde', t.kilde, valgFra(KILDER, t.kilder), { placeholder: t.kildeHint }),
    // Radio buttons for the short optional choices: nothing is chosen until the person chooses.
    ...valgfelt('grepInn', t.grepInn, valgFra(GREP_INN, t.grepInnValg), { style: 'expanded' }),
    ...tekstfelt('grepInnHvordan', t.grepInnHvordan, { isMultiline: true }),
    ...valgfelt('elevInformert', t.elevInformert, valgFra(['ja', 'nei'] as const, t.jaNei), { style: 'expanded' }),
    ...tekstfelt('ikkeInformertHvorfor', t.ikkeInformertHvorfor),
  ];
  const aapen = VALGFRIE.some((id) => v(id, 1) !== '' || felt[id]);

  const body: Element[] = [
    overskrift(t.tittel),
    ...(tilstand.feil ? [banner(tilstand.feil.melding)] : []),
    tekst(t.intro, { weight: 'Bolder' }),
    tekst(t.paakrevd, { isSubtle: true, spacing: 'None' }),
    ...(view.utenSkole ? [tekst(t.skoleUtenSkole)] : []),
    ...valgfelt('skoleId', t.skole, view.skoler.map((s) => ({ title: s.navn, value: s.id })), {
      value: v('skoleId', 100) || view.valgtSkoleId || '',
      isRequired: true,
      errorMessage: t.skoleMangler,
    }),
    // Name and class side by side: two short inputs, one line at 320 px.
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: tekstfelt('elevNavn', t.elevNavn, { isRequired: true, errorMessage: t.elevNavnMangler }) },
        { type: 'Column', width: '100px', items: tekstfelt('elevKlasse', t.elevKlasse) },
      ],
    },
    ...tekstfelt('beskrivelse', t.beskrivelse, { isMultiline: true, placeholder: t.beskrivelseHint, isRequired: true, errorMessage: t.beskrivelseMangler }),
    ...valgfelt('kommerFra', t.kommerFra, valgFra(KOMMER_FRA, t.kommerFraValg), { style: 'expanded', wrap: true, isRequired: true, errorMessage: t.kommerFraMangler }),
    { type: 'ActionSet', actions: [vekslSynlighet(t.merValgfritt, [VALGFRITT_ID])] },
    { type: 'Container', id: VALGFRITT_ID, isVisible: aapen, items: valgfritt },
    tekst(t.personvern, { isSubtle: true, size: 'Small' }),
  ];
  return adaptiveCard(body, { actions: [utfor(t.send, VERB.sendVarsel, { skjemaId: tilstand.skjemaId }, { stil: 'positive', medInput: true })] });
}
