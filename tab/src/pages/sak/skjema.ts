/**
 * What every form on the case pages shares: the server's message per field shown at that field,
 * focus moved to the first field to correct, and nothing typed lost on an error. A form has its own
 * id (renewed after it was saved), so a double click or a retried request makes one record.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { somApiFeil } from '../../api';
import { kunngjor } from '../../deler/Kunngjoring';

export interface Skjematilstand {
  /** Put on the element around the form(s): the first field with an error in it gets the focus. */
  skjemaRef: RefObject<HTMLDivElement | null>;
  skjemaId: string;
  feltfeil: Record<string, string>;
  melding?: string;
  kvittering?: string;
  sender: boolean;
  /** Runs the request; on an error keeps what was typed and shows the server's words. */
  utfor: (arbeid: () => Promise<void>, kvittering?: string) => Promise<boolean>;
  /** Fluent Field props for a field: its error, if the server named it. */
  felt: (navn: string) => { validationMessage?: string; validationState: 'error' | 'none' };
}

export function useSkjema(): Skjematilstand {
  const skjemaRef = useRef<HTMLDivElement>(null);
  const [skjemaId, settSkjemaId] = useState(() => crypto.randomUUID());
  const [feltfeil, settFeltfeil] = useState<Record<string, string>>({});
  const [message, settMelding] = useState<string>();
  const [kvittering, settKvittering] = useState<string>();
  const [sender, settSender] = useState(false);
  // Set at once, not at the next render: a fast second click must not send a second request.
  const iGang = useRef(false);
  // After a refused request, keyboard and screen-reader users land on the first field to correct.
  useEffect(() => {
    skjemaRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [feltfeil]);

  async function utfor(arbeid: () => Promise<void>, ok?: string): Promise<boolean> {
    if (iGang.current) return false;
    iGang.current = true;
    settSender(true);
    settMelding(undefined);
    settKvittering(undefined);
    try {
      await arbeid();
      settFeltfeil({});
      settKvittering(ok);
      if (ok) kunngjor(ok);
      settSkjemaId(crypto.randomUUID());
      return true;
    } catch (feil) {
      const f = somApiFeil(feil);
      settFeltfeil(f.felt);
      settMelding(f.message);
      return false;
    } finally {
      iGang.current = false;
      settSender(false);
    }
  }

  const felt = (navn: string) => (feltfeil[navn] ? { validationMessage: feltfeil[navn], validationState: 'error' as const } : { validationState: 'none' as const });
  return { skjemaRef, skjemaId, feltfeil, ...(message ? { melding: message } : {}), ...(kvittering ? { kvittering } : {}), sender, utfor, felt };
}

/** Today in Oslo as YYYY-MM-DD (a form's default date; the server checks it again). */
export function idagOslo(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
