/**
 * Organisasjon: the schools as the municipality has set them up — where each school's staff come
 * from in Entra ID, who is rektor, how many work there, whether it takes varsler — and the
 * municipality's own people. Administrators set schools up here and start the Entra sync; the
 * kommunalsjefer see the same, read-only. No case content is shown or fetched.
 */
import { useState } from 'react';
import { Body1, Button, Field, Input, Link, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { OrgOppsett, SkoleOppsett } from '../../../../src/http/api/contract';
import { useGet } from '../../api/http';
import { kobleSkole, kommunensFolk, navngiRektor, oppsett as lesOppsett, opprettSkole } from '../../api/org';
import { Sidetittel } from '../../deler/Sidetittel';
import { Tabell } from '../../deler/Tabell';
import { ErrorMessage, Tilstand } from '../../deler/Tilstand';
import { lenke } from '../../routes';
import type { SideProps } from '../../sideProps';
import { Personsok } from './Personsok';
import { Skjema, feltFeil } from './Skjema';
import { Kontaktskjema } from './Kontaktskjema';
import { Malform } from './Malform';
import { Synkronisering } from './Synkronisering';
import { orgTekster } from '../../tekster';

const t = orgTekster.org;

const useStiler = makeStyles({
  seksjon: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  knapp: { alignSelf: 'flex-start' },
});

export default function Organisasjon({ meg }: SideProps) {
  const fetched = useGet(lesOppsett());
  return (
    <>
      <Sidetittel>{orgTekster.sider.organisasjon}</Sidetittel>
      <Body1 as="p" block>{t.forklaring}</Body1>
      {meg.administrator && <Synkronisering endret={fetched.lastPåNytt} oppsett={fetched.data} />}
      <Tilstand henting={fetched}>
        {(oppsett) => (
          <>
            <Skoler skoler={oppsett.skoler} />
            <Kommunen kommune={oppsett.kommune} />
            <Malform kommune={oppsett.kommune} kanEndre={meg.administrator} endret={fetched.lastPåNytt} />
            {meg.administrator && <Oppsettskjemaer skoler={oppsett.skoler} endret={fetched.lastPåNytt} />}
            {meg.administrator && <KommunensFolk kommune={oppsett.kommune} endret={fetched.lastPåNytt} />}
            {meg.administrator && <Kontakter oppsett={oppsett} endret={fetched.lastPåNytt} />}
          </>
        )}
      </Tilstand>
    </>
  );
}

function Skoler({ skoler }: { skoler: SkoleOppsett[] }) {
  return (
    <Tabell
      tittel={t.skoler(skoler.length)}
      tom={t.ingenSkoler}
      rader={skoler}
      nøkkel={(s) => s.id}
      kolonner={[
        { tittel: t.kolonner.skole, vis: (s) => s.navn },
        { tittel: t.kolonner.kobling, vis: (s) => (s.kobling ? t.kobling(s.kobling.kilde, s.kobling.gruppeId) : t.ikkeKoblet) },
        { tittel: t.kolonner.rektor, vis: (s) => s.rektor?.navn ?? t.ingenRektor },
        { tittel: t.kolonner.ansatte, vis: (s) => s.antallAnsatte },
        { tittel: t.kolonner.klar, vis: (s) => (s.klar ? t.ja : t.nei) },
        {
          tittel: t.kolonner.liste,
          vis: (s) => (s.klar ? <Link href={lenke(`/varslingsliste/${encodeURIComponent(s.id)}`)}>{t.visListe(s.navn)}</Link> : ''),
        },
      ]}
    />
  );
}

function Kommunen({ kommune }: { kommune: OrgOppsett['kommune'] }) {
  const s = useStiler();
  const navn = (ps: { navn: string; stilling: string }[]) => (ps.length ? ps.map((p) => (p.stilling ? `${p.navn} (${p.stilling})` : p.navn)).join(', ') : t.ingen);
  return (
    <section className={s.seksjon} aria-labelledby="kommunen">
      <h2 id="kommunen">{t.kommune}</h2>
      <dl>
        <dt>{t.kommunalsjefer}</dt>
        <dd>{navn(kommune.kommunalsjefer)}</dd>
        <dt>{t.saksbehandlere}</dt>
        <dd>{navn(kommune.saksbehandlere)}</dd>
        <dt>{t.administratorer}</dt>
        <dd>{navn(kommune.administratorer)}</dd>
      </dl>
    </section>
  );
}

function Oppsettskjemaer({ skoler, endret }: { skoler: SkoleOppsett[]; endret: () => void }) {
  const [ny, settNy] = useState({ id: '', navn: '' });
  const [kobling, settKobling] = useState({ skoleId: '', kilde: 'gruppe', gruppeId: '' });
  const [rektor, settRektor] = useState({ skoleId: '', oid: '', navn: '', stilling: 'rektor' });
  const navnPaa = (id: string) => skoler.find((s) => s.id === id)?.navn ?? id;
  const skolevalg = (verdi: string, sett: (v: string) => void) => (
    <Select value={verdi} onChange={(_, d) => sett(d.value)}>
      <option value="">{t.velgSkole}</option>
      {skoler.map((s) => (
        <option key={s.id} value={s.id}>
          {s.navn}
        </option>
      ))}
    </Select>
  );
  return (
    <>
      <Skjema
        id="ny-skole"
        tittel={t.nySkole}
        knapp={t.opprett}
        send={async () => {
          await opprettSkole(ny);
          endret();
          return t.opprettet(ny.navn);
        }}
      >
        {(feil) => (
          <>
            <Field label={t.skoleId} required {...feltFeil(feil, 'id')}>
              <Input value={ny.id} onChange={(_, d) => settNy({ ...ny, id: d.value })} autoComplete="off" />
            </Field>
            <Field label={t.skolenavn} required {...feltFeil(feil, 'navn')}>
              <Input value={ny.navn} onChange={(_, d) => settNy({ ...ny, navn: d.value })} autoComplete="off" />
            </Field>
          </>
        )}
      </Skjema>
      <Skjema
        id="koble"
        tittel={t.koble}
        knapp={t.lagreKobling}
        send={async () => {
          await kobleSkole(kobling.skoleId, { kilde: kobling.kilde, gruppeId: kobling.gruppeId });
          endret();
          return t.koblet(navnPaa(kobling.skoleId));
        }}
      >
        {(feil) => (
          <>
            <Field label={t.skole} required {...feltFeil(feil, 'skoleId')}>
              {skolevalg(kobling.skoleId, (v) => settKobling({ ...kobling, skoleId: v }))}
            </Field>
            <Field label={t.kilde} {...feltFeil(feil, 'kilde')}>
              <RadioGroup value={kobling.kilde} onChange={(_, d) => settKobling({ ...kobling, kilde: d.value })}>
                <Radio value="gruppe" label={t.gruppe} />
                <Radio value="team" label={t.team} />
              </RadioGroup>
            </Field>
            <Field label={t.gruppeId} required {...feltFeil(feil, 'gruppeId')}>
              <Input value={kobling.gruppeId} onChange={(_, d) => settKobling({ ...kobling, gruppeId: d.value })} autoComplete="off" />
            </Field>
          </>
        )}
      </Skjema>
      <Skjema
        id="rektor"
        tittel={t.navngi}
        knapp={t.lagreRektor}
        send={async () => {
          await navngiRektor(rektor.skoleId, { rektor: { oid: rektor.oid, navn: rektor.navn, stilling: rektor.stilling } });
          endret();
          return t.navngitt(rektor.navn, navnPaa(rektor.skoleId));
        }}
      >
        {(feil) => (
          <>
            <Field label={t.skole} required {...feltFeil(feil, 'skoleId')}>
              {skolevalg(rektor.skoleId, (v) => settRektor({ ...rektor, skoleId: v }))}
            </Field>
            <Personsok
              hvem={t.rektor}
              etikett={t.rektor}
              {...(rektor.oid ? { valgt: rektor } : {})}
              feil={feil['rektor.oid'] ?? feil['rektor.navn']}
              velg={(p) => settRektor({ ...rektor, oid: p.oid, navn: p.navn, stilling: p.stilling || rektor.stilling })}
            />
            <Field label={t.stilling} {...feltFeil(feil, 'rektor.stilling')}>
              <Input value={rektor.stilling} onChange={(_, d) => settRektor({ ...rektor, stilling: d.value })} autoComplete="off" />
            </Field>
          </>
        )}
      </Skjema>
    </>
  );
}

type Folk = { oid: string; navn: string; stilling: string };

/** The municipality's own people: kommunalsjefer and case workers, named by their Entra object id. */
function KommunensFolk({ kommune, endret }: { kommune: OrgOppsett['kommune']; endret: () => void }) {
  const kopi = (ps: Folk[]) => ps.map(({ oid, navn, stilling }) => ({ oid, navn, stilling }));
  const [folk, settFolk] = useState({ kommunalsjefer: kopi(kommune.kommunalsjefer), saksbehandlere: kopi(kommune.saksbehandlere) });
  const gruppe = (navn: 'kommunalsjefer' | 'saksbehandlere', hvem: string, feil: Record<string, string>) => {
    const endre = (i: number, felt: keyof Folk, verdi: string) => settFolk((f) => ({ ...f, [navn]: f[navn].map((p, j) => (j === i ? { ...p, [felt]: verdi } : p)) }));
    return (
      <fieldset>
        <legend>{t[navn]}</legend>
        {folk[navn].map((p, i) => (
          <div key={i} role="group" aria-label={`${hvem} ${i + 1}`}>
            <Personsok
              hvem={hvem}
              etikett={t.person(hvem, i + 1)}
              {...(p.oid ? { valgt: p } : {})}
              feil={feil[`${navn}.${i}.oid`] ?? feil[`${navn}.${i}.navn`]}
              velg={(valgt) => settFolk((f) => ({ ...f, [navn]: f[navn].map((q, j) => (j === i ? { ...valgt, stilling: valgt.stilling || q.stilling } : q)) }))}
            />
            <Field label={t.personStilling(hvem, i + 1)} {...feltFeil(feil, `${navn}.${i}.stilling`)}>
              <Input value={p.stilling} onChange={(_, d) => endre(i, 'stilling', d.value)} autoComplete="off" />
            </Field>
            <Button onClick={() => settFolk((f) => ({ ...f, [navn]: f[navn].filter((_, j) => j !== i) }))}>{t.fjern(hvem, i + 1)}</Button>
          </div>
        ))}
        <Button onClick={() => settFolk((f) => ({ ...f, [navn]: [...f[navn], { oid: '', navn: '', stilling: '' }] }))}>{t.leggTil(hvem)}</Button>
        {feil[navn] && <ErrorMessage melding={feil[navn]} />}
      </fieldset>
    );
  };
  return (
    <Skjema
      id="kommunens-folk"
      tittel={t.endreFolk}
      knapp={t.lagreFolk}
      send={async () => {
        await kommunensFolk(folk);
        endret();
        return t.folkLagret;
      }}
    >
      {(feil) => (
        <>
          <Body1 as="p" block>{t.folkForklaring}</Body1>
          {gruppe('kommunalsjefer', t.kommunalsjef, feil)}
          {gruppe('saksbehandlere', t.saksbehandler, feil)}
        </>
      )}
    </Skjema>
  );
}

/** The administrator keeps any school's contact details and the kommune's (printed in the letters). */
function Kontakter({ oppsett, endret }: { oppsett: OrgOppsett; endret: () => void }) {
  const tk = orgTekster.kontakt;
  const [skoleId, settSkoleId] = useState(oppsett.skoler[0]?.id ?? '');
  const skole = oppsett.skoler.find((x) => x.id === skoleId);
  return (
    <>
      {oppsett.skoler.length > 1 && (
        <Field label={tk.velgSkole}>
          <Select value={skoleId} onChange={(_, d) => settSkoleId(d.value)}>
            {oppsett.skoler.map((x) => (
              <option key={x.id} value={x.id}>
                {x.navn}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {skole && <Kontaktskjema key={skole.id} id="skolens-kontakt" tittel={tk.skole(skole.navn)} skoleId={skole.id} kontakt={skole.kontakt} lagret={endret} />}
      <Kontaktskjema id="kommunens-kontakt" tittel={tk.kommune} kontakt={oppsett.kommune.kontakt} lagret={endret} />
    </>
  );
}
