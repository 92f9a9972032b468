/**
 * The aktivitetsplan editor (the version being written): background, the problem, the goal, tiltak
 * each with level, when and a responsible staff member, the evaluation date, elevens stemme, the
 * parents' view and the barnets beste-vurdering. What is still missing for activation is shown at
 * its field; a refused save or activation shows the server's message at each field and moves focus
 * to the first. What was typed stays on the page whatever the server answers.
 */
import { useState } from 'react';
import { Button, Card, Field, Input, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { TILTAK_NIVAER } from '../../../../src/domain/aktivitetsplan';
import { aktiverPlan, lagreUtkast as sendUtkast } from '../../api/saker';
import { Avkrysningsgruppe } from '../../deler/Avkrysningsgruppe';
import { visDato } from '../../deler/tid';
import { useForm } from '../../deler/useForm';
import type { Loggforing, PlanVisning, Versjon } from './typer';
import { Skjemastatus } from './Skjemastatus';
import { NIVA_TEKST, sakTekster } from '../../tekster';

const t = sakTekster.plan;
const MAKS = { tekst: 2000, tiltakTekst: 1000, tidsrom: 300 } as const;

type TiltakUtkast = { id?: string; beskrivelse: string; niva: string; ansvarlig: string; tidsrom: string; evalueringsnotat: string };
type Utkast = Omit<Versjon, 'nr' | 'aktivert' | 'tiltak'> & { tiltak: TiltakUtkast[] };
type Tekstfelt = 'bakgrunn' | 'problem' | 'mal' | 'elevensStemme' | 'foresattesSyn' | 'barnetsBeste';

const useStiler = makeStyles({
  skjema: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  tiltak: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  h3: { fontSize: tokens.fontSizeBase400, margin: 0 },
  h4: { fontSize: tokens.fontSizeBase300, margin: 0 },
  knapper: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  mangler: { margin: 0 },
});

function fraVersjon(v: Versjon): Utkast {
  const { nr: _nr, aktivert: _a, tiltak, ...resten } = v;
  return { ...resten, tiltak: tiltak.map(({ id, beskrivelse, niva, ansvarlig, tidsrom, evalueringsnotat }) => ({ id, beskrivelse, niva, ansvarlig, tidsrom, evalueringsnotat })) };
}

export function Planredigering({ plan, logg, endret }: { plan: PlanVisning; logg: Loggforing[]; endret: (p: PlanVisning, message?: string) => void }) {
  const s = useStiler();
  const skjema = useForm();
  const siste = plan.versjoner.at(-1)!;
  const [utkast, settUtkast] = useState<Utkast>(() => fraVersjon(siste));
  const [mangler, settMangler] = useState(plan.mangler);

  const settTekst = (navn: Tekstfelt | 'evalueringsdato') => (_: unknown, d: { value: string }) => settUtkast((u) => ({ ...u, [navn]: d.value }));
  const settTiltak = (i: number, navn: keyof TiltakUtkast) => (_: unknown, d: { value: string }) =>
    settUtkast((u) => ({ ...u, tiltak: u.tiltak.map((x, j) => (j === i ? { ...x, [navn]: d.value } : x)) }));
  const mangelFor = (felt: string) => mangler.find((m) => m.felt === felt)?.melding;
  // The server's refusal is an error at the field; what activation still needs is a warning there.
  const felt = (navn: string) => {
    const f = skjema.felt(navn);
    if (f.validationState === 'error') return f;
    const m = mangelFor(navn);
    return m ? { validationMessage: m, validationState: 'warning' as const } : f;
  };

  /** Saves what is on the page; the tiltak keep the ids the server gave them. */
  async function lagreUtkast(): Promise<PlanVisning> {
    const svar = await sendUtkast(plan.sakId, utkast);
    const stored = svar.versjoner.at(-1);
    if (stored) settUtkast((u) => ({ ...u, tiltak: u.tiltak.map((x, i) => ({ ...x, id: stored.tiltak[i]?.id ?? x.id })) }));
    settMangler(svar.mangler);
    return svar;
  }

  const lagre = () => skjema.utfor(async () => void (await lagreUtkast()), t.lagret);
  async function aktiver() {
    let ny: PlanVisning | undefined;
    const ok = await skjema.utfor(async () => {
      await lagreUtkast();
      ny = await aktiverPlan(plan.sakId, siste.nr);
    }, t.aktivert);
    if (ok && ny) endret(ny, t.aktivert);
  }

  const tekstfelt = (navn: Tekstfelt, etikett: string, rader = 3) => (
    <Field label={etikett} {...felt(navn)}>
      <Textarea value={utkast[navn]} onChange={settTekst(navn)} maxLength={MAKS.tekst} rows={rader} resize="vertical" />
    </Field>
  );

  return (
    <div ref={skjema.skjemaRef}>
      <form
        className={s.skjema}
        noValidate
        aria-label={t.redigerer(siste.nr)}
        onSubmit={(e) => {
          e.preventDefault();
          void lagre();
        }}
      >
        <h2 className={s.h3}>{t.redigerer(siste.nr)}</h2>
        <Skjemastatus skjema={skjema} />
        <MessageBar layout="multiline" intent={mangler.length > 0 ? 'warning' : 'success'}>
          <MessageBarBody>
            {mangler.length > 0 ? (
              <>
                {t.mangler}:
                <ul className={s.mangler}>
                  {mangler.map((m) => (
                    <li key={m.felt}>{m.melding}</li>
                  ))}
                </ul>
              </>
            ) : (
              t.ingenMangler
            )}
          </MessageBarBody>
        </MessageBar>
        {tekstfelt('bakgrunn', t.bakgrunn)}
        <Avkrysningsgruppe
          legend={t.grunnlag}
          hint={logg.length > 0 ? t.grunnlagHint : t.ingenGrunnlag}
          {...(felt('loggIder').validationMessage ? { feil: felt('loggIder').validationMessage } : {})}
          valg={logg.map((l) => ({ id: l.id, etikett: `${visDato(l.dato)} ${l.typeTekst}: ${l.tekst.length > 80 ? `${l.tekst.slice(0, 80)}…` : l.tekst}` }))}
          valgt={utkast.loggIder}
          endre={(loggIder) => settUtkast((u) => ({ ...u, loggIder }))}
        />
        {tekstfelt('problem', t.problem)}
        {tekstfelt('mal', t.mal)}
        <h3 className={s.h3}>{t.tiltakTittel}</h3>
        {utkast.tiltak.map((x, i) => (
          <Card key={x.id ?? `ny-${i}`} className={s.tiltak} role="group" aria-label={t.tiltak(i + 1)}>
            <h4 className={s.h4}>{t.tiltak(i + 1)}</h4>
            <Field label={t.beskrivelse} {...felt(`tiltak[${i}].beskrivelse`)}>
              <Textarea value={x.beskrivelse} onChange={settTiltak(i, 'beskrivelse')} maxLength={MAKS.tiltakTekst} rows={2} resize="vertical" />
            </Field>
            <Field label={t.niva} {...felt(`tiltak[${i}].niva`)}>
              <Select value={x.niva} onChange={settTiltak(i, 'niva')}>
                {TILTAK_NIVAER.map((n) => (
                  <option key={n} value={n}>
                    {NIVA_TEKST[n]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.ansvarlig} {...felt(`tiltak[${i}].ansvarlig`)}>
              <Select value={x.ansvarlig} onChange={settTiltak(i, 'ansvarlig')}>
                <option value="">{t.velgAnsvarlig}</option>
                {plan.ansvarligValg.map((p) => (
                  <option key={p.oid} value={p.oid}>
                    {p.navn}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.tidsrom} {...felt(`tiltak[${i}].tidsrom`)}>
              <Input value={x.tidsrom} onChange={settTiltak(i, 'tidsrom')} maxLength={MAKS.tidsrom} />
            </Field>
            <div>
              <Button onClick={() => settUtkast((u) => ({ ...u, tiltak: u.tiltak.filter((_, j) => j !== i) }))}>{t.fjernTiltak(i + 1)}</Button>
            </div>
          </Card>
        ))}
        <div>
          <Button onClick={() => settUtkast((u) => ({ ...u, tiltak: [...u.tiltak, { beskrivelse: '', niva: 'individ', ansvarlig: '', tidsrom: '', evalueringsnotat: '' }] }))}>
            {t.leggTilTiltak}
          </Button>
        </div>
        <Field label={t.evalueringsdato} hint={t.evalueringsdatoHint(visDato(plan.standardEvalueringsdato))} {...felt('evalueringsdato')}>
          <Input type="date" value={utkast.evalueringsdato} onChange={settTekst('evalueringsdato')} />
        </Field>
        {tekstfelt('elevensStemme', t.elevensStemme)}
        {tekstfelt('foresattesSyn', t.foresattesSyn, 2)}
        {tekstfelt('barnetsBeste', t.barnetsBeste)}
        <div className={s.knapper}>
          <Button type="submit" disabled={skjema.sender}>
            {t.lagre}
          </Button>
          <Button appearance="primary" disabled={skjema.sender} onClick={() => void aktiver()}>
            {t.aktiver}
          </Button>
        </div>
      </form>
    </div>
  );
}
