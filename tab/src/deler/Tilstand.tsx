import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Henting } from '../api';
import { tekster } from '../tekster';

/** Shows loading and errors of a read the same way on every page; renders `children(data)` when there. */
export function Tilstand<T>({ henting, children }: { henting: Henting<T>; children: (data: T) => ReactNode }) {
  // A page's read refused for this person: say so about the page (the API's words name an action).
  if (henting.feil?.status === 403) return <Feilmelding melding={tekster.ingenTilgang} />;
  if (henting.feil) return <Feilmelding melding={henting.feil.message} igjen={henting.lastPåNytt} />;
  if (henting.data === undefined) return <Spinner size="small" label={tekster.laster} />;
  return <>{children(henting.data)}</>;
}

export function Feilmelding({ melding, igjen }: { melding: string; igjen?: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      {/* A refusal may list several items, one per line (e.g. what a plan still needs). */}
      <MessageBarBody style={{ whiteSpace: 'pre-line' }}>{melding}</MessageBarBody>
      {igjen && (
        <MessageBarActions>
          <Button onClick={igjen}>{tekster.prøvIgjen}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
