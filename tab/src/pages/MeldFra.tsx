/**
 * Meld fra: the same varsel form as the bot's card — the same words, the same few required
 * fields, checked by the same use case on the server. The server's message per field is shown at
 * that field and nothing typed is lost. One form has one id, so a double click sends one varsel.
 * Compact at Teams' narrowest width (issue 26): the required questions first (name and class side by
 * side), the optional ones behind «Mer (valgfritt): hvem, når, hvor» — folded, what was typed there is
 * kept and sent; a refusal at one of them opens it.
 */
import { useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { GREP_INN, KILDER, KOMMER_FRA, MAKS_LENGDE, NAAR_VALG } from '../../../src/domain/varsel';
import { useGet } from '../api/http';
import { sendVarsel, varselskjema } from '../api/saker';
import { Sidetittel } from '../deler/Sidetittel';
import { ErrorMessage, Tilstand } from '../deler/Tilstand';
import { visTid } from '../deler/tid';
import { useForm } from '../deler/useForm';
import type { Kvittering, SkjemaVisning } from '../kontrakt';
import type { SideProps } from '../sideProps';
import { STATUS_TEKST, botTekster } from '../tekster';

const t = botTekster.skjema;
const k = botTekster.kvittering;

/** The optional questions, folded until opened (or refused at one of them). */
const VALGFRIE = ['naar', 'dato', 'sted', 'involverte', 'kilde', 'grepInn', 'grepInnHvordan', 'elevInformert', 'ikkeInformertHvorfor'];

const useStiler = makeStyles({
  skjema: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem' },
  knapp: { alignSelf: 'flex-start' },
  rad: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 6rem', gap: tokens.spacingHorizontalM },
  // Fluent's Input keeps a minimum width of its own; side by side at 320 px it must shrink.
  smal: { minWidth: 0, width: '100%' },
  valgfritt: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Folded: not shown and not in the tab order, but kept (values live in state, and are sent).
  foldet: { display: 'none' },
  kvittering: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, margin: 0 },
  dd: { margin: 0 },
});

export default function MeldFra(_: SideProps) {
  const fetched = useGet(varselskjema());
  const [kvittering, settKvittering] = useState<Kvittering>();
  const [runde, settRunde] = useState(0);
  return (
    <>
      <Sidetittel>{kvittering ? k.tittel : t.tittel}</Sidetittel>
      {kvittering ? (
        <KvitteringView kvittering={kvittering} nyttVarsel={() => (settKvittering(undefined), settRunde((r) => r + 1))} />
      ) : (
        <Tilstand henting={fetched}>{(view) => <Skjema key={runde} visning={view} sendt={settKvittering} />}</Tilstand>
      )}
    </>
  );
}

