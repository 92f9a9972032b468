/**
 * One case: what was reported, where it stands, and a timeline per delplikt (what was done to
 * watch, step in, report, investigate and put in tiltak) — the documentation Statsforvalteren reads.
 * The case log and the aktivitetsplan editor are their own pages (sider.tsx).
 */
import { Badge, Body1, Card, CardHeader, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useHent } from '../api';
import { Sidetittel } from '../deler/Sidetittel';
import { Tilstand } from '../deler/Tilstand';
import { visTid } from '../deler/tid';
import type { SakSide } from '../kontrakt';
import { faneRuter } from '../../../src/http/faneLenker';
import { lenke } from '../ruter';
import type { SideProps } from '../sider';
import { tekster } from '../tekster';

const t = tekster.sak;

const useStiler = makeStyles({
  fakta: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, margin: `0 0 ${tokens.spacingVerticalL}` },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  delplikter: { display: 'grid', gap: tokens.spacingVerticalM, listStyle: 'none', padding: 0 },
  h2: { fontSize: tokens.fontSizeBase400, margin: 0 },
  tidslinje: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  tid: { color: tokens.colorNeutralForeground3, display: 'block' },
});

export default function Sak({ parametre }: SideProps) {
  const s = useStiler();
  const henting = useHent<SakSide>(`/api/saker/${encodeURIComponent(parametre.id ?? '')}`);
  return (
    <>
      <Sidetittel>{henting.data ? t.tittel(henting.data.saksnummer) : tekster.sider.sak}</Sidetittel>
      <p>
        <Link href={lenke(faneRuter.saker)}>{t.tilbake}</Link>
      </p>
      <Tilstand henting={henting}>
        {(sak) => (
          <>
            {sak.straks && <Badge color="danger">{t.straks}</Badge>}
            <dl className={s.fakta}>
              <dt>{t.elev}</dt>
              <dd className={s.dd}>{sak.elevKlasse ? `${sak.elevNavn} (${sak.elevKlasse})` : sak.elevNavn}</dd>
              <dt>{t.skole}</dt>
              <dd className={s.dd}>{sak.skolenavn}</dd>
              <dt>{t.status}</dt>
              <dd className={s.dd}>{sak.statusTekst}</dd>
              <dt>{t.saksansvarlig}</dt>
              <dd className={s.dd}>{sak.saksansvarlig ?? t.ikkeTildelt}</dd>
              <dt>{t.beskrivelse}</dt>
              <dd className={s.dd}>{sak.beskrivelse}</dd>
            </dl>
            <h2>{t.tidslinje}</h2>
            <ol className={s.delplikter}>
              {sak.delplikter.map((d) => (
                <li key={d.delplikt}>
                  <Card>
                    <CardHeader header={<h3 className={s.h2}>{d.navn}</h3>} />
                    {d.hendelser.length === 0 ? (
                      <Body1>{t.ingenHendelser}</Body1>
                    ) : (
                      <ol className={s.tidslinje}>
                        {d.hendelser.map((h, i) => (
                          <li key={`${h.tid}:${i}`}>
                            <time className={s.tid} dateTime={h.tid}>
                              {visTid(h.tid)}
                            </time>
                            {h.tekst}
                          </li>
                        ))}
                      </ol>
                    )}
                  </Card>
                </li>
              ))}
            </ol>
          </>
        )}
      </Tilstand>
    </>
  );
}
