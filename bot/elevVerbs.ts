/**
 * The pupil's card verbs and chat replies (issue 25). The use cases refuse anyone who is not a pupil;
 * the bot only picks which cards a pupil is shown, from the activity's identity.
 */
import type { AppKontekst, Aktor } from '../src/app/kontekst';
import { getSiFraForm, mineMeldinger, siFra } from '../src/app/elev/siFra';
import { rollerFor } from '../src/domain/roller';
import { feilCard } from './cards/feilCard';
import type { Card } from './cards/felles';
import { elevKvitteringCard, elevVelkomst, mineMeldingerCard, siFraCard } from './cards/elevCard';
import { ELEV_VERB, type Verb } from './verbnavn';
import { feilTekst, feilCardFor } from './feilSvar';
import { botTekster } from '../src/i18n/aktiv';
import { elevOrdNaa } from '../src/i18n/aktiv';
import { elevOrd } from '../src/i18n/elevOrd';

/** A verb handler that needs only who clicks (structurally a VerbHandler of verbs.ts, without importing it back). */
type ElevVerbHandler = (k: { ktx: AppKontekst; aktor: Aktor }, data: Record<string, unknown>) => Promise<Card>;

/** Whether the person is a pupil of the organisation (in its tenant). */
export function erElev(ktx: AppKontekst, aktor: Aktor | undefined): aktor is Aktor {
  return !!aktor && aktor.tenantId === ktx.org.tenantId && !!rollerFor(ktx.org, aktor.oid).elev;
}

export function elevHilsen(ktx: AppKontekst, aktor: Aktor): Card {
  const s = getSiFraForm(ktx, aktor);
  return s.ok ? elevVelkomst(s.verdi.trinn, elevOrd(s.verdi.sprak)) : feilCardFor(s.feil);
}

export function elevSkjema(ktx: AppKontekst, aktor: Aktor): Card {
  const s = getSiFraForm(ktx, aktor);
  return s.ok ? siFraCard(s.verdi, { skjemaId: ktx.nyId() }, elevOrd(s.verdi.sprak)) : feilCardFor(s.feil);
}

const streng = (v: unknown) => (typeof v === 'string' ? v : undefined);

const siFraVerb: ElevVerbHandler = async (k, data) => {
  const skjemaId = streng(data.skjemaId);
  if (!skjemaId || !/^[\w-]{8,64}$/.test(skjemaId)) return feilCard(botTekster.feil.ukjentHandling);
  const verdier = Object.fromEntries(['hvem', 'annenNavn', 'hva', 'hvordan', 'voksen', 'snakkeMed'].map((f) => [f, streng(data[f])]));
  const r = await siFra(k.ktx, k.aktor, verdier, { skjemaId });
  const ord = elevOrdNaa(k.ktx.org.kommune.malform);
  if (r.ok) return elevKvitteringCard(r.verdi, ord);
  const s = getSiFraForm(k.ktx, k.aktor);
  if (!s.ok) return feilCardFor(s.feil);
  // The form again, with what they wrote and a kind message (under each field, or on top for the daily limit).
  return siFraCard(s.verdi, { skjemaId, verdier, feil: feilTekst(r.feil) }, ord);
};

export const ELEV_VERB_HANDLERE = {
  [ELEV_VERB.visSkjema]: async (k) => elevSkjema(k.ktx, k.aktor),
  [ELEV_VERB.siFra]: siFraVerb,
  [ELEV_VERB.mine]: async (k) => {
    const r = await mineMeldinger(k.ktx, k.aktor);
    return r.ok ? mineMeldingerCard(r.verdi, elevOrdNaa(k.ktx.org.kommune.malform)) : feilCardFor(r.feil);
  },
} satisfies Partial<Record<Verb, ElevVerbHandler>>;
