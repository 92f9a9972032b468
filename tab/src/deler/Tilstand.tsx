import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Fetched } from '../api/http';
import { tekster } from '../tekster';

/** Shows loading and errors of a read the same way on every page; renders `children(data)` when there. */
export function Tilstand<T>({ henting: fetched, children }: { henting: Fetched<T>; children: (data: T) => ReactNode }) {
  // A page's read refused for this person: say so about the page (the API's words name an action).
  if (fetched.feil?.status === 403) return <ErrorMessage melding={tekster.ingenTilgang} />;
  if (fetched.feil) return <ErrorMessage melding={fetched.feil.message} igjen={fetched.lastPåNytt} />;
  if (fetched.data === undefined) return <Spinner size="small" label={tekster.laster} />;
  return <>{children(fetched.data)}</>;
}

export function ErrorMessage({ melding: message, igjen }: { melding: string; igjen?: () => void }) {
  return (
    <MessageBar layout="multiline" intent="error" role="alert">
      {/* A refusal may list several items, one per line (e.g. what a plan still needs). */}
      <MessageBarBody style={{ whiteSpace: 'pre-line' }}>{message}</MessageBarBody>
      {igjen && (
        <MessageBarActions>
          <Button onClick={igjen}>{tekster.prøvIgjen}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
