/**
 * The check and change of the read-check-change-write loop (sakHandlinger.ts): from the case as
 * read and the action's inputs, either a refusal or everything the action changes — computed, never
 * written. The lifecycle (domain/livslop.ts) is asked first, then each input; the action's own step
 * (one file per action in this folder) makes the change.
 */
import { osloDato } from '../../domain/frister';
import { feltProblemer, overgang, utfyltSkjema } from '../../domain/livslop';
import { elevOgForesatteInformert, type Handling, type Sak } from '../../domain/sak';
import type { Klassifisering } from '../../domain/varsel';
import { gjeldendeKlassifisering } from '../../domain/routing';
import { nb } from '../../i18n/aktiv';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Melding, type Resultat, feil, ok } from '../resultat';
import { erMeldtSkoleeier, type HandlingsKontekst } from '../tilgang';
import { lesInformering, manglerInformert } from '../informering';
import type { Endring, Inndata, Steg } from './endring';
import { avslutt } from './avslutt';
import { avsluttUtenTiltak } from './avsluttUtenTiltak';
import { meldSkoleeier } from './meldSkoleeier';
import { klassifiserer, omklassifiser, sjekkKlassifisering } from './omklassifiser';
import { opprettPlan } from './opprettPlan';
import { sjekkSaksansvarligVedMottak, taImot } from './taImot';
import { tildel } from './tildel';

/** Each action's own change; the lifecycle has already set the new status. */
const STEG: Readonly<Record<Handling, Steg>> = {
  ta_imot: taImot,
  tildel,
  // Starting the investigation is the status change alone.
  start_undersokelse: () => ok(undefined),
  opprett_plan: opprettPlan,
  avslutt_uten_tiltak: avsluttUtenTiltak,
  avslutt,
  meld_skoleeier: meldSkoleeier,
  omklassifiser,
};

/**
 * Final steps that are confirmed before they are taken: reporting to skoleeier, and moving a case to
 * kommunalsjef (which takes it out of the mover's own sight). Asked only once the inputs are valid.
 */
export function maaBekreftes(handling: Handling, verdier: Record<string, unknown>): boolean {
  return handling === 'meld_skoleeier' || ((handling === 'omklassifiser' || handling === 'ta_imot') && verdier.klassifisering === 'ledelse');
}

export function beregnEndring(
  ktx: AppKontekst,
  aktor: Aktor,
  gammel: Sak,
  handling: Handling,
  verdier: Record<string, unknown>,
  kunnskap: Required<HandlingsKontekst>,
): Resultat<Endring> {
  const sak: Sak = structuredClone(gammel);
  const tid = ktx.naa().toISOString();
  const tekst = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const valgt = typeof verdier.klassifisering === 'string' && verdier.klassifisering !== '' ? verdier.klassifisering : undefined;
  const inn: Inndata = {
    verdier,
    begrunnelse: tekst(verdier.begrunnelse),
    begrunnelseMotEleven: tekst(verdier.begrunnelseMotEleven),
    gjelder: gjeldendeKlassifisering(sak),
    ...(valgt ? { klassifisering: valgt as Klassifisering } : {}),
    kunnskap,
    tid,
  };
  const avslutter = handling === 'avslutt' || handling === 'avslutt_uten_tiltak';
  const informering = avslutter ? lesInformering(verdier, aktor, tid, osloDato(ktx.naa()), osloDato(new Date(gammel.opprettet))) : undefined;
  if (informering?.ok && informering.verdi.length) sak.informert = [...(sak.informert ?? []), ...informering.verdi];
  const { elevIkkeTrygg, motEleven: _fraEvaluering, ...resten } = kunnskap;
  const ctx = {
    begrunnelse: inn.begrunnelse,
    alleredeMeldt: erMeldtSkoleeier(sak),
    ...resten,
    ...(elevIkkeTrygg ? { elevIkkeTrygg, begrunnelseMotEleven: inn.begrunnelseMotEleven } : {}),
    informert: elevOgForesatteInformert(sak),
    maaKlassifiseres: inn.gjelder === 'vet_ikke',
    klassifisering: valgt,
  };
  // The case's state first (nothing the form can fix), then every problem with the inputs at once, each under its field.
  const tilstand = overgang(sak.status, handling, utfyltSkjema(ctx));
  if (!tilstand.ok) return feil({ kode: 'ulovlig_overgang', melding: tilstand.avslag });
  const { informertHvordan: ikkeInformert, ...skjemaProblemer } = feltProblemer(handling, ctx);
  const ugyldigInformering = informering && !informering.ok && informering.feil.kode === 'ugyldig' ? informering.feil : undefined;
  const problemer: Record<string, Melding> = {
    ...skjemaProblemer,
    // Nobody recorded as told: the problem stands at the first person still missing (the pupil, else a parent).
    ...(ikkeInformert ? { [manglerInformert(sak)]: ikkeInformert } : {}),
    ...(ugyldigInformering ? ugyldigInformering.felt : {}),
  };
  // A date or text that cannot be is invalid input (400); a step the case is not ready for is a refused transition (409).
  const ugyldig = ugyldigInformering || Object.values(skjemaProblemer).some((a) => a.kode === 'for_lang');
  if (Object.keys(problemer).length > 0) return feil({ kode: ugyldig ? 'ugyldig' : 'ulovlig_overgang', melding: Object.values(problemer)[0]!, felt: problemer });
  // What is left is the case's state (the log, the plan, skoleeier told): the refusal says which input, if any.
  const lov = overgang(sak.status, handling, ctx);
  if (!lov.ok) return feil({ kode: 'ulovlig_overgang', melding: lov.avslag, ...(lov.avslag.felt ? { felt: { [lov.avslag.felt]: lov.avslag } } : {}) });
  const klassifisering = sjekkKlassifisering(handling, inn);
  if (!klassifisering.ok) return klassifisering;
  // Without a kommunalsjef the case would end with nobody (ledelse) or the report with nobody.
  if ((klassifiserer(handling, inn.gjelder) && inn.klassifisering === 'ledelse') || handling === 'meld_skoleeier') {
    if (ktx.org.kommune.kommunalsjefer.length === 0) return feil({ kode: 'utilgjengelig', melding: nb.feil.ingenKommunalsjef });
  }
  if (handling === 'ta_imot') {
    const saksansvarlig = sjekkSaksansvarligVedMottak(ktx, sak, inn);
    if (!saksansvarlig.ok) return saksansvarlig;
  }
  if (maaBekreftes(handling, verdier) && verdier.bekreftet !== true && verdier.bekreftet !== 'true') {
    return feil({ kode: 'maa_bekreftes', melding: nb.feil.maaBekreftes });
  }
  sak.status = lov.til;
  const endring: Endring = { sak, hendelse: { handling }, meldinger: [], revisjon: [] };
  const steg = STEG[handling](ktx, aktor, endring, inn);
  return steg.ok ? ok(endring) : steg;
}
