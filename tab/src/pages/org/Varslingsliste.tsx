/**
 * Varslingsliste: rektor keeps who receives the school's varsler (in the order they are tried) and
 * who is in the leadership. Changes are made here and saved as one new version; the server checks
 * the organisation's rules and names every broken one. Administrators and kommunalsjefer see the
 * list read-only. Every control is a native button or select, so the page works by keyboard alone;
 * focus stays with the person just moved, added or removed.
 */
import { useEffect, useState } from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { VarslingslisteVisning } from '../../../../src/http/api/contract';
import { useGet } from '../../api/http';
import { endreVarslingsliste, varslingsliste } from '../../api/org';
import { Sidetittel } from '../../deler/Sidetittel';
import { Tabell } from '../../deler/Tabell';
import { ErrorMessage, Tilstand } from '../../deler/Tilstand';
import { visTid } from '../../deler/tid';
import { type Form, useForm } from '../../deler/useForm';
import { gaaTil } from '../../routes';
import type { SideProps } from '../../sideProps';
import { orgTekster } from '../../tekster';
import { Kontaktskjema } from './Kontaktskjema';

const t = orgTekster.liste;
type Oid = string;

const useStiler = makeStyles({
  liste: { listStyle: 'none', padding: 0, margin: `0 0 ${tokens.spacingVerticalM}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  rad: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  navn: { minWidth: '10rem', flexGrow: 1 },
  leggTil: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
  knapper: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalL} 0` },
  seksjon: { marginBottom: tokens.spacingVerticalXL },
});

export default function Varslingsliste({ meg, parametre }: SideProps) {
  const mine = meg.skoler.filter((s) => s.rektor);
  const skoleId = parametre.skoleId ?? mine[0]?.id;
  if (!skoleId) {
    return (
      <>
        <Sidetittel>{orgTekster.sider.varslingsliste}</Sidetittel>
        <Body1 as="p" block>{t.ingenSkole}</Body1>
      </>
    );
  }
  // Another school starts afresh, its form's messages included.
  return <Skolensliste key={skoleId} skoleId={skoleId} mine={mine} />;
}

