/**
 * The tab's API: the app's second driver beside the bot. Each route turns a request into one use
 * case call (authorization lives there) and its result into JSON (contract.ts) or a problem body.
 */
import type restify from 'restify';
import { getBekreftelser } from '../../app/views/bekreftelser';
import { sendBekreftelsePaaminnelse } from '../../app/paaminnelser/bekreftelser';
import { getMeg, personvelger } from '../../app/views/meg';
import { mineVarsler } from '../../app/views/mineVarsler';
import { mineOppgaver } from '../../app/views/oppgaver';
import { venterPaaDeg } from '../../app/views/venter';
import { getOversikt } from '../../app/views/oversikt';
import { type InnsynsFil, lagInnsynsuttrekk } from '../../app/innsyn/uttrekk';
import { getSakSide, listSaker } from '../../app/views/saker';
import { bekreftPlikter, getPlikter } from '../../app/views/plikter';
import type { AppKontekst } from '../../app/kontekst';
import { settSprak } from '../../app/sprakvalg';
import { submitVarsel } from '../../app/submitVarsel';
import { getVarselForm } from '../../app/varselFormView';
import { jsonKropp } from '../jsonKropp';
import { BekreftPlikterKropp, type Oppsett, RUTER, SakerFilter, SendVarselKropp, SettSprakKropp } from './contract';
import { type Identifiserer, lokalIdentifiserer, type SsoKonfig, ssoIdentifiserer } from './identitet';
import { lesMed, localeFra, route, routeMedKropp, sendJson } from './route';
import { monterSaksarbeid, sendPdf } from './sakRoutes';
import { monterSkolear } from './skolearRoutes';
import { monterOrganisasjon } from './orgRoutes';
import { monterRevisjon } from './revisjonRoutes';
import { monterElev } from './elevRoutes';
import type { SyncPort } from '../../app/org/syncFraEntra';
import type { Personkatalog } from '../../app/org/personsok';

export interface ApiDeps {
  ktx: AppKontekst;
  /** Teams SSO; absent only in local development (no Microsoft app id), where the person picker is used. */
  sso?: SsoKonfig;
  /** The Entra sync, when the app has Graph access (the admin page starts it). */
  synk?: SyncPort;
  /** Entra ID through Graph; without it the people search reads the organisation. */
  personkatalog?: Personkatalog;
}

export function createTabApi(deps: ApiDeps): (server: restify.Server) => void {
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
    server.get(RUTER.meg.sti, route(r, (aktor, req) => getMeg(ktx, aktor, localeFra(req))));
    server.put(RUTER.settSprak.sti, ...routeMedKropp(r, SettSprakKropp, (aktor, kropp) => settSprak(ktx, aktor, kropp)));
    server.get(RUTER.plikter.sti, route(r, (aktor) => getPlikter(ktx, aktor)));
    server.post(RUTER.bekreftPlikter.sti, ...routeMedKropp(r, BekreftPlikterKropp, (aktor, kropp) => bekreftPlikter(ktx, aktor, kropp.versjon, kropp.sprak)));
    server.get(RUTER.varselskjema.sti, route(r, (aktor) => getVarselForm(ktx, aktor)));
    // The same use case and validation as the bot's card; the form's id makes a double click one varsel.
    server.post(RUTER.sendVarsel.sti, ...routeMedKropp(r, SendVarselKropp, (aktor, { skjemaId, ...verdier }) => submitVarsel(ktx, aktor, verdier, { skjemaId })));
    server.get(RUTER.mineVarsler.sti, route(r, (aktor) => mineVarsler(ktx, aktor)));
    server.get(RUTER.bekreftelser.sti, route(r, (aktor) => getBekreftelser(ktx, aktor)));
    server.post(RUTER.bekreftelsePaminnelse.sti, route(r, (aktor, req) => sendBekreftelsePaaminnelse(ktx, aktor, String(req.params.skoleId ?? ''))));
    server.get(
      RUTER.saker.sti,
      route(r, (aktor, req) => {
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
    server.get(RUTER.sak.sti, route(r, (aktor, req) => getSakSide(ktx, aktor, String(req.params.sakId ?? ''))));
    monterSaksarbeid(server, ktx, r);
    monterOrganisasjon(server, ktx, r, deps.synk, deps.personkatalog);
    monterSkolear(server, ktx, r);
    monterElev(server, ktx, r);
    server.get(RUTER.mineOppgaver.sti, route(r, (aktor) => mineOppgaver(ktx, aktor)));
    server.get(RUTER.venter.sti, route(r, (aktor) => venterPaaDeg(ktx, aktor)));
    server.get(RUTER.oversikt.sti, route(r, (aktor) => getOversikt(ktx, aktor)));
    monterRevisjon(server, ktx, r);
    server.post(
      RUTER.innsyn.sti,
      jsonKropp(),
      route(
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
