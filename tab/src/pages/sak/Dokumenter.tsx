/**
 * The case's documents: the documentation export (the whole case, for the archive and
 * Statsforvalteren) and the letter to the parents or the pupil, in bokmål or nynorsk, as a PDF or
 * as text to paste into the school's message system. Before the letter is downloaded the page
 * warns of capitalised words the name screening kept (they may name another pupil).
 */
import { useEffect, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { lastNed } from '../../api/fil';
import { hent } from '../../api/http';
import { dokumentasjonPdf, foreldrebrev, foreldrebrevPdf, type BrevValg } from '../../api/saker';
import { useForm } from '../../deler/useForm';
import { sakTekster } from '../../tekster';
import { Skjemastatus } from './Skjemastatus';

const t = sakTekster.dokumenter;

const useStiler = makeStyles({
  rad: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start', marginBottom: tokens.spacingVerticalM },
  knapper: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  h3: { fontSize: tokens.fontSizeBase400 },
});

export function Dokumenter({ sakId, kanLageBrev }: { sakId: string; kanLageBrev: boolean }) {
  const s = useStiler();
  const [malform, settMalform] = useState<BrevValg['malform']>('nb');
  const [mottaker, settMottaker] = useState<BrevValg['mottaker']>('foresatte');
  const [tekst, settTekst] = useState<string>();
  // The form hook's sending state and guard: one download or read at a time; the file's name as the receipt.
  const dokument = useForm();
  const arbeider = dokument.sender;
  const [ordAaSjekke, settOrdAaSjekke] = useState<string[]>([]);
  const [kontaktMangler, settKontaktMangler] = useState(false);
  const valg: BrevValg = { malform, mottaker };

  // Before rektor downloads the letter: the words the name screening kept that may still name another pupil.
  useEffect(() => {
    if (!kanLageBrev) return;
    let aktiv = true;
    hent(foreldrebrev(sakId, { malform, mottaker }))
      .then((b) => {
        if (!aktiv) return;
        settOrdAaSjekke(b.ordAaSjekke);
        settKontaktMangler(b.kontaktMangler);
      })
      .catch(() => aktiv && settOrdAaSjekke([]));
    return () => {
      aktiv = false;
    };
  }, [sakId, malform, mottaker, kanLageBrev]);

  const gjor = (arbeid: () => Promise<string | void>) => void dokument.utfor(arbeid);
  const lastNedFil = (fil: Parameters<typeof lastNed>[0]) => gjor(async () => t.lastet(await lastNed(fil)));

  return (
    <div>
      <Skjemastatus skjema={dokument} />
      <p>{t.dokumentasjonHint}</p>
      <div className={s.knapper}>
        <Button appearance="primary" disabled={arbeider} onClick={() => lastNedFil(dokumentasjonPdf(sakId))}>
          {t.dokumentasjon}
        </Button>
      </div>
      {kanLageBrev && (
        <>
          <h3 className={s.h3}>{t.brevTittel}</h3>
          <div className={s.rad}>
            <Field label={t.malform}>
              <RadioGroup value={malform} onChange={(_, d) => settMalform(d.value as BrevValg['malform'])} layout="horizontal">
                <Radio value="nb" label={t.bokmal} />
                <Radio value="nn" label={t.nynorsk} />
              </RadioGroup>
            </Field>
            <Field label={t.mottaker}>
              <RadioGroup value={mottaker} onChange={(_, d) => settMottaker(d.value as BrevValg['mottaker'])} layout="horizontal">
                <Radio value="foresatte" label={t.foresatte} />
                <Radio value="elev" label={t.elev} />
              </RadioGroup>
            </Field>
          </div>
          {kontaktMangler && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{t.kontaktMangler}</MessageBarBody>
            </MessageBar>
          )}
          {ordAaSjekke.length > 0 && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{t.sjekkNavn(ordAaSjekke.map((o) => `«${o}»`).join(', '))}</MessageBarBody>
            </MessageBar>
          )}
          <div className={s.knapper}>
            <Button disabled={arbeider} onClick={() => lastNedFil(foreldrebrevPdf(sakId, valg))}>
              {t.brevPdf}
            </Button>
            <Button
              disabled={arbeider}
              onClick={() =>
                gjor(async () => {
                  settTekst((await hent(foreldrebrev(sakId, valg))).tekst);
                })
              }
            >
              {t.brevTekst}
            </Button>
          </div>
          {tekst !== undefined && (
            <Field label={t.tekstEtikett}>
              <Textarea value={tekst} readOnly rows={14} resize="vertical" />
            </Field>
          )}
        </>
      )}
    </div>
  );
}
