/**
 * The menu's count beside «Venter på deg». The badge is for the eye; the words beside it are for
 * screen readers, as part of the link's name («Venter på deg (3 oppgaver)»).
 */
import { CounterBadge, makeStyles } from '@fluentui/react-components';
import { useAntallVenter } from '../venter';
import { arbeidTekster } from '../tekster';

const useStiler = makeStyles({
  merke: { marginInlineStart: '0.375rem', verticalAlign: 'text-top' },
  // Read, not seen: the usual visually-hidden pattern.
  skjult: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export function VenterMerke({ sti }: { sti: string }) {
  const s = useStiler();
  const antall = useAntallVenter(sti);
  if (!antall) return null;
  return (
    <>
      <CounterBadge className={s.merke} count={antall} size="small" color="danger" aria-hidden />
      <span className={s.skjult}>{` (${arbeidTekster.venter.antall(antall)})`}</span>
    </>
  );
}
