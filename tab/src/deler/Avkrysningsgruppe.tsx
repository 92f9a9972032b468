/**
 * A group of checkboxes under one legend (a fieldset), with a hint and the server's error. Not a
 * Fluent Field: a Field gives its one control the field's id, so every checkbox in it shared one id —
 * a click on the third label ticked the first, and the others had no accessible name.
 */
import { useId } from 'react';
import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStiler = makeStyles({
  gruppe: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  feil: { color: tokens.colorPaletteRedForeground1 },
  valg: { overflowWrap: 'anywhere' },
});

export interface Avkrysningsvalg {
  id: string;
  etikett: string;
}

export function Avkrysningsgruppe(p: { legend: string; hint?: string; feil?: string; valg: Avkrysningsvalg[]; valgt: string[]; endre: (valgt: string[]) => void }) {
  const s = useStiler();
  const hintId = useId();
  const feilId = useId();
  const beskrevet = [p.hint ? hintId : '', p.feil ? feilId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={s.gruppe} aria-describedby={beskrevet}>
      <legend className={s.legend}>{p.legend}</legend>
      {p.hint && (
        <Text id={hintId} size={200} className={s.hint}>
          {p.hint}
        </Text>
      )}
      {p.valg.map((v, i) => (
        <Checkbox
          key={v.id}
          className={s.valg}
          label={v.etikett}
          checked={p.valgt.includes(v.id)}
          // The first box carries the error, so the form's «focus the first field to correct» finds the group.
          {...(p.feil && i === 0 ? { 'aria-invalid': true } : {})}
          onChange={(_, d) => p.endre(d.checked ? [...p.valgt, v.id] : p.valgt.filter((id) => id !== v.id))}
        />
      ))}
      {p.feil && (
        <Text id={feilId} size={200} className={s.feil}>
          {p.feil}
        </Text>
      )}
    </fieldset>
  );
}
