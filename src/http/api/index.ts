/**
 * The tab's API: the app's second driver beside the bot. Each route turns a request into one use
 * case call (authorization lives there) and its result into JSON (contract.ts) or a problem body.
 */
import type restify from 'restify';
import { hentBekreftelser } from '../../app/fane/bekreftelser';
import { sendBekreftelsePaminnelse } from '../../app/paminnelser/bekreftelser';
import { hentMeg, personvelger } from '../../app/fane/meg';
import { mineVarsler } from '../../app/fane/mineVarsler';
import { mineOppgaver } from '../../app/fane/oppgaver';
import { venterPaaDeg } from '../../app/fane/venter';
import { hentOversikt } from '../../app/fane/oversikt';
import { type InnsynsFil, lagInnsynsuttrekk } from '../../app/innsyn/uttrekk';
import { hentSakSide, listSaker } from '../../app/fane/saker';
import { bekreftPlikter, hentPlikter } from '../../app/fane/plikter';
import type { AppKontekst } from '../../app/kontekst';
import { settSprak } from '../../app/sprakvalg';
import { submitVarsel } from '../../app/submitVarsel';
import { hentVarselSkjema } from '../../app/varselSkjemaVisning';
import { jsonKropp } from '../jsonKropp';
import { BekreftPlikterKropp, type Oppsett, RUTER, SakerFilter, SendVarselKropp, SettSprakKropp } from './contract';
import { type Identifiserer, lokalIdentifiserer, type SsoKonfig, ssoIdentifiserer } from './identitet';
import { lesMed, localeFra, rute, sendJson } from './rute';
import { monterSaksarbeid, sendPdf } from './sakRuter';
import { monterSkolear } from './skolearRuter';
import { monterOrganisasjon } from './orgRuter';
import { monterRevisjon } from './revisjonRuter';
import { monterElev } from './elevRuter';
import type { SynkPort } from '../../app/org/synkFraEntra';
import type { Personkatalog } from '../../app/org/personsok';

export interface ApiDeps {
  ktx: AppKontekst;
  /** Teams SSO; absent only in local development (no Microsoft app id), where the person picker is used. */
  sso?: SsoKonfig;
  /** The Entra sync, when the app has Graph access (the admin page starts it). */
  synk?: SynkPort;
  /** Entra ID through Graph; without it the people search reads the organisation. */
  personkatalog?: Personkatalog;
}

export function lagFaneApi(deps: ApiDeps): (server: restify.Server) => void {
  const { ktx } = deps;
  const identifiser: Identifiserer = deps.sso ? ssoIdentifiserer(deps.sso) : lokalIdentifiserer(ktx.org.tenantId);
  const r = { identifiser, log: ktx.log, ktx };
  const oppsett: Oppsett = { modus: deps.sso ? 'teams' : 'lokal' };

  return (server) => {
    server.get(RUTER.oppsett.sti, async (_req, res) => sendJson(res, 200, oppsett));
    if (!deps.sso) {
      // The person picker exists only where the app listens on this machine alone (config.ts).
      server.get(RUTER.personer.sti, async (_req, res) => sendJson(res, 200, personvelger(ktx)));
    }
    server.get(RUTER.meg.sti, rute(r, (aktor, req) => hentMeg(ktx, aktor, localeFra(req))));
    server.put(
      RUTER.settSprak.sti,
      jsonKropp(),
      rute(r, (aktor, req) => {
        const kropp = lesMed(SettSprakKropp, req.body);
        return kropp.ok ? settSprak(ktx, aktor, kropp.verdi) : { problem: kropp.problem };
      }),
    );
    server.get(RUTER.plikter.sti, rute(r, (aktor) => hentPlikter(ktx, aktor)));
    server.post(
      RUTER.bekreftPlikter.sti,
      jsonKropp(),
      rute(r, (aktor, req) => {
        const kropp = lesMed(BekreftPlikterKropp, req.body);
        return kropp.ok ? bekreftPlikter(ktx, aktor, kropp.verdi.versjon, kropp.verdi.sprak) : { problem: kropp.problem };
      }),
    );
    server.get(RUTER.varselskjema.sti, rute(r, (aktor) => hentVarselSkjema(ktx, aktor)));
    server.post(
      RUTER.sendVarsel.sti,
      jsonKropp(),
      rute(r, (aktor, req) => {
        const kropp = lesMed(SendVarselKropp, req.body);
        if (!kropp.ok) return { problem: kropp.problem };
        const { skjemaId, ...verdier } = kropp.verdi;
        // The same use case and validation as the bot's card; the form's id makes a double click one varsel.
        return submitVarsel(ktx, aktor, verdier, { skjemaId });
      }),
    );
    server.get(RUTER.mineVarsler.sti, rute(r, (aktor) => mineVarsler(ktx, aktor)));
    server.get(RUTER.bekreftelser.sti, rute(r, (aktor) => hentBekreftelser(ktx, aktor)));
    server.post(RUTER.bekreftelsePaminnelse.sti, rute(r, (aktor, req) => sendBekreftelsePaminnelse(ktx, aktor, String(req.params.skoleId ?? ''))));
    server.get(
      RUTER.saker.sti,
      rute(r, (aktor, req) => {
        const f = lesMed(SakerFilter, Object.fromEntries(new URL(req.url ?? '/', 'http://fane').searchParams));
        if (!f.ok) return { problem: f.problem };
        const { sok, status, skolear, forfalt, utenPlan, straks, sorter, retning, side } = f.verdi;
        return listSaker(ktx, aktor, {
          ...(sok ? { sok } : {}),
          ...(status ? { status } : {}),
          ...(skolear ? { skoleår: skolear } : {}),
          ...(sorter ? { sorter } : {}),
          ...(side ? { side } : {}),
          synkende: retning === 'synkende',
          forfalt: !!forfalt,
          utenPlan: !!utenPlan,
          straks: !!straks,
        });
      }),
    );
    server.get(RUTER.sak.sti, rute(r, (aktor, req) => hentSakSide(ktx, aktor, String(req.params.sakId ?? ''))));
    monterSaksarbeid(server, ktx, r);
    monterOrganisasjon(server, ktx, r, deps.synk, deps.personkatalog);
    monterSkolear(server, ktx, r);
    monterElev(server, ktx, r);
    server.get(RUTER.mineOppgaver.sti, rute(r, (aktor) => mineOppgaver(ktx, aktor)));
    server.get(RUTER.venter.sti, rute(r, (aktor) => venterPaaDeg(ktx, aktor)));
    server.get(RUTER.oversikt.sti, rute(r, (aktor) => hentOversikt(ktx, aktor)));
    monterRevisjon(server, ktx, r);
    server.post(
      RUTER.innsyn.sti,
      jsonKropp(),
      rute(
        r,
        (aktor, req) => lagInnsynsuttrekk(ktx, aktor, req.body),
        (res, verdi) => {
          const fil = verdi as InnsynsFil;
          if (fil.format === 'pdf') sendPdf(res, fil);
          else sendJson(res, 200, fil.uttrekk);
        },
      ),
    );
  };
}
