/**
 * A data table that stays usable at 320 px: it scrolls sideways inside its own region, which is
 * focusable and named so keyboard and screen-reader users can reach and scroll it too.
 */
import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';

const useStiler = makeStyles({
  region: { overflowX: 'auto', maxWidth: '100%', marginBottom: tokens.spacingVerticalL },
  // Fluent lays tables out fixed (equal columns); at 320 px that overlaps the cells' text. Auto
  // layout sizes columns by their content, and the region scrolls when the table is wider.
  tabell: { minWidth: '18rem', tableLayout: 'auto' },
  tekst: { captionSide: 'top', textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
});

export interface Kolonne<T> {
  tittel: string;
  vis: (rad: T) => ReactNode;
  /** The server's sort key for this column, where the table can be sorted by it. */
  sorter?: string;
}

/** A table sorted on the server: which column and direction now, and how to ask for another. */
export interface Sortering {
  kolonne?: string;
  synkende: boolean;
  velg: (kolonne: string) => void;
}

export function Tabell<T>({ tittel, kolonner, rader, nøkkel: nokkel, tom, sortering }: {
  tittel: string;
  kolonner: Kolonne<T>[];
  rader: T[];
  nøkkel: (rad: T) => string;
  /** Shown instead of an empty table. */
  tom: string;
  sortering?: Sortering;
}) {
  const s = useStiler();
  if (rader.length === 0) return <p>{tom}</p>;
  return (
    <div className={s.region} role="region" aria-label={tittel} tabIndex={0}>
      <Table className={s.tabell} size="small" sortable={!!sortering}>
        <caption className={s.tekst}>{tittel}</caption>
        <TableHeader>
          <TableRow>
            {kolonner.map((k) =>
              sortering && k.sorter ? (
                // Fluent renders a button in the cell and sets aria-sort from sortDirection.
                <TableHeaderCell
                  key={k.tittel}
                  sortDirection={sortering.kolonne === k.sorter ? (sortering.synkende ? 'descending' : 'ascending') : undefined}
                  onClick={() => sortering.velg(k.sorter!)}
                >
                  {k.tittel}
                </TableHeaderCell>
              ) : (
                <TableHeaderCell key={k.tittel}>{k.tittel}</TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rader.map((rad) => (
            <TableRow key={nokkel(rad)}>
              {kolonner.map((k) => (
                <TableCell key={k.tittel}>{k.vis(rad)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
