/**
 * The notes the tiltak's responsible staff member wrote on how it works, each with who and when:
 * on the plan (for rektor and the saksansvarlig), beside each tiltak in the evaluation form, and on
 * the owner's own tiltak.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { visTid } from '../../deler/tid';
import type { Tiltak } from './typer';
import { sakTekster } from '../../tekster';

const t = sakTekster.plan;

const useStiler = makeStyles({
  liste: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  notat: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  hvem: { color: tokens.colorNeutralForeground3 },
});

export function Tiltaksnotater({ tiltak }: { tiltak: Tiltak }) {
  const s = useStiler();
  if (tiltak.notater.length === 0) return <p className={s.hvem}>{`${t.notater}: ${t.ingenNotater}`}</p>;
  return (
    <ul className={s.liste} aria-label={`${t.notater}: ${tiltak.beskrivelse}`}>
      {tiltak.notater.map((n) => (
        <li key={n.tid} className={s.notat}>
          {`«${n.tekst}» `}
          <span className={s.hvem}>{`(${t.notatAv(n.av, visTid(n.tid))})`}</span>
        </li>
      ))}
    </ul>
  );
}