function Skjema({ visning: view, sendt }: { visning: SkjemaVisning; sendt: (k: Kvittering) => void }) {
  const s = useStiler();
  const [mer, settMer] = useState(false);
  // A refusal at an optional question opens the folded part in the same render, so focus finds the field.
  const form = useForm<Record<string, string>>({ skoleId: view.valgtSkoleId ?? '' }, {
    vedFeil: (f) => {
      if (VALGFRIE.some((felt) => f.felt[felt])) settMer(true);
    },
  });
  const { verdier, sett, felt: feltProps } = form;

  async function sendInn(e: FormEvent) {
    e.preventDefault();
    // A date is sent only with «På en bestemt dag»; switching away keeps it typed but not sent.
    const { dato, ...resten } = verdier;
    await form.utfor(async () => sendt(await sendVarsel({ ...resten, ...(verdier.naar === 'dato' ? { dato } : {}), skjemaId: form.skjemaId })));
  }

  return (
    <div ref={form.skjemaRef}>
      <form className={s.skjema} onSubmit={sendInn} noValidate>
        {/* One paragraph: two would double the gap between them at 320 px. */}
        <Body1 as="p" block>{`${t.intro} ${t.paakrevd}`}</Body1>
        {form.melding && <ErrorMessage melding={form.melding} />}
        <Field label={t.skole} {...feltProps('skoleId', true)} {...(view.utenSkole ? { hint: t.skoleUtenSkole } : {})}>
          <Select value={verdier.skoleId} onChange={sett('skoleId')}>
            <option value="">{t.skoleMangler}</option>
            {view.skoler.map((sk) => (
              <option key={sk.id} value={sk.id}>
                {sk.navn}
              </option>
            ))}
          </Select>
        </Field>
        <div className={s.rad}>
          <Field label={t.elevNavn} {...feltProps('elevNavn', true)}>
            <Input className={s.smal} value={verdier.elevNavn ?? ''} onChange={sett('elevNavn')} maxLength={MAKS_LENGDE.elevNavn} autoComplete="off" />
          </Field>
          <Field label={t.elevKlasse} {...feltProps('elevKlasse')}>
            <Input className={s.smal} value={verdier.elevKlasse ?? ''} onChange={sett('elevKlasse')} maxLength={MAKS_LENGDE.elevKlasse} autoComplete="off" />
          </Field>
        </div>
        <Field label={t.beskrivelse} hint={t.beskrivelseHint} {...feltProps('beskrivelse', true)}>
          <Textarea value={verdier.beskrivelse ?? ''} onChange={sett('beskrivelse')} maxLength={MAKS_LENGDE.beskrivelse} rows={4} resize="vertical" />
        </Field>
        <Field label={t.kommerFra} {...feltProps('kommerFra', true)}>
          <RadioGroup value={verdier.kommerFra ?? ''} onChange={sett('kommerFra')}>
            {KOMMER_FRA.map((v) => (
              <Radio key={v} value={v} label={t.kommerFraValg[v]} />
            ))}
          </RadioGroup>
        </Field>
        {/* §12-5: who, if the reporter knows (optional); the case then keeps that person out of it. */}
        {(verdier.kommerFra === 'ansatt' || verdier.kommerFra === 'ledelse') && (
          <>
            {view.ansatte.some((p) => p.skoleId === verdier.skoleId) && (
              <Field label={t.involvertAnsatt} {...feltProps('involvertAnsatt')}>
                <Select value={verdier.involvertAnsatt ?? ''} onChange={sett('involvertAnsatt')}>
                  <option value="">{t.involvertAnsattHint}</option>
                  {view.ansatte
                    .filter((p) => p.skoleId === verdier.skoleId)
                    .map((p) => (
                      <option key={p.oid} value={p.oid}>
                        {p.navn}
                      </option>
                    ))}
                </Select>
              </Field>
            )}
            <Field label={t.involvertAnsattTekst} {...feltProps('involvertAnsattTekst')}>
              <Input value={verdier.involvertAnsattTekst ?? ''} onChange={sett('involvertAnsattTekst')} maxLength={MAKS_LENGDE.involvertAnsattTekst} autoComplete="off" />
            </Field>
          </>
        )}
        <Button className={s.knapp} appearance="secondary" aria-expanded={mer} aria-controls="valgfritt" onClick={() => settMer(!mer)}>
          {t.merValgfritt}
        </Button>
        <div id="valgfritt" className={mer ? s.valgfritt : s.foldet}>
          <Field label={t.naar} {...feltProps('naar')}>
            <RadioGroup value={verdier.naar ?? ''} onChange={sett('naar')}>
              {NAAR_VALG.map((v) => (
                <Radio key={v} value={v} label={t.naarValg[v]} />
              ))}
            </RadioGroup>
          </Field>
          {verdier.naar === 'dato' && (
            <Field label={t.dato} {...feltProps('dato')}>
              <Input type="date" value={verdier.dato ?? ''} max={view.idag} onChange={sett('dato')} />
            </Field>
          )}
          <Field label={t.sted} hint={t.stedHint} {...feltProps('sted')}>
            <Input value={verdier.sted ?? ''} onChange={sett('sted')} maxLength={MAKS_LENGDE.sted} />
          </Field>
          <Field label={t.involverte} {...feltProps('involverte')}>
            <Input value={verdier.involverte ?? ''} onChange={sett('involverte')} maxLength={MAKS_LENGDE.involverte} />
          </Field>
          <Field label={t.kilde} {...feltProps('kilde')}>
            <Select value={verdier.kilde ?? ''} onChange={sett('kilde')}>
              <option value="">{t.kildeHint}</option>
              {KILDER.map((v) => (
                <option key={v} value={v}>
                  {t.kilder[v]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.grepInn} {...feltProps('grepInn')}>
            <RadioGroup value={verdier.grepInn ?? ''} onChange={sett('grepInn')} layout="horizontal">
              {GREP_INN.map((v) => (
                <Radio key={v} value={v} label={t.grepInnValg[v]} />
              ))}
            </RadioGroup>
          </Field>
          {verdier.grepInn === 'ja' && (
            <Field label={t.grepInnHvordan} {...feltProps('grepInnHvordan')}>
              <Textarea value={verdier.grepInnHvordan ?? ''} onChange={sett('grepInnHvordan')} maxLength={MAKS_LENGDE.grepInnHvordan} />
            </Field>
          )}
          <Field label={t.elevInformert} {...feltProps('elevInformert')}>
            <RadioGroup value={verdier.elevInformert ?? ''} onChange={sett('elevInformert')} layout="horizontal">
              <Radio value="ja" label={t.jaNei.ja} />
              <Radio value="nei" label={t.jaNei.nei} />
            </RadioGroup>
          </Field>
          {verdier.elevInformert === 'nei' && (
            <Field label={t.ikkeInformertHvorfor} {...feltProps('ikkeInformertHvorfor')}>
              <Textarea value={verdier.ikkeInformertHvorfor ?? ''} onChange={sett('ikkeInformertHvorfor')} maxLength={MAKS_LENGDE.ikkeInformertHvorfor} />
            </Field>
          )}
        </div>
        <Body1 as="p" block>{t.personvern}</Body1>
        <Button className={s.knapp} appearance="primary" type="submit" disabledFocusable={form.sender}>
          {t.send}
        </Button>
      </form>
    </div>
  );
}

function KvitteringView({ kvittering, nyttVarsel }: { kvittering: Kvittering; nyttVarsel: () => void }) {
  const s = useStiler();
  const tilSkoleeier = kvittering.sendtTil === 'skoleeier';
  return (
    <div className={s.skjema}>
      <MessageBar layout="multiline" intent="success">
        <MessageBarBody>{`${k.saksnummer}: ${kvittering.saksnummer}`}</MessageBarBody>
      </MessageBar>
      <dl className={s.kvittering}>
        <dt>{k.sendtTil}</dt>
        <dd className={s.dd}>{k.mottakere(tilSkoleeier, kvittering.sendtTilPersoner)}</dd>
        {kvittering.varsel.kommerFra === 'ansatt' && !tilSkoleeier && <dd className={s.dd}>{k.skoleeierVarsles}</dd>}
        <dt>{k.sendt}</dt>
        <dd className={s.dd}>{visTid(kvittering.opprettet)}</dd>
        <dt>{k.status}</dt>
        <dd className={s.dd}>{STATUS_TEKST[kvittering.status]}</dd>
      </dl>
      <h2>{k.hvaSkjerTittel}</h2>
      <Body1 as="p" block>{tilSkoleeier ? k.hvaSkjerSkoleeier : k.hvaSkjerRektor}</Body1>
      <h2>{k.opplysningerTittel}</h2>
      <Body1 as="p" block>{k.opplysninger}</Body1>
      <Button className={s.knapp} onClick={nyttVarsel}>
        {t.tittel}
      </Button>
    </div>
  );
}
