/**
 * Oversikt (kommunalsjef): first what needs action now (issue 20: evaluations past their date,
 * varsler not received, §12-5 cases not investigated), then internkontroll for every school this
 * school year — varsler per month, time to receipt,
 * open cases and plans, overdue evaluations, plans without barnets beste, the share of staff who
 * confirmed — each as a chart and as a table with the same numbers; and the cases routed or
 * reported to skoleeier. The server leaves out what a viewer may not count.
 */
import { Body1, Link } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Stolpediagram, type Serie } from '../deler/Stolpediagram';
import { Tabell, type Kolonne } from '../deler/Tabell';
import { Tilstand } from '../deler/Tilstand';
import { visDato } from '../deler/tid';
import { oversikt } from '../api/org';
import type { OversiktSide } from '../kontrakt';
import { tabRoutes } from '../../../src/http/tabLinks';
import { lenke } from '../routes';
import type { SideProps } from '../sideProps';
import { arbeidTekster, tekster } from '../tekster';

const t = tekster.oversikt;
const a = arbeidTekster.oversikt;
type Skole = OversiktSide['skoler'][number];

export default function Oversikt(_: SideProps) {
  const fetched = useGet(oversikt());
  return (
    <>
      <Sidetittel>{tekster.sider.oversikt}</Sidetittel>
      <Body1 as="p" block>{t.forklaring}</Body1>
      <Tilstand henting={fetched}>
        {(side) => (
          <>
            <TrengerHandlingNaa side={side} />
            <h2>{a.skoleårTittel(side.skoleår)}</h2>
            <Figurer side={side} />
          </>
        )}
      </Tilstand>
    </>
  );
}

function TrengerHandlingNaa({ side }: { side: OversiktSide }) {
  const hva = { evaluering: a.forfalteEvalueringer, ikke_mottatt: a.ikkeMottatt, uten_undersokelse: a.utenUndersokelse };
  return (
    <section aria-labelledby="handling">
      <h2 id="handling">{a.handlingTittel}</h2>
      <Body1 as="p">{a.handlingForklaring}</Body1>
      <Tabell
        tittel={a.handlingTittel}
        tom={a.ingenHandling}
        rader={side.trengerHandling}
        nøkkel={(h) => `${h.hva}:${h.sakId}`}
        kolonner={[
          { tittel: a.hva, vis: (h) => hva[h.hva] },
          { tittel: t.skole, vis: (h) => h.skolenavn },
          { tittel: t.saksnummer, vis: (h) => (h.kanApnes ? <Link href={lenke(tabRoutes.sak(h.sakId))}>{h.saksnummer}</Link> : h.saksnummer) },
          { tittel: a.siden, vis: (h) => visDato(h.siden) },
        ]}
      />
    </section>
  );
}

function Figurer({ side }: { side: OversiktSide }) {
  const skoler = side.skoler;
  const navn = skoler.map((s) => s.navn);
  const perSkole = (tittel: string, verdi: (s: Skole) => number | string): Kolonne<Skole>[] => [
    { tittel: t.skole, vis: (s) => s.navn },
    { tittel, vis: verdi },
  ];
  const prosent = (s: Skole) => (s.ansatte === 0 ? 0 : Math.round((100 * s.bekreftet) / s.ansatte));
  return (
    <>
      <Figur
        id="varsler"
        tittel={t.varsler}
        etiketter={side.måneder.map(t.måned)}
        serier={skoler.map((s) => ({ navn: s.navn, verdier: s.varslerPerMåned }))}
        kolonner={[
          { tittel: t.skole, vis: (s) => s.navn },
          ...side.måneder.map((m, i) => ({ tittel: t.måned(m), vis: (s: Skole) => s.varslerPerMåned[i] ?? 0 })),
        ]}
        skoler={skoler}
      />
      <Figur
        id="mottak"
        tittel={t.mottak}
        etiketter={navn}
        serier={[{ navn: t.timer, verdier: skoler.map((s) => s.medianTimerTilMottak ?? null) }]}
        kolonner={perSkole(t.timer, (s) => (s.medianTimerTilMottak === undefined ? t.ingenData : s.medianTimerTilMottak.toLocaleString('nb-NO')))}
        skoler={skoler}
      />
      <Figur
        id="apne"
        tittel={t.åpne}
        etiketter={navn}
        serier={[
          { navn: t.åpneSaker, verdier: skoler.map((s) => s.åpneSaker) },
          { navn: t.aktivePlaner, verdier: skoler.map((s) => s.aktivePlaner) },
        ]}
        kolonner={[...perSkole(t.åpneSaker, (s) => s.åpneSaker), { tittel: t.aktivePlaner, vis: (s) => s.aktivePlaner }]}
        skoler={skoler}
      />
      <Figur
        id="forfalte"
        tittel={t.forfalte}
        etiketter={navn}
        serier={[{ navn: t.forfalte, verdier: skoler.map((s) => s.forfalteEvalueringer) }]}
        kolonner={perSkole(t.antall, (s) => s.forfalteEvalueringer)}
        skoler={skoler}
      />
      <Figur
        id="barnetsbeste"
        tittel={t.utenBarnetsBeste}
        etiketter={navn}
        serier={[{ navn: t.utenBarnetsBeste, verdier: skoler.map((s) => s.planerUtenBarnetsBeste) }]}
        kolonner={perSkole(t.antall, (s) => s.planerUtenBarnetsBeste)}
        skoler={skoler}
      />
      <Figur
        id="bekreftet"
        tittel={t.bekreftet}
        etiketter={navn}
        serier={[{ navn: t.prosent, verdier: skoler.map(prosent) }]}
        maks={100}
        kolonner={[...perSkole(t.prosent, prosent), { tittel: t.avAnsatte, vis: (s) => `${s.bekreftet} / ${s.ansatte}` }]}
        skoler={skoler}
      />
      <section aria-labelledby="skoleeier">
        <h2 id="skoleeier">{t.skoleeier}</h2>
        <Tabell
          tittel={t.skoleeier}
          tom={t.ingenSkoleeier}
          rader={side.skoleeierSaker}
          nøkkel={(s) => s.id}
          kolonner={[
            { tittel: t.saksnummer, vis: (s) => <Link href={lenke(tabRoutes.sak(s.id))}>{s.saksnummer}</Link> },
            { tittel: t.skole, vis: (s) => s.skolenavn },
            { tittel: t.grunn, vis: (s) => s.grunn },
            { tittel: t.meldt, vis: (s) => visDato(s.opprettet) },
            { tittel: t.status, vis: (s) => s.statusTekst },
          ]}
        />
      </section>
    </>
  );
}

function Figur({ id, tittel, etiketter, serier, kolonner, skoler, maks }: {
  id: string;
  tittel: string;
  etiketter: string[];
  serier: Serie[];
  kolonner: Kolonne<Skole>[];
  skoler: Skole[];
  maks?: number;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{tittel}</h2>
      <Stolpediagram navn={t.diagram(tittel)} etiketter={etiketter} serier={serier} {...(maks !== undefined ? { maks } : {})} />
      <Tabell tittel={tittel} tom={t.ingenSkoler} rader={skoler} nøkkel={(s) => s.skoleId} kolonner={kolonner} />
    </section>
  );
}
