/**
 * The one form hook of the tab: what was typed, the server's message per field shown at that field,
 * focus moved to the first field to correct, and nothing typed lost on an error. A form has its own
 * id (renewed after it was saved), so a double click or a retried request makes one record.
 */
import { useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { somApiFeil, type ApiFeil } from '../api/http';
import { kunngjor } from './Kunngjoring';

export type Verdier = Record<string, string>;

export interface Form<V extends Verdier = Verdier> {
  /** Put on the element around the form(s): the first field with an error in it gets the focus. */
  skjemaRef: RefObject<HTMLDivElement | null>;
  skjemaId: string;
  verdier: V;
  settVerdier: Dispatch<SetStateAction<V>>;
  /** A Fluent control's onChange for one field. */
  sett: (navn: keyof V & string) => (_: unknown, d: { value: string }) => void;
  feltfeil: Record<string, string>;
  melding?: string;
  kvittering?: string;
  sender: boolean;
  /** A one-time action (`engang`) that succeeded: it sends nothing more. */
  ferdig: boolean;
  /** Runs the request; on an error keeps what was typed and shows the server's words. The receipt: `kvittering`, else what the work returned. */
  utfor: (arbeid: () => Promise<void | string>, kvittering?: string) => Promise<boolean>;
  /** Forgets the server's refusal (what was typed was replaced, e.g. by a file read into the form). */
  glemFeil: () => void;
  /** Fluent Field props for a field: required or not, and its error, if the server named it. */
  felt: (navn: string, paakrevd?: boolean) => { required?: true; validationMessage?: string; validationState: 'error' | 'none' };
}

export interface FormValg {
  /** Called with the refusal in the same render as the field errors (e.g. to open a folded part holding a refused field). */
  vedFeil?: (feil: ApiFeil) => void;
  /**
   * A one-time action, whose button stays on screen after it succeeded until the page has read back
   * what it made (e.g. «Jeg er kjent med pliktene»): no new form follows, so the guard is never lifted.
   */
  engang?: boolean;
}

export function useForm<V extends Verdier = Verdier>(start: V | (() => V) = {} as V, valg: FormValg = {}): Form<V> {
  const skjemaRef = useRef<HTMLDivElement>(null);
  const [skjemaId, settSkjemaId] = useState(() => crypto.randomUUID());
  const [verdier, settVerdier] = useState<V>(start);
  const [feltfeil, settFeltfeil] = useState<Record<string, string>>({});
  const [message, settMelding] = useState<string>();
  const [kvittering, settKvittering] = useState<string>();
  const [sender, settSender] = useState(false);
  const [ferdig, settFerdig] = useState(false);
  // Set at once, not at the next render: a fast second click must not send a second request. After a
  // save it is lifted only once the new form is on screen (the effect on skjemaId): until then the
  // old button may still hold the focus, and a second Enter would send the saved form again.
  const iGang = useRef(false);
  useEffect(() => {
    iGang.current = false;
  }, [skjemaId]);
  // After a refused request, keyboard and screen-reader users land on the first field to correct
  // (a group of radio buttons carries aria-invalid on the group: its first button).
  useEffect(() => {
    const felt = skjemaRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (felt?.matches('input, textarea, select') ? felt : (felt?.querySelector<HTMLElement>('input, textarea, select') ?? felt))?.focus();
  }, [feltfeil]);

  async function utfor(arbeid: () => Promise<void | string>, kvittering?: string): Promise<boolean> {
    if (iGang.current) return false;
    iGang.current = true;
    settSender(true);
    settMelding(undefined);
    settKvittering(undefined);
    try {
      const svar = await arbeid();
      const ok = kvittering ?? (svar || undefined);
      settFeltfeil({});
      settKvittering(ok);
      if (ok) kunngjor(ok);
      if (valg.engang) settFerdig(true);
      else settSkjemaId(crypto.randomUUID());
      return true;
    } catch (feil) {
      const f = somApiFeil(feil);
      settFeltfeil(f.felt);
      valg.vedFeil?.(f);
      settMelding(f.message);
      iGang.current = false;
      return false;
    } finally {
      settSender(false);
    }
  }

  const glemFeil = () => {
    settFeltfeil({});
    settMelding(undefined);
  };
  const sett = (navn: keyof V & string) => (_: unknown, d: { value: string }) => settVerdier((v) => ({ ...v, [navn]: d.value }));
  const felt = (navn: string, paakrevd = false) => ({
    ...(paakrevd ? { required: true as const } : {}),
    ...(feltfeil[navn] ? { validationMessage: feltfeil[navn], validationState: 'error' as const } : { validationState: 'none' as const }),
  });
  return { skjemaRef, skjemaId, verdier, settVerdier, sett, feltfeil, ...(message ? { melding: message } : {}), ...(kvittering ? { kvittering } : {}), sender, ferdig, utfor, glemFeil, felt };
}

/** Today in Oslo as YYYY-MM-DD (a form's default date; the server checks it again). */
export function idagOslo(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
