/** «Det jeg har sagt fra om» (issue 25): when, and where it has come — the status only. */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tilstand } from '../deler/Tilstand';
import { mineMeldinger } from '../api/elev';
import type { ElevOrd } from '../../../src/i18n/elevOrd';

const useStiler = makeStyles({
  liste: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  rad: { padding: tokens.spacingVerticalS, borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalM },
  dato: { color: tokens.colorNeutralForeground2, display: 'block' },
});

export function SagtFra({ t }: { t: ElevOrd }) {
  const s = useStiler();
  const fetched = useGet(mineMeldinger());
  return (
    <>
      <Sidetittel>{t.status.tittel}</Sidetittel>
      <Tilstand henting={fetched}>
        {(liste) =>
          liste.length === 0 ? (
            <Body1 as="p" block>{t.status.tom}</Body1>
          ) : (
            <ul className={s.liste}>
              {liste.map((m) => (
                <li key={m.id} className={s.rad}>
                  <span className={s.dato}>{t.status.sendt(m.sendt)}</span>
                  <Body1>{m.statusTekst}</Body1>
                </li>
              ))}
            </ul>
          )
        }
      </Tilstand>
    </>
  );
}
