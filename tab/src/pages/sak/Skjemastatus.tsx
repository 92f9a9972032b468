/** A case-page form's outcome: the server's refusal, or the receipt of what was saved. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Feilmelding } from '../../deler/Tilstand';
import type { Skjematilstand } from './skjema';

export function Skjemastatus({ skjema }: { skjema: Pick<Skjematilstand, 'melding' | 'kvittering'> }) {
  return (
    <>
      {skjema.melding && <Feilmelding melding={skjema.melding} />}
      {skjema.kvittering && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{skjema.kvittering}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
