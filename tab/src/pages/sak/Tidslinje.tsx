/**
 * The case's documentation per delplikt (følge med, gripe inn, melde fra, undersøke, tiltak,
 * evaluere, avslutning): the same timeline the documentation export prints.
 */
import { Body1, Card, CardHeader, makeStyles, tokens } from '@fluentui/react-components';
import { visDato, visTid } from '../../deler/tid';
import type { TidslinjeSide } from './typer';
import { sakTekster } from '../../tekster';

const t = sakTekster.tidslinje;

const useStiler = makeStyles({
  delplikter: { display: 'grid', gap: tokens.spacingVerticalM, listStyle: 'none', padding: 0, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase400, margin: 0 },
  linjer: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalS },
  tid: { color: tokens.colorNeutralForeground3, display: 'block' },
  tittel: { fontWeight: tokens.fontWeightSemibold },
  tekst: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  detaljer: { margin: 0, paddingInlineStart: tokens.spacingHorizontalM },
});

export function Tidslinje({ side }: { side: TidslinjeSide }) {
  const s = useStiler();
  return (
    <ol className={s.delplikter}>
      {side.delplikter.map((d) => (
        <li key={d.delplikt}>
          <Card>
            <CardHeader header={<h3 className={s.h3}>{d.navn}</h3>} />
            {d.linjer.length === 0 ? (
              <Body1>{t.ingen}</Body1>
            ) : (
              <ol className={s.linjer}>
                {d.linjer.map((l, i) => (
                  <li key={`${l.tid}:${i}`}>
                    <time className={s.tid} dateTime={l.tid}>
                      {l.tid.length === 10 ? visDato(l.tid) : visTid(l.tid)}
                    </time>
                    <span className={s.tittel}>{l.tittel}</span>
                    {l.av && <span> ({l.av})</span>}
                    {l.tekst && <p className={s.tekst}>{l.tekst}</p>}
                    {l.detaljer && l.detaljer.length > 0 && (
                      <ul className={s.detaljer}>
                        {l.detaljer.map((x, j) => (
                          <li key={j}>
                            {x.etikett}: {x.verdi}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </li>
      ))}
    </ol>
  );
}