function Skolensliste({ skoleId, mine }: { skoleId: string; mine: SideProps['meg']['skoler'] }) {
  const fetched = useGet(varslingsliste(skoleId));
  // The form outlives a reload of the list: a stale version (someone saved in between) reloads it,
  // and the refusal stays shown above the current list («gjør endringen på nytt»).
  const skjema = useForm({}, { vedFeil: (f) => f.status === 409 && fetched.lastPåNytt() });
  return (
    <Tilstand henting={fetched}>
      {(view) => (
        <>
          <Sidetittel>{t.tittel(view.skolenavn)}</Sidetittel>
          {mine.length > 1 && (
            <Field label={t.velgSkole}>
              <Select value={skoleId} onChange={(_, d) => gaaTil(`/varslingsliste/${encodeURIComponent(d.value)}`)}>
                {mine.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.navn}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Redigering key={`${view.skoleId}-${view.versjon}`} visning={view} skjema={skjema} />
          {view.kanEndre && (
            <Kontaktskjema key={view.skoleId} id="skolens-kontakt" tittel={orgTekster.kontakt.skole(view.skolenavn)} skoleId={view.skoleId} kontakt={view.kontakt} />
          )}
        </>
      )}
    </Tilstand>
  );
}

function Redigering({ visning: view, skjema }: { visning: VarslingslisteVisning; skjema: Form }) {
  const s = useStiler();
  const [stored, settLagret] = useState(view);
  const [mottakere, settMottakere] = useState<Oid[]>(view.varselmottakere.map((p) => p.oid));
  const [ledelse, settLedelse] = useState<Oid[]>(view.ledelse.map((p) => p.oid));
  const [fokus, settFokus] = useState<string>();
  const lagrer = skjema.sender;
  // Every broken rule the server named, one per line, under its refusal.
  const linjer = Object.values(skjema.feltfeil).flatMap((l) => l.split('\n'));

  useEffect(() => {
    if (fokus) document.getElementById(fokus)?.focus();
  }, [fokus, mottakere, ledelse]);

  const navn = new Map<Oid, string>([...view.ansatte, ...stored.ledelse, ...stored.varselmottakere].map((p) => [p.oid, p.navn]));
  const rektor = stored.rektor.oid;
  const endret = mottakere.join() !== stored.varselmottakere.map((p) => p.oid).join() || ledelse.join() !== stored.ledelse.map((p) => p.oid).join();

  const lagre = () =>
    skjema.utfor(async () => {
      const ny = await endreVarslingsliste(stored.skoleId, { versjon: stored.versjon, ledelse, varselmottakere: mottakere });
      settLagret(ny);
      settMottakere(ny.varselmottakere.map((p) => p.oid));
      settLedelse(ny.ledelse.map((p) => p.oid));
      return t.lagret(ny.versjon);
    });

  const angre = () => {
    settMottakere(stored.varselmottakere.map((p) => p.oid));
    settLedelse(stored.ledelse.map((p) => p.oid));
    skjema.glemFeil();
  };

  return (
    <>
      <Body1 as="p" block>{t.forklaring}</Body1>
      <Body1 as="p" block>{t.versjon(stored.versjon, visTid(stored.tid), stored.av)}</Body1>
      {!stored.kanEndre && <Body1 as="p" block>{t.bareLese}</Body1>}
      <Personliste
        id="mottakere"
        tittel={t.mottakere}
        oids={mottakere}
        settOids={settMottakere}
        ordnet
        rektor={rektor}
        navn={navn}
        kanEndre={stored.kanEndre}
        ansatte={view.ansatte}
        leggTilEtikett={t.leggTilMottaker}
        settFokus={settFokus}
      />
      <Personliste
        id="ledelse"
        tittel={t.ledelse}
        oids={ledelse}
        settOids={settLedelse}
        rektor={rektor}
        navn={navn}
        kanEndre={stored.kanEndre}
        ansatte={view.ansatte}
        leggTilEtikett={t.leggTilLeder}
        settFokus={settFokus}
      />
      {stored.kanEndre && (
        <div className={s.knapper}>
          <Button appearance="primary" disabled={!endret || lagrer} onClick={() => void lagre()}>
            {lagrer ? t.lagrer : t.lagre}
          </Button>
          <Button disabled={!endret || lagrer} onClick={angre}>
            {t.angre}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {endret && !skjema.melding && <Body1 as="p" block>{t.ulagret}</Body1>}
      </div>
      {/* Announced by the form hook in the tab's live region; shown until the next change. */}
      {skjema.kvittering && !endret && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{skjema.kvittering}</MessageBarBody>
        </MessageBar>
      )}
      {skjema.melding && (
        <>
          <ErrorMessage melding={skjema.melding} />
          {linjer.length > 0 && (
            <ul>
              {linjer.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <section className={s.seksjon} aria-labelledby="historikk">
        <h2 id="historikk">{t.historikk}</h2>
        <Tabell
          tittel={t.historikk}
          tom={t.ingenHistorikk}
          rader={stored.historikk}
          nøkkel={(v) => String(v.versjon)}
          kolonner={[
            { tittel: t.kolonner.versjon, vis: (v) => v.versjon },
            { tittel: t.kolonner.tid, vis: (v) => visTid(v.tid) },
            { tittel: t.kolonner.av, vis: (v) => v.av },
            { tittel: t.kolonner.ledelse, vis: (v) => v.ledelse.map((p) => p.navn).join(', ') },
            { tittel: t.kolonner.mottakere, vis: (v) => v.varselmottakere.map((p) => p.navn).join(', ') },
          ]}
        />
      </section>
    </>
  );
}

function Personliste(p: {
  id: string;
  tittel: string;
  oids: Oid[];
  settOids: (o: Oid[]) => void;
  /** The order matters (varselmottakere are tried in turn): up and down buttons. */
  ordnet?: boolean;
  rektor: Oid;
  navn: Map<Oid, string>;
  kanEndre: boolean;
  ansatte: { oid: Oid; navn: string }[];
  leggTilEtikett: string;
  settFokus: (id: string) => void;
}) {
  const s = useStiler();
  const [valgt, settValgt] = useState('');
  const navn = (oid: Oid) => p.navn.get(oid) ?? oid;
  // Rektor is always first among the receivers and always in the leadership: never moved or removed.
  const flytt = (i: number, til: number, oid: Oid, knapp: string) => {
    const ny = [...p.oids];
    ny.splice(i, 1);
    ny.splice(til, 0, oid);
    p.settOids(ny);
    p.settFokus(`${p.id}-${knapp}-${oid}`);
  };
  const kandidater = p.ansatte.filter((a) => !p.oids.includes(a.oid));
  const Liste = p.ordnet ? 'ol' : 'ul';
  return (
    <section className={s.seksjon} aria-labelledby={`${p.id}-tittel`}>
      <h2 id={`${p.id}-tittel`}>{p.tittel}</h2>
      <Liste className={s.liste} aria-labelledby={`${p.id}-tittel`}>
        {p.oids.map((oid, i) => (
          <li key={oid} className={s.rad}>
            <span className={s.navn}>
              {p.ordnet ? `${i + 1}. ` : ''}
              {navn(oid)}
              {oid === p.rektor ? ` (${t.rektor})` : ''}
            </span>
            {p.kanEndre && oid !== p.rektor && (
              <>
                {p.ordnet && (
                  <>
                    <Button id={`${p.id}-opp-${oid}`} size="small" disabled={i <= 1} aria-label={t.om(t.flyttOpp, navn(oid))} onClick={() => flytt(i, i - 1, oid, 'opp')}>
                      {t.flyttOpp}
                    </Button>
                    <Button id={`${p.id}-ned-${oid}`} size="small" disabled={i === p.oids.length - 1} aria-label={t.om(t.flyttNed, navn(oid))} onClick={() => flytt(i, i + 1, oid, 'ned')}>
                      {t.flyttNed}
                    </Button>
                  </>
                )}
                <Button
                  id={`${p.id}-fjern-${oid}`}
                  size="small"
                  aria-label={t.om(t.fjern, navn(oid))}
                  onClick={() => {
                    p.settOids(p.oids.filter((o) => o !== oid));
                    p.settFokus(`${p.id}-velg`);
                  }}
                >
                  {t.fjern}
                </Button>
              </>
            )}
          </li>
        ))}
      </Liste>
      {p.kanEndre && (
        <div className={s.leggTil}>
          <Field label={p.leggTilEtikett}>
            <Select id={`${p.id}-velg`} value={valgt} onChange={(_, d) => settValgt(d.value)}>
              <option value="">{t.velgPerson}</option>
              {kandidater.map((a) => (
                <option key={a.oid} value={a.oid}>
                  {a.navn}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            disabled={!valgt}
            aria-label={t.om(t.leggTil, p.tittel)}
            onClick={() => {
              p.settOids([...p.oids, valgt]);
              p.settFokus(`${p.id}-fjern-${valgt}`);
              settValgt('');
            }}
          >
            {t.leggTil}
          </Button>
        </div>
      )}
    </section>
  );
}
