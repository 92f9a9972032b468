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
import { RUTER, stiMed, type SakSide } from '../kontrakt';
import { HANDLING_TEKST } from '../../../src/domain/livslop';
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

type Hendelse = SakSide['delplikter'][number]['hendelser'][number];

/** One line of the timeline: what was done, by whom (and to whom), and why when a reason was given. */
function hendelseTekst(h: Hendelse): string {
  const hva = t.hendelse[h.hendelse as keyof typeof t.hendelse] ?? HANDLING_TEKST[h.hendelse as keyof typeof HANDLING_TEKST] ?? h.hendelse;
  const hvem = h.til ? t.avTil(h.av, h.til) : t.av(h.av);
  return h.begrunnelse ? `${hva} ${hvem}: ${h.begrunnelse}` : `${hva} ${hvem}`;
}

export default function Sak({ parametre }: SideProps) {
  const s = useStiler();
  const henting = useHent<SakSide>(stiMed(RUTER.sak.sti, { sakId: parametre.id ?? '' }));
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
              <dd className={s.dd}>{sak.varsel.elevKlasse ? `${sak.varsel.elevNavn} (${sak.varsel.elevKlasse})` : sak.varsel.elevNavn}</dd>
              <dt>{t.skole}</dt>
              <dd className={s.dd}>{sak.skole.navn}</dd>
              <dt>{t.status}</dt>
              <dd className={s.dd}>{sak.statusTekst}</dd>
              <dt>{t.saksansvarlig}</dt>
              <dd className={s.dd}>{sak.saksansvarlig?.navn ?? t.ikkeTildelt}</dd>
              <dt>{t.beskrivelse}</dt>
              <dd className={s.dd}>{sak.varsel.beskrivelse}</dd>
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
                            {hendelseTekst(h)}
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
