/** The organisation pages' small forms: fields, the server's message at each field, a success line announced politely. */
import type { FormEvent, ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorMessage } from '../../deler/Tilstand';
import { useForm } from '../../deler/useForm';

const useStiler = makeStyles({
  seksjon: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  knapp: { alignSelf: 'flex-start' },
});

/** One small form: its fields, the server's message per field, and a success line (what `send` returns). */
export function Skjema({ id, tittel, send: sendInn, children, knapp }: { id: string; tittel: string; send: () => Promise<string>; children: (feil: Record<string, string>) => ReactNode; knapp: string }) {
  const s = useStiler();
  const form = useForm();
  async function paaSend(e: FormEvent) {
    e.preventDefault();
    await form.utfor(sendInn);
  }
  return (
    <form className={s.seksjon} aria-labelledby={id} onSubmit={(e) => void paaSend(e)} noValidate>
      <h2 id={id}>{tittel}</h2>
      {children(form.feltfeil)}
      <Button className={s.knapp} type="submit" disabled={form.sender}>
        {knapp}
      </Button>
      {form.melding && <ErrorMessage melding={[form.melding, ...Object.values(form.feltfeil).filter((f) => f.includes('\n'))].join('\n')} />}
      {form.kvittering && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{form.kvittering}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}

export const feltFeil = (feil: Record<string, string>, navn: string) =>
  feil[navn] ? { validationMessage: feil[navn], validationState: 'error' as const } : { validationState: 'none' as const };
