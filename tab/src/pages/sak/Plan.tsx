/**
 * The aktivitetsplan of one case (route /sak/:id/plan): the editor while a version is being
 * written, the version in force and its evaluations afterwards, and for a staff member responsible
 * for a tiltak only that tiltak, its dates and their own note about how it works.
 */
import { Fragment, useState } from 'react';
import { Button, Card, Field, Link, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { tabRoutes } from '../../../../src/http/tabLinks';
import { useGet } from '../../api/http';
import { logg as lesLogg, plan as lesPlan, tiltaksnotat } from '../../api/saker';
import { Sidetittel } from '../../deler/Sidetittel';
import { Tilstand } from '../../deler/Tilstand';
import { visDato, visTid } from '../../deler/tid';
import { lenke } from '../../routes';
import type { SideProps } from '../../sideProps';
import { Evalueringsskjema } from './Evalueringsskjema';
import { Planredigering } from './Planredigering';
import { useForm } from '../../deler/useForm';
import type { Loggforing, PlanVisning, Tiltak, Versjon } from './typer';
import { Skjemastatus } from './Skjemastatus';
import { Tiltaksnotater } from './Tiltaksnotater';
import { betegnelser, sakTekster } from '../../tekster';

const t = sakTekster.plan;

const useStiler = makeStyles({
  // The label column takes at most 40 % (long labels such as «Elevens stemme …» wrap at Teams' 320 px).
  fakta: {
    display: 'grid',
    gridTemplateColumns: 'fit-content(40%) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: `0 0 ${tokens.spacingVerticalL}`,
    '& dt': { overflowWrap: 'anywhere' },
  },
  dd: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  seksjon: { marginTop: tokens.spacingVerticalXXL },
  kort: { padding: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  liste: { display: 'grid', gap: tokens.spacingVerticalM, listStyle: 'none', padding: 0 },
  // While a revision is written, the version in force stands beside it (below it at narrow widths).
  sideOmSide: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    '@media (min-width: 56rem)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', alignItems: 'start' },
  },
});

export default function Plan({ parametre }: SideProps) {
  const sakId = parametre.id ?? '';
  const fetched = useGet(lesPlan(sakId));
  // After a save the page shows the server's answer; the editor keeps its own typed state.
  const [siste, settSiste] = useState<PlanVisning>();
  const [runde, settRunde] = useState(0);
  // The receipt of an activation or evaluation outlives the form it came from (which is renewed).
  const [kvittering, settKvittering] = useState<string>();
  const plan = siste ?? fetched.data;
  const oppdatert = (p: PlanVisning, message?: string) => {
    settSiste(p);
    settKvittering(message);
    settRunde((r) => r + 1);
  };
  return (
    <>
      <Sidetittel>{plan ? t.sideTittel(plan.saksnummer) : sakTekster.plan.tittel}</Sidetittel>
      {plan && (
        <p>
          {/* A tiltak's owner may not open the case: their way back is their tasks. */}
          {plan.innsyn === 'full' ? <Link href={lenke(tabRoutes.sak(sakId))}>{t.tilbake}</Link> : <Link href={lenke(tabRoutes.oppgaver)}>{t.tilbakeOppgaver}</Link>}
        </p>
      )}
      {kvittering && <Skjemastatus skjema={{ kvittering }} />}
      <Tilstand henting={plan ? { ...fetched, data: plan, feil: undefined } : fetched}>{(p) => <Planinnhold key={runde} plan={p} oppdatert={oppdatert} />}</Tilstand>
    </>
  );
}

