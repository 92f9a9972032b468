/**
 * Saker: the cases I may see (my school's, the municipality's for the kommunalsjef, or those I am
 * saksansvarlig for): search by pupil or case number, status and school year, three shortcuts,
 * sort by a column, and pages — all done by the server, so the page stays small at any size. The
 * choices live in the route (`#/saker?sok=kari&skolear=2025-2026&sorter=elev&side=2`), so a
 * list can be linked to and survives a reload.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Badge, Button, Checkbox, Field, Input, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { STATUSER } from '../../../src/domain/sak';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tabell } from '../deler/Tabell';
import { Tilstand } from '../deler/Tilstand';
import { visDato } from '../deler/tid';
import { saker } from '../api/saker';
import { tabRoutes } from '../../../src/http/tabLinks';
import { gaaTil, lenke, sporring } from '../routes';
import type { SideProps } from '../sideProps';
import { STATUS_TEKST, arbeidTekster, tekster } from '../tekster';

const t = tekster.saker;
const a = arbeidTekster.saker;
const AVKRYSNINGER = ['forfalt', 'utenPlan', 'straks'] as const;

const useStiler = makeStyles({
  filtre: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    marginBottom: tokens.spacingVerticalL,
    border: 'none',
    padding: 0,
  },
  sok: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  sokefelt: { minWidth: '12rem', flexGrow: 1, maxWidth: '28rem' },
  merker: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, '& > *': { whiteSpace: 'nowrap' } },
  sider: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** The route with one choice changed; any change but the page's own starts again at page 1. */
function medValg(filter: URLSearchParams, endring: Record<string, string | undefined>): string {
  const ny = new URLSearchParams(filter);
  for (const [navn, verdi] of Object.entries(endring)) {
    if (verdi) ny.set(navn, verdi);
    else ny.delete(navn);
  }
  if (!('side' in endring)) ny.delete('side');
  const q = ny.toString();
  return q ? `${tabRoutes.saker}?${q}` : tabRoutes.saker;
}

export default function Saker({ sti }: SideProps) {
  const s = useStiler();
  const filter = sporring(sti);
  const sett = (endring: Record<string, string | undefined>) => gaaTil(medValg(filter, endring));
  const sokIRoute = filter.get('sok') ?? '';
  const [sok, settSok] = useState(sokIRoute);
  // The field follows the route (a link, back/forward), not only what was typed.
  useEffect(() => settSok(sokIRoute), [sokIRoute]);
  const fetched = useGet(saker(Object.fromEntries(filter)));
  const sorter = filter.get('sorter') ?? undefined;
  const synkende = filter.get('retning') === 'synkende';

  return (
    <>
      <Sidetittel>{tekster.sider.saker}</Sidetittel>
      <form
        className={s.sok}
        role="search"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          sett({ sok: sok.trim() || undefined });
        }}
      >
        <Field label={a.sok} className={s.sokefelt}>
          <Input type="search" value={sok} maxLength={100} onChange={(_, d) => settSok(d.value)} />
        </Field>
        <Button type="submit" appearance="primary">
          {a.sokKnapp}
        </Button>
      </form>
      <fieldset className={s.filtre}>
        <legend>{t.filtre}</legend>
        <Field label={t.status}>
          <Select value={filter.get('status') ?? ''} onChange={(_, d) => sett({ status: d.value || undefined })}>
            <option value="">{t.alle}</option>
            {STATUSER.map((st) => (
              <option key={st} value={st}>
                {STATUS_TEKST[st]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={a.skoleår}>
          <Select value={fetched.data?.skoleår ?? filter.get('skolear') ?? ''} onChange={(_, d) => sett({ skolear: d.value === 'apne' ? undefined : d.value })}>
            <option value="apne">{a.alleApne}</option>
            {(fetched.data?.skoleårValg ?? []).map((aar) => (
              <option key={aar} value={aar}>
                {a.skoleårNavn(aar)}
              </option>
            ))}
          </Select>
        </Field>
        {AVKRYSNINGER.map((navn) => (
          <Checkbox key={navn} label={t.avkrysning[navn]} checked={filter.get(navn) === '1'} onChange={(_, d) => sett({ [navn]: d.checked ? '1' : undefined })} />
        ))}
      </fieldset>
      <Tilstand henting={fetched}>
        {(side) => (
          <>
            <Tabell
              tittel={a.treff(side.treff, side.side, side.sider)}
              tom={t.ingen}
              rader={side.rader}
              nøkkel={(sak) => sak.id}
              sortering={{
                ...(sorter ? { kolonne: sorter } : {}),
                synkende,
                velg: (kolonne) => sett({ sorter: kolonne, retning: kolonne === sorter && !synkende ? 'synkende' : undefined }),
              }}
              kolonner={[
                { tittel: t.saksnummer, sorter: 'saksnummer', vis: (sak) => <Link href={lenke(tabRoutes.sak(sak.id))}>{sak.saksnummer}</Link> },
                { tittel: t.elev, sorter: 'elev', vis: (sak) => sak.elevNavn },
                { tittel: t.skole, sorter: 'skole', vis: (sak) => sak.skolenavn },
                {
                  tittel: t.status,
                  sorter: 'status',
                  vis: (sak) => (
                    <span className={s.merker}>
                      {STATUS_TEKST[sak.status]}
                      {sak.straks && <Badge color="danger">{t.straks}</Badge>}
                      {sak.forfalt && <Badge color="warning">{t.forfalt}</Badge>}
                      {!sak.harPlan && <Badge color="informative">{t.utenPlan}</Badge>}
                    </span>
                  ),
                },
                { tittel: t.opprettet, sorter: 'opprettet', vis: (sak) => visDato(sak.opprettet) },
                { tittel: t.saksansvarlig, sorter: 'saksansvarlig', vis: (sak) => sak.saksansvarlig ?? t.ikkeTildelt },
              ]}
            />
            {side.sider > 1 && (
              <nav aria-label={a.sider} className={s.sider}>
                {side.side > 1 && <Link href={lenke(medValg(filter, { side: String(side.side - 1) }))}>{a.forrige}</Link>}
                <span aria-current="page">{a.side(side.side)}</span>
                {side.side < side.sider && <Link href={lenke(medValg(filter, { side: String(side.side + 1) }))}>{a.neste}</Link>}
              </nav>
            )}
          </>
        )}
      </Tilstand>
    </>
  );
}
