/**
 * A case-page form's outcome: the server's refusal, or the receipt of what was saved. The receipt is
 * announced in the tab's live region (useForm); when the action removed the control that had focus
 * (a case action's button gives way to the next), focus moves here instead of falling to the page.
 */
import { useEffect, useRef } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { fokusTapt } from '../../deler/Kunngjoring';
import { ErrorMessage } from '../../deler/Tilstand';
import type { Form } from '../../deler/useForm';

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
        <MessageBar intent="success" ref={kvittering} tabIndex={-1}>
          <MessageBarBody>{skjema.kvittering}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
