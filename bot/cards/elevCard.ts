/**
 * The pupil's chat cards (issue 25): a short welcome with «Si fra» and «Det jeg har sagt fra om»,
 * the «Si fra» form in words for their age, the receipt, and the status list. The same words as the
 * tab (src/i18n/elev.ts). After a failed send the form comes back with what they wrote and a kind
 * message under each field; the form's id makes a double click one record.
 */
import type { ElevKvittering, ElevMelding, SiFraSkjemaView } from '../../src/app/elev/elevView';
import { HVEM_SOM_HELST, MAKS_HVA } from '../../src/domain/fraEleven';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import type { ElevOrd } from '../../src/i18n/elevOrd';
import { adaptiveCard, banner, feltFeil, overskrift, tekst, utfor, type Egenskaper, type Element, type Card } from './felles';
import { ELEV_VERB } from '../verbnavn';


const knapper = (t: ElevOrd): Element[] => [utfor(t.menySiFra, ELEV_VERB.visSkjema, {}, { stil: 'positive' }), utfor(t.menyMine, ELEV_VERB.mine, {})];

export function elevVelkomst(trinn: SiFraSkjemaView['trinn'], t: ElevOrd): Card {
  return adaptiveCard([overskrift(t.trinn[trinn].tittel), tekst(t.trinn[trinn].intro), tekst(t.kvittering.haster, { isSubtle: true })], { actions: knapper(t) });
}

export interface ElevSkjemaTilstand {
  skjemaId: string;
  verdier?: Record<string, unknown>;
  feil?: { melding: string; felt: Record<string, string> };
}

export function siFraCard(v: SiFraSkjemaView, s: ElevSkjemaTilstand, t: ElevOrd): Card {
  const ord = t.trinn[v.trinn];
  const verdi = (id: string, maks: number) => {
    const r = s.verdier?.[id];
    return typeof r === 'string' ? [...r].slice(0, maks).join('') : '';
  };
  const felt = s.feil?.felt ?? {};
  const med = (e: Element): Element[] => [e, ...feltFeil(felt[String(e.id)])];
  const valg = (id: string, label: string, choices: { title: string; value: string }[], ekstra: Egenskaper = {}) =>
    med({ type: 'Input.ChoiceSet', id, label, choices, style: 'expanded', value: verdi(id, 64), ...ekstra });
  return adaptiveCard(
    [
      overskrift(ord.tittel),
      ...(s.feil ? [banner(s.feil.melding)] : []),
      tekst(ord.intro),
      ...valg('hvem', t.hvem.sporsmal, [{ title: t.hvem.meg, value: 'meg' }, { title: t.hvem.annen, value: 'annen' }], { isRequired: true, errorMessage: t.feil.hvem }),
      ...med({ type: 'Input.Text', id: 'annenNavn', label: t.annenNavn.etikett, placeholder: t.annenNavn.hjelp, maxLength: MAKS_LENGDE.elevNavn, value: verdi('annenNavn', MAKS_LENGDE.elevNavn) }),
      ...med({ type: 'Input.Text', id: 'hva', label: ord.hva, placeholder: ord.hvaHjelp, isMultiline: true, maxLength: MAKS_HVA, isRequired: true, errorMessage: t.feil.hva, value: verdi('hva', MAKS_HVA) }),
      ...valg('hvordan', t.hvordan.sporsmal, [{ title: t.hvordan.ja, value: 'ja' }, { title: t.hvordan.delvis, value: 'delvis' }, { title: t.hvordan.nei, value: 'nei' }]),
      ...valg('voksen', t.voksen.sporsmal, (['nei', 'ansatt', 'ledelse', 'vet_ikke'] as const).map((k) => ({ title: t.voksen[k], value: k })), { isRequired: true, errorMessage: t.feil.voksen }),
      ...valg('snakkeMed', t.snakkeMed.sporsmal, [{ title: t.snakkeMed.hvemSomHelst, value: HVEM_SOM_HELST }, ...v.voksne.map((a) => ({ title: `${a.navn} (${a.rolle})`, value: a.oid }))]),
    ],
    { actions: [utfor(t.send, ELEV_VERB.siFra, { skjemaId: s.skjemaId }, { stil: 'positive', medInput: true })] },
  );
}

export function elevKvitteringCard(k: ElevKvittering, t: ElevOrd): Card {
  return adaptiveCard([overskrift(k.tittel), banner(k.statusTekst, 'Good'), ...k.linjer.map((l) => tekst(l))], { actions: [utfor(t.menyMine, ELEV_VERB.mine, {})] });
}

export function mineMeldingerCard(liste: ElevMelding[], t: ElevOrd): Card {
  const linjer = liste.length === 0 ? [tekst(t.status.tom)] : liste.slice(0, 30).map((m) => tekst(`**${t.status.sendt(m.sendt)}:** ${m.statusTekst}`));
  return adaptiveCard([overskrift(t.status.tittel), ...linjer], { actions: [utfor(t.menySiFra, ELEV_VERB.visSkjema, {}, { stil: 'positive' })] });
}