function Planinnhold({ plan, oppdatert }: { plan: PlanVisning; oppdatert: (p: PlanVisning, message?: string) => void }) {
  const s = useStiler();
  // The case log, for the investigations a version names (only those who see the whole plan read it).
  const logg = useGet(plan.innsyn === 'full' ? lesLogg(plan.sakId) : undefined).data ?? [];
  const gjeldende = plan.versjoner.findLast((v) => v.aktivert);
  const kanEvalueres = plan.innsyn === 'full' && (plan.status === 'aktiv' || plan.status === 'evaluert') && gjeldende;
  return (
    <>
      <dl className={s.fakta}>
        <dt>{t.status}</dt>
        <dd className={s.dd}>{plan.statusTekst}</dd>
        <dt>{t.eier}</dt>
        <dd className={s.dd}>{plan.eier}</dd>
        <dt>{t.nesteEvaluering}</dt>
        <dd className={s.dd}>{plan.nesteEvaluering ? visDato(plan.nesteEvaluering) : '–'}</dd>
      </dl>
      {plan.innsyn === 'tiltak' && (
        <section aria-labelledby="mine-tiltak">
          <h2 id="mine-tiltak">{t.mineTiltak}</h2>
          {plan.mineTiltak.map((x) => (
            <Tiltaksnotat key={x.id} sakId={plan.sakId} tiltak={x} />
          ))}
        </section>
      )}
      {plan.kanRedigeres && !gjeldende && <Planredigering plan={plan} logg={logg} endret={oppdatert} />}
      {plan.kanRedigeres && gjeldende && (
        <div className={s.sideOmSide}>
          <Planredigering plan={plan} logg={logg} endret={oppdatert} />
          <section aria-labelledby="gjeldende-ved-siden">
            <h2 id="gjeldende-ved-siden">{t.gjeldendeVedSiden(gjeldende.nr)}</h2>
            <VersjonView versjon={gjeldende} logg={logg} />
          </section>
        </div>
      )}
      {plan.innsyn === 'full' && !plan.kanRedigeres && gjeldende && (
        <section aria-labelledby="gjeldende">
          <h2 id="gjeldende">{t.versjon(gjeldende.nr)}</h2>
          <p>{t.ikkeRedigerbar}</p>
          <VersjonView versjon={gjeldende} logg={logg} />
        </section>
      )}
      {kanEvalueres && (
        <section className={s.seksjon} aria-labelledby="evaluer">
          <h2 id="evaluer">{sakTekster.evaluering.tittel}</h2>
          <Evalueringsskjema plan={plan} gjeldende={gjeldende} lagret={(p) => oppdatert(p, sakTekster.evaluering.lagret)} />
        </section>
      )}
      {plan.innsyn === 'full' && (
        <section className={s.seksjon} aria-labelledby="evalueringer">
          <h2 id="evalueringer">{sakTekster.evaluering.tidligere}</h2>
          {plan.evalueringer.length === 0 ? (
            <p>{sakTekster.evaluering.ingen}</p>
          ) : (
            <ol className={s.liste}>
              {plan.evalueringer.map((e) => (
                <li key={e.id}>
                  <Card className={s.kort}>
                    <strong>
                      {visDato(e.dato)} ({t.versjon(e.versjon)}): {e.utfallTekst}
                    </strong>
                    <span>{e.deltakere}</span>
                    <span>«{e.elevensOpplevelse}»</span>
                    {e.elevensSvar && (
                      <span>
                        {betegnelser.ELEVENS_SVAR_SPORSMAL} {e.elevensSvar.tekst}
                        {e.elevensSvar.hvorfor ? ` (${e.elevensSvar.hvorfor})` : ''}
                      </span>
                    )}
                    {e.motEleven && (
                      <span>
                        {betegnelser.MOT_ELEVEN_ETIKETT}: {e.motEleven.begrunnelse} ({e.motEleven.av})
                      </span>
                    )}
                    {e.fortsetter && <span>{sakTekster.evaluering.fortsetterTiltak(e.fortsetter.join('; '))}</span>}
                    {e.vurderinger.map((v) => (
                      <span key={v.tiltakId}>
                        {v.beskrivelse}: {v.vurdering}
                      </span>
                    ))}
                    {e.nesteEvalueringsdato && (
                      <span>
                        {t.nesteEvaluering}: {visDato(e.nesteEvalueringsdato)}
                      </span>
                    )}
                  </Card>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {plan.innsyn === 'full' && <TidligereVersjoner plan={plan} gjeldende={gjeldende} logg={logg} />}
    </>
  );
}

/** Every version before the one in force stays readable: a revised plan keeps its history (§12-4). */
function TidligereVersjoner({ plan, gjeldende, logg }: { plan: PlanVisning; gjeldende: Versjon | undefined; logg: Loggforing[] }) {
  const s = useStiler();
  const tidligere = plan.versjoner.filter((v) => v.aktivert && gjeldende && v.nr < gjeldende.nr);
  if (tidligere.length === 0) return null;
  return (
    <section className={s.seksjon} aria-labelledby="tidligere-versjoner">
      <h2 id="tidligere-versjoner">{t.tidligereVersjoner}</h2>
      {tidligere.map((v) => (
        <details key={v.nr}>
          <summary>{t.versjon(v.nr)}</summary>
          <VersjonView versjon={v} logg={logg} />
        </details>
      ))}
    </section>
  );
}

function VersjonView({ versjon, logg }: { versjon: Versjon; logg: Loggforing[] }) {
  const s = useStiler();
  const grunnlag = logg.filter((l) => versjon.loggIder.includes(l.id)).map((l) => `${visDato(l.dato)} ${l.typeTekst}`);
  const tidligere: [string, string][] = [
    [t.bakgrunn, versjon.bakgrunn],
    ...(grunnlag.length > 0 ? [[t.grunnlag, grunnlag.join('; ')] as [string, string]] : []),
    [t.problem, versjon.problem],
    [t.mal, versjon.mal],
  ];
  const etter: [string, string][] = [
    [t.evalueringsdato, versjon.evalueringsdato ? visDato(versjon.evalueringsdato) : '–'],
    [t.elevensStemme, versjon.elevensStemme],
    [t.foresattesSyn, versjon.foresattesSyn],
    [t.barnetsBeste, versjon.barnetsBeste],
  ];
  return (
    <dl className={s.fakta}>
      {versjon.aktivert && (
        <>
          <dt>{sakTekster.plan.aktivert}</dt>
          <dd className={s.dd}>
            {visTid(versjon.aktivert.tid)}, {versjon.aktivert.av}
          </dd>
        </>
      )}
      {tidligere.map(([etikett, verdi]) => (
        <Rad key={etikett} etikett={etikett} verdi={verdi} />
      ))}
      {versjon.tiltak.map((x, i) => (
        <Fragment key={x.id}>
          <dt>{t.tiltak(i + 1)}</dt>
          <dd className={s.dd}>
            {`${x.beskrivelse} (${x.nivaTekst}) – ${x.tidsrom} – ${x.ansvarligNavn}`}
            <Tiltaksnotater tiltak={x} />
          </dd>
        </Fragment>
      ))}
      {etter.map(([etikett, verdi]) => (
        <Rad key={etikett} etikett={etikett} verdi={verdi} />
      ))}
    </dl>
  );
}

function Rad({ etikett, verdi }: { etikett: string; verdi: string }) {
  const s = useStiler();
  return (
    <>
      <dt>{etikett}</dt>
      <dd className={s.dd}>{verdi || '–'}</dd>
    </>
  );
}

function Tiltaksnotat({ sakId, tiltak }: { sakId: string; tiltak: Tiltak }) {
  const s = useStiler();
  const skjema = useForm();
  const [notat, settNotat] = useState(tiltak.evalueringsnotat);
  const [stored, settLagret] = useState(tiltak);
  return (
    <Card className={s.kort}>
      <div ref={skjema.skjemaRef}>
        <p>
          <strong>{tiltak.beskrivelse}</strong> ({tiltak.nivaTekst}) – {tiltak.tidsrom}
        </p>
        <Skjemastatus skjema={skjema} />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void skjema.utfor(
              () =>
                tiltaksnotat(sakId, tiltak.id, notat).then((p) =>
                  settLagret([...p.mineTiltak, ...(p.versjoner.at(-1)?.tiltak ?? [])].find((x) => x.id === tiltak.id) ?? stored),
                ),
              t.notatLagret,
            );
          }}
        >
          <Field label={t.evalueringsnotat} {...skjema.felt('evalueringsnotat')}>
            <Textarea value={notat} onChange={(_, d) => settNotat(d.value)} maxLength={1000} rows={2} resize="vertical" />
          </Field>
          <Button type="submit" disabled={skjema.sender}>
            {t.lagreNotat}
          </Button>
        </form>
        <Tiltaksnotater tiltak={stored} />
      </div>
    </Card>
  );
}
