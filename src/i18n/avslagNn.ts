// The domain's refusals (src/domain/avslag.ts) in nynorsk, keyed by code; made from the rest of the nn catalog (nn.ts passes it in), read inside each function.
import { formaterDato } from '../domain/frister';
import type { AvslagTekster } from './avslag';
import type { Katalog } from './katalog';

/** What an assessment is called in the sentence that asks for it in the person's own words. */
function vurderingNamn(nn: Omit<Katalog, 'avslag'>, hva: 'elevensStemme' | 'barnetsBeste' | 'begrunnelse' | 'begrunnelseMotEleven'): string {
  switch (hva) {
    case 'elevensStemme':
      return 'Eleven si stemme';
    case 'barnetsBeste':
      return 'Barnets beste-vurderinga';
    case 'begrunnelse':
      return 'Grunngjevinga';
    case 'begrunnelseMotEleven':
      return nn.nb.felt.begrunnelseMotEleven;
  }
}

export function avslagNn(nn: Omit<Katalog, 'avslag'>): AvslagTekster {
  return {
    sak_avsluttet: () => 'Saka er avslutta.',
    allerede_mottatt: () => 'Saka er allereie teken imot.',
    ikke_mottatt_undersokelse: () => 'Saka må takast imot før undersøkinga blir starta.',
    undersokelse_startet: () => 'Undersøkinga er allereie starta.',
    har_plan: () => 'Saka har allereie ein aktivitetsplan.',
    ikke_undersokt_plan: () => 'Undersøkinga må vere starta før det blir laga ein aktivitetsplan.',
    ikke_mottatt_avslutt: () => 'Saka må takast imot før ho kan avsluttast.',
    ikke_undersokt_avslutt: () =>
      'Før saka kan avsluttast utan tiltak, må undersøkinga vere starta, og den opplevinga eleven sjølv har, må vere loggført.',
    har_plan_avslutt: () => 'Saka har ein aktivitetsplan og blir avslutta når planen er evaluert.',
    ingen_plan_avslutt: () =>
      `Saka har ingen aktivitetsplan. Bruk «${nn.betegnelser.HANDLING_TEKST.avslutt_uten_tiltak}» dersom det ikkje trengst tiltak.`,
    ikke_mottatt_omklassifiser: () => 'Saka må takast imot først. Vel kven saka gjeld, når du tek henne imot.',
    feil_status: (a) =>
      `«${nn.betegnelser.HANDLING_TEKST[a.handling]}» kan ikkje gjerast når saka har status «${nn.betegnelser.STATUS_TEKST[a.status]}».`,
    velg_klassifisering: () => 'Vel kven som krenkjer eleven, etter vurderinga di.',
    velg_gjelder: () => 'Vel kven saka gjeld.',
    elevens_opplevelse_ikke_logget: () => 'Den opplevinga eleven sjølv har, må vere loggført før saka kan avsluttast utan tiltak.',
    plan_ikke_evaluert_trygg: () => 'Saka kan ikkje avsluttast før aktivitetsplanen er evaluert og eleven har det trygt og godt.',
    allerede_meldt: () => 'Saka er allereie meld til skuleeigaren.',
    begrunnelse_mangler: () => 'Du må skrive ei grunngjeving.',
    for_lang: (a) =>
      a.felt === 'begrunnelse' ? `Grunngjevinga kan ha høgst ${a.maks} teikn.` : nn.nb.feil.forLang(nn.nb.felt[a.felt], a.maks),
    ikke_informert: () => 'Skriv når og korleis eleven og foreldra er informerte, før saka blir avslutta.',
    ikke_vurdering: (a) =>
      `${vurderingNamn(nn, a.hva)} må skrivast med eigne ord (minst ${a.minsteOrd} ord), ikkje berre teikn eller eitt ord.`,
    elev_ikke_trygg: (a) =>
      `Eleven har sagt at skulemiljøet ikkje er trygt og godt (svar: «${nn.betegnelser.ELEVENS_SVAR_TEKST[a.svar].toLowerCase()}»). ` +
      'Då har skulen plikt til å setje inn tiltak. Berre rektor kan avslutte likevel, med ei skriftleg grunngjeving for kvifor.',
    // Only «nei» and «delvis» bind; the answer is shown by the word the catalog gives it.
    utfall1_mot_eleven: (a) =>
      `Eleven har svart «${nn.betegnelser.ELEVENS_SVAR_TEKST[a.svar].toLowerCase()}» på om skulemiljøet er trygt og godt. ` +
      'Då kan ikkje evalueringa konkludere med at det er gjenoppretta; vel utfall 2 eller 3. ' +
      'Berre rektor kan konkludere mot opplevinga til eleven, med ei skriftleg grunngjeving.',
    problem_mangler: () => 'Skildre kva problem tiltaka skal løyse.',
    tiltak_mangler: () => 'Planen må ha minst eitt tiltak.',
    tiltak_beskrivelse_mangler: (a) => `Tiltak ${a.nr} manglar ei skildring av kva som skal gjerast.`,
    tiltak_tidsrom_mangler: (a) => `Tiltak ${a.nr} manglar når det skal gjennomførast.`,
    tiltak_ansvarlig_mangler: (a) => `Tiltak ${a.nr} manglar nokon som er ansvarleg.`,
    tiltak_ansvarlig_ikke_ansatt: (a) => `Den ansvarlege for tiltak ${a.nr} må vere ein tilsett ved skulen, aldri eleven eller ein forelder.`,
    evalueringsdato_mangler: () => 'Planen manglar dato for når tiltaka skal evaluerast.',
    evalueringsdato_ugyldig: () => 'Evalueringsdatoen er ikkje ein gyldig dato.',
    evalueringsdato_for_idag: () => 'Evalueringsdatoen kan ikkje liggje før i dag.',
    elevens_stemme_mangler: () => 'Planen manglar eleven si stemme: korleis eleven er høyrd, og kva eleven ønskjer.',
    barnets_beste_mangler: () => 'Planen manglar barnets beste-vurdering.',
    plan_avsluttet: () => 'Planen er avslutta.',
    versjon_aktivert: () => 'Denne versjonen av planen er allereie aktivert.',
    plan_avsluttet_evaluer: () => 'Planen er avslutta og kan ikkje evaluerast på nytt.',
    plan_ikke_aktivert: () => 'Planen må aktiverast før han kan evaluerast.',
    dato_mangler: () => 'Skriv datoen evalueringa vart halden.',
    dato_frem_i_tid: () => 'Evalueringa kan ikkje registrerast før ho er halden.',
    dato_for_aktivering: (a) => `Evalueringa kan ikkje vere halden før planen vart aktivert (${formaterDato(a.aktivert)}).`,
    deltakere_mangler: () => 'Skriv kven som var med (eleven, foreldra, tilsette).',
    elevens_opplevelse_mangler: () => 'Skriv den opplevinga eleven sjølv har.',
    elevens_svar_mangler: () => nn.nb.validering.elevensSvarMangler,
    vurdering_mangler: (a) => `Skriv ei vurdering av tiltak ${a.nr}.`,
    velg_fortsetter: () => 'Vel kva tiltak som held fram.',
    neste_dato_mangler: () => 'Tiltaka held fram: set dato for neste evaluering.',
    neste_dato_for_tidlig: () => 'Neste evaluering må liggje etter denne.',
    ingen_kommunalsjef_varsel: () =>
      'Kommunen har ingen kommunalsjef registrert, så varselet om skuleleiinga kan ikkje sendast. Kontakt administratoren i kommunen.',
    ingen_varselmottaker: () => 'Skulen har ingen varselmottakar registrert, så varselet kan ikkje sendast. Kontakt administratoren i kommunen.',
  };
}
