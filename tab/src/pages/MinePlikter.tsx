/**
 * Mine plikter: the five delplikter in plain words, who receives varsler at my school, and my
 * yearly «Jeg er kjent med pliktene» — showing when I confirmed, or asking again when the text
 * has a new version since.
 */
import { useEffect, useRef } from 'react';
import { Body1, Button, Card, CardHeader, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { fokusTapt, kunngjor } from '../deler/Kunngjoring';
import { Sidetittel } from '../deler/Sidetittel';
import { ErrorMessage, Tilstand } from '../deler/Tilstand';
import { visTid } from '../deler/tid';
import { useForm } from '../deler/useForm';
import { plikter as lesPlikter } from '../api/meg';
import { bekreftPlikter } from '../api/org';
import type { PliktSide } from '../kontrakt';
import type { SideProps } from '../sideProps';
import { plikter, sprak, tekster } from '../tekster';

const t = tekster.plikter;

const useStiler = makeStyles({
  liste: { display: 'grid', gap: tokens.spacingVerticalM, padding: 0, margin: `${tokens.spacingVerticalM} 0`, listStyle: 'none' },
  h2: { fontSize: tokens.fontSizeBase400, margin: 0 },
  seksjon: { marginTop: tokens.spacingVerticalXL },
  knapp: { marginTop: tokens.spacingVerticalM },
});

export default function MinePlikter(_: SideProps) {
  const s = useStiler();
  const fetched = useGet(lesPlikter());
  return (
    <>
      <Sidetittel>{plikter.tittel}</Sidetittel>
      <Body1 as="p" block>{plikter.ingress}</Body1>
      <ol className={s.liste}>
        {plikter.delplikter.map((d, i) => (
          <li key={d.id}>
            <Card>
              <CardHeader header={<h2 className={s.h2}>{`${i + 1}. ${d.navn}`}</h2>} />
              <Text as="p" block>{d.tekst}</Text>
            </Card>
          </li>
        ))}
      </ol>
      {/* The confirmation comes after the duties it confirms: read first, then confirm. */}
      <Tilstand henting={fetched}>{(side) => <Bekreftelse side={side} bekreftet={fetched.lastPåNytt} />}</Tilstand>
      {fetched.data && <Mottakere side={fetched.data} />}
    </>
  );
}

function Bekreftelse({ side, bekreftet }: { side: PliktSide; bekreftet: () => void }) {
  const s = useStiler();
  // Confirmed, while the page reads the confirmation back: the button stays but does nothing, so a
  // second Enter on it sends no second request.
  const skjema = useForm({}, { engang: true });
  const nettopp = useRef(false);
  const kvittering = useRef<HTMLDivElement>(null);
  const gjeldende = side.bekreftelse?.versjon === plikter.versjon ? side.bekreftelse : undefined;
  const tekst = gjeldende ? t.bekreftet(visTid(gjeldende.tid), side.skoleår) : '';
  // Just confirmed: the button is gone, so focus goes to the receipt (not the page) and it is said.
  useEffect(() => {
    if (!tekst || !nettopp.current) return;
    nettopp.current = false;
    kunngjor(tekst);
    if (fokusTapt()) kvittering.current?.focus();
  }, [tekst]);
  if (gjeldende)
    return (
      <MessageBar layout="multiline" intent="success" ref={kvittering} tabIndex={-1}>
        <MessageBarBody>{tekst}</MessageBarBody>
      </MessageBar>
    );
  // The form hook's sending state and double-click guard: one click, one record.
  const bekreft = () =>
    void skjema.utfor(async () => {
      // The record says which language the text was read in (issue 24).
      await bekreftPlikter({ versjon: plikter.versjon, sprak: sprak() });
      nettopp.current = true;
      bekreftet();
    });
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <div>{side.bekreftelse ? t.nyVersjon(visTid(side.bekreftelse.tid)) : t.ikkeBekreftet(side.skoleår)}</div>
        {skjema.melding && <ErrorMessage melding={skjema.melding} />}
        <Button className={s.knapp} appearance="primary" onClick={bekreft} disabledFocusable={skjema.sender || skjema.ferdig}>
          {plikter.bekreftTekst}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}

function Mottakere({ side }: { side: PliktSide }) {
  const s = useStiler();
  const person = (p: { navn: string; stilling?: string }) => (p.stilling ? `${p.navn} (${p.stilling})` : p.navn);
  return (
    <section className={s.seksjon} aria-labelledby="mottakere">
      <h2 id="mottakere">{t.mottakereTittel}</h2>
      {side.mottakere.map((m) => (
        <div key={m.skoleId}>
          <Body1 as="p" block>{t.mottakereVed(m.skolenavn)}</Body1>
          <ul>
            {m.personer.map((p) => (
              <li key={p.navn}>{person(p)}</li>
            ))}
          </ul>
        </div>
      ))}
      <Body1 as="p" block>{t.ledelsen}</Body1>
      <ul>
        {side.kommunalsjefer.map((p) => (
          <li key={p.navn}>{person(p)}</li>
        ))}
      </ul>
    </section>
  );
}
