/** The organisation pages' small forms: fields, the server's message at each field, a success line announced politely. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ApiFeil, somApiFeil } from '../../api';
import { kunngjor } from '../../deler/Kunngjoring';
import { ErrorMessage } from '../../deler/Tilstand';

const useStiler = makeStyles({
  seksjon: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  knapp: { alignSelf: 'flex-start' },
});

/** One small form: its fields, the server's message per field, and a success line. */
export function Skjema({ id, tittel, send: sendInn, children, knapp }: { id: string; tittel: string; send: () => Promise<string>; children: (feil: Record<string, string>) => ReactNode; knapp: string }) {
  const s = useStiler();
  const [feil, settFeil] = useState<{ melding: string; felt: Record<string, string> }>();
  const [ok, settOk] = useState<string>();
  const [sender, settSender] = useState(false);
  async function paaSend(e: FormEvent) {
    e.preventDefault();
    if (sender) return;
    settSender(true);
    settFeil(undefined);
    settOk(undefined);
    try {
      const kvittering = await sendInn();
      settOk(kvittering);
      kunngjor(kvittering);
    } catch (err) {
      const f = err instanceof ApiFeil ? err : somApiFeil(err);
      settFeil({ melding: f.message, felt: f.felt });
    } finally {
      settSender(false);
    }
  }
  return (
    <form className={s.seksjon} aria-labelledby={id} onSubmit={(e) => void paaSend(e)} noValidate>
      <h2 id={id}>{tittel}</h2>
      {children(feil?.felt ?? {})}
      <Button className={s.knapp} type="submit" disabled={sender}>
        {knapp}
      </Button>
      {feil && <ErrorMessage melding={[feil.melding, ...Object.values(feil.felt).filter((f) => f.includes('\n'))].join('\n')} />}
      {ok && (
        <MessageBar intent="success">
          <MessageBarBody>{ok}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}

export const feltFeil = (feil: Record<string, string>, navn: string) =>
  feil[navn] ? { validationMessage: feil[navn], validationState: 'error' as const } : { validationState: 'none' as const };

