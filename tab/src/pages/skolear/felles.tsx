/** What the school-year pages share: the school year choice and a date as 07.12.2026. */
import { Field, Select } from '@fluentui/react-components';

/** '2026-12-07' → '07.12.2026'. */
export function norskDato(iso: string): string {
  const [ar, maned, dag] = iso.split('-');
  return `${dag}.${maned}.${ar}`;
}

export function VelgSkolear({ etikett, verdi, valg, velg }: { etikett: string; verdi: string; valg: string[]; velg: (ar: string) => void }) {
  return (
    <Field label={etikett}>
      <Select value={verdi} onChange={(_, d) => velg(d.value)}>
        {valg.map((ar) => (
          <option key={ar} value={ar}>
            {ar}
          </option>
        ))}
      </Select>
    </Field>
  );
}
