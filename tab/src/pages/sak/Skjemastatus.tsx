/**
 * A case-page form's outcome: the server's refusal, or the receipt of what was saved. The receipt is
 * announced in the tab's live region (useForm); when the action removed the control that had focus
 * (a case action's button gives way to the next), focus moves here instead of falling to the page.
 */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { fokusTapt } from '../../deler/Kunngjoring';
import { ErrorMessage } from '../../deler/Tilstand';
import type { Form } from '../../deler/useForm';

const useStiler = makeStyles({ knapp: { alignSelf: 'flex-start' } });

/** A case form's submit button: not pressable while its request is under way (one click, one record). */
export function Lagreknapp({ skjema, children }: { skjema: Pick<Form, 'sender'>; children: ReactNode }) {
  return (
    <Button className={useStiler().knapp} type="submit" appearance="primary" disabled={skjema.sender}>
      {children}
    </Button>
  );
}

export function Skjemastatus({ skjema }: { skjema: Pick<Form, 'melding' | 'kvittering'> }) {
  const kvittering = useRef<HTMLDivElement>(null);
  // After every render: the page may change under the form when it reloads after the action.
  useEffect(() => {
    if (skjema.kvittering && fokusTapt()) kvittering.current?.focus();
  });
  return (
    <>
      {skjema.melding && <ErrorMessage melding={skjema.melding} />}
      {skjema.kvittering && (
        <MessageBar layout="multiline" intent="success" ref={kvittering} tabIndex={-1}>
          <MessageBarBody>{skjema.kvittering}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
