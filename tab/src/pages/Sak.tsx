/**
 * One case: what was reported, where it stands, what this person may do now, the documentation
 * per delplikt (what was done to watch, step in, report, investigate, put in tiltak, evaluate and
 * close — what Statsforvalteren reads), the case log form, the plan and the documents.
 * The parts live in pages/sak/; the aktivitetsplan has its own page (pages/sak/Plan.tsx).
 */
import { Badge, Body1, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { logg as lesLogg, sak, tidslinje as lesTidslinje } from '../api/saker';
import { Sidetittel } from '../deler/Sidetittel';
import { Tilstand } from '../deler/Tilstand';
import { tabRoutes } from '../../../src/http/tabLinks';
import { lenke } from '../routes';
import type { SideProps } from '../sideProps';
import { Dokumenter } from './sak/Dokumenter';
import { Handlinger } from './sak/Handlinger';
import { Sakstema } from './sak/Sakstema';
import { Loggskjema } from './sak/Loggskjema';
import { Tidslinje } from './sak/Tidslinje';
import { idagOslo } from '../deler/useForm';
import { botTekster, revisjonTekster, sakTekster, STATUS_TEKST, tekster } from '../tekster';

const t = tekster.sak;

const useStiler = makeStyles({
  // Label beside value where there is room; at Teams' narrow widths the label stands above its value,
  // so a long label («Hva som ble sett eller hørt») does not squeeze the text beside it to a sliver.
  fakta: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: `0 0 ${tokens.spacingVerticalL}`,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '@media (min-width: 30rem)': { gridTemplateColumns: 'max-content minmax(0, 1fr)', '& dt': { fontWeight: tokens.fontWeightRegular } },
  },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  seksjon: { marginTop: tokens.spacingVerticalXXL },
});

export default function Sak({ parametre }: SideProps) {
  const s = useStiler();
  // The route matches only with an id (routes.ts: match).
  const sakId = parametre.id ?? '';
  const fetched = useGet(sak(sakId));
  const full = fetched.data?.innsyn === 'full';
  const tidslinje = useGet(full ? lesTidslinje(sakId) : undefined);
  const logg = useGet(full ? lesLogg(sakId) : undefined);
  const endret = () => {
    fetched.lastPåNytt();
    tidslinje.lastPåNytt();
    logg.lastPåNytt();
  };
  return (
    <>
      <Sidetittel>{fetched.data ? t.tittel(fetched.data.saksnummer) : tekster.sider.sak}</Sidetittel>
      <p>
        <Link href={lenke(tabRoutes.saker)}>{t.tilbake}</Link>
      </p>
      <Tilstand henting={fetched}>
        {(sak) => (
          <>
            {sak.straks && <Badge color="danger">{t.straks}</Badge>}
            {/* Issue 25: the pupil said it themselves, and when (§12-6's week counts from then). */}
            {sak.fraEleven && <Body1 as="p" block>{[sak.fraEleven.tekst, sak.fraEleven.vilSnakke].filter(Boolean).join(' ')}</Body1>}
            <dl className={s.fakta}>
              <dt>{t.elev}</dt>
              <dd className={s.dd}>{sak.varsel.elevKlasse ? `${sak.varsel.elevNavn} (${sak.varsel.elevKlasse})` : sak.varsel.elevNavn}</dd>
              <dt>{t.skole}</dt>
              <dd className={s.dd}>{sak.skole.navn}</dd>
              <dt>{t.status}</dt>
              <dd className={s.dd}>{STATUS_TEKST[sak.status]}</dd>
              <dt>{t.saksansvarlig}</dt>
              <dd className={s.dd}>{sak.saksansvarlig?.navn ?? t.ikkeTildelt}</dd>
              {sak.involvertAnsatt && (
                <>
                  <dt>{botTekster.sak.involvertAnsattNa}</dt>
                  <dd className={s.dd}>{sak.involvertAnsatt.navn}</dd>
                </>
              )}
              <dt>{t.beskrivelse}</dt>
              <dd className={s.dd}>{sak.varsel.beskrivelse}</dd>
            </dl>
            {sak.involvertAnsatt?.uavklart && (
              <MessageBar layout="multiline" intent="warning">
                <MessageBarBody>{botTekster.sak.involvertUavklart(sak.involvertAnsatt.navn)}</MessageBarBody>
              </MessageBar>
            )}
            {full && (
              <section aria-labelledby="handlinger">
                <h2 id="handlinger">{sakTekster.handlinger.tittel}</h2>
                <Handlinger sak={sak} endret={endret} />
              </section>
            )}
            {/* Before receipt the theme is chosen beside «Ta imot» (Handlinger). */}
            {full && !sak.handlinger.includes('ta_imot') && (
              <section className={s.seksjon} aria-labelledby="tema">
                <h2 id="tema">{revisjonTekster.tema.felt}</h2>
                <Sakstema sakId={sak.id} />
              </section>
            )}
            {sak.planId && (
              <section className={s.seksjon} aria-labelledby="plan">
                <h2 id="plan">{sakTekster.plan.tittel}</h2>
                <Link href={lenke(tabRoutes.plan(sak.id))}>{sakTekster.plan.lenke}</Link>
              </section>
            )}
            {full && (
              <section className={s.seksjon} aria-labelledby="tidslinje">
                <h2 id="tidslinje">{sakTekster.tidslinje.tittel}</h2>
                <Tilstand henting={tidslinje}>{(side) => <Tidslinje side={side} />}</Tilstand>
              </section>
            )}
            {sak.kanLoggfore && (
              <section className={s.seksjon} aria-labelledby="logg-tittel">
                <h2 id="logg-tittel">{sakTekster.logg.tittel}</h2>
                <Loggskjema sakId={sak.id} logg={logg.data ?? []} idag={idagOslo()} lagret={endret} />
              </section>
            )}
            {full && tidslinje.data && (
              <section className={s.seksjon} aria-labelledby="dokumenter">
                <h2 id="dokumenter">{sakTekster.dokumenter.tittel}</h2>
                <Dokumenter sakId={sak.id} kanLageBrev={tidslinje.data.kanLageBrev} />
              </section>
            )}
          </>
        )}
      </Tilstand>
    </>
  );
}
