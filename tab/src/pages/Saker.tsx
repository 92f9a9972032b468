/**
 * Saker: the cases I may see (my school's, or the municipality's for the kommunalsjef), filtered
 * by status, overdue evaluations, no plan yet and straks. The filters live in the route
 * (`#/saker?status=ny&straks=1`), so a filtered list can be linked to and survives a reload.
 */
import { Badge, Checkbox, Field, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { STATUSER } from '../../../src/domain/sak';
import { useHent } from '../api';
import { Sidetittel } from '../deler/Sidetittel';
import { Tabell } from '../deler/Tabell';
import { Tilstand } from '../deler/Tilstand';
import { visDato } from '../deler/tid';
import { RUTER, type SakRad } from '../kontrakt';
import { faneRuter } from '../../../src/http/faneLenker';
import { gåTil, lenke, spørring } from '../ruter';
import type { SideProps } from '../sideProps';
import { tekster } from '../../../src/i18n/fane';
import { STATUS_TEKST } from '../../../src/i18n/betegnelser';

const t = tekster.saker;
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
  merker: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, '& > *': { whiteSpace: 'nowrap' } },
});

export default function Saker({ sti }: SideProps) {
  const s = useStiler();
  const filter = spørring(sti);
  const sett = (navn: string, verdi: string | undefined) => {
    const ny = new URLSearchParams(filter);
    if (verdi) ny.set(navn, verdi);
    else ny.delete(navn);
    const q = ny.toString();
    gåTil(q ? `${faneRuter.saker}?${q}` : faneRuter.saker);
  };
  const henting = useHent<SakRad[]>(`${RUTER.saker.sti}${filter.size ? `?${filter.toString()}` : ''}`);
  return (
    <>
      <Sidetittel>{tekster.sider.saker}</Sidetittel>
      <fieldset className={s.filtre}>
        <legend>{t.filtre}</legend>
        <Field label={t.status}>
          <Select value={filter.get('status') ?? ''} onChange={(_, d) => sett('status', d.value || undefined)}>
            <option value="">{t.alle}</option>
            {STATUSER.map((st) => (
              <option key={st} value={st}>
                {STATUS_TEKST[st]}
              </option>
            ))}
          </Select>
        </Field>
        {AVKRYSNINGER.map((navn) => (
          <Checkbox key={navn} label={t.avkrysning[navn]} checked={filter.get(navn) === '1'} onChange={(_, d) => sett(navn, d.checked ? '1' : undefined)} />
        ))}
      </fieldset>
      <Tilstand henting={henting}>
        {(saker) => (
          <Tabell
            tittel={t.tabell(saker.length)}
            tom={t.ingen}
            rader={saker}
            nøkkel={(sak) => sak.id}
            kolonner={[
              { tittel: t.saksnummer, vis: (sak) => <Link href={lenke(faneRuter.sak(sak.id))}>{sak.saksnummer}</Link> },
              { tittel: t.elev, vis: (sak) => sak.elevNavn },
              { tittel: t.skole, vis: (sak) => sak.skolenavn },
              {
                tittel: t.status,
                vis: (sak) => (
                  <span className={s.merker}>
                    {sak.statusTekst}
                    {sak.straks && <Badge color="danger">{t.straks}</Badge>}
                    {sak.forfalt && <Badge color="warning">{t.forfalt}</Badge>}
                    {!sak.harPlan && <Badge color="informative">{t.utenPlan}</Badge>}
                  </span>
                ),
              },
              { tittel: t.opprettet, vis: (sak) => visDato(sak.opprettet) },
              { tittel: t.saksansvarlig, vis: (sak) => sak.saksansvarlig ?? t.ikkeTildelt },
            ]}
          />
        )}
      </Tilstand>
    </>
  );
}
