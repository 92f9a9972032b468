/**
 * The Teams bot, personal scope: greets on install, answers a few words in the chat, and hands every
 * card click (Universal Actions, adaptiveCard/action) to the verb table. Every activity from a person
 * refreshes where the bot can reach them (their conversation reference).
 */
import { randomUUID } from 'node:crypto';
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import type { AppKontekst } from '../src/app/kontekst';
import { hentVarselSkjema } from '../src/app/varselFormView';
import type { SamtaleRepo } from '../src/store/samtaleRepo';
import { aktorFra, erPersonligChat } from './aktor';
import { feilkort } from './cards/feilkort';
import { feilkortFor } from './feilSvar';
import { kortSvar } from './kortSvar';
import type { Kort } from './cards/felles';
import { varselskjema } from './cards/varselForm';
import { velkomstkort } from './cards/velkomst';
import { samtaleFra } from './samtale';
import { botTekster as t } from '../src/i18n/aktiv';
import { utforVerb } from './verbs';
import { huskSamtale } from '../src/app/huskSamtale';
import { elevHilsen, elevSkjema, erElev } from './elevVerbs';
import { somPerson } from '../src/app/sprakKontekst';
import { KATALOGER } from '../src/i18n/kataloger';

export interface BotDeps {
  ktx: AppKontekst;
  samtaler: SamtaleRepo;
  fanelenke: (route: string) => string;
}

/** The manifest's commands (kort.kommandoer, in every language) send their word when clicked; the rest are what people type. */
const ALLE = Object.values(KATALOGER).map((k) => k.kort.kommandoer);
const HILSEORD = new Set([...ALLE.map((k) => k.hjelp.ord.toLowerCase()), 'hei', 'hallo', 'help', 'hi', 'start', 'meny']);
const SKJEMAORD = new Set([...ALLE.map((k) => k.varsel.ord.toLowerCase()), 'meld fra', 'meld frå', 'ny', 'nytt varsel', 'send varsel', 'meld', 'report']);
/** Teams sends both installationUpdate and conversationUpdate on a personal install; greet once. */
const HILS_IGJEN_ETTER_MS = 60_000;

const kortmelding = (kort: Kort) => MessageFactory.attachment(CardFactory.adaptiveCard(kort));

export class SkolemiljoBot extends TeamsActivityHandler {
  private readonly hilst = new Map<string, number>();
  constructor(private readonly d: BotDeps) {
    super();
    this.onMessage(async (ctx, next) => {
      await this.svarPaaMelding(ctx);
      await next();
    });
    this.onInstallationUpdateAdd(async (ctx, next) => {
      await this.hils(ctx);
      await next();
    });
    this.onMembersAdded(async (ctx, next) => {
      if (ctx.activity.membersAdded?.some((m) => m.id === ctx.activity.recipient?.id)) await this.hils(ctx);
      await next();
    });
  }

  protected override async onTurnActivity(ctx: TurnContext): Promise<void> {
    await this.huskSamtale(ctx);
    // Everything this turn writes is in the person's language: their choice, else Teams' locale, else målform.
    await somPerson(this.d.ktx, aktorFra(ctx.activity)?.oid, ctx.activity.locale, () => super.onTurnActivity(ctx));
  }

  protected override async onAdaptiveCardInvoke(ctx: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const a = ctx.activity;
    const aktor = aktorFra(a);
    if (!aktor) return kortSvar(feilkort(t.feil.ukjentBruker));
    const verb = typeof value.action?.verb === 'string' ? value.action.verb : '';
    const raw: unknown = value.action?.data;
    const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    try {
      const kort = await utforVerb(
        { ktx: this.d.ktx, samtaler: this.d.samtaler, fanelenke: this.d.fanelenke, aktor, teamsId: a.from.id, conversationId: a.conversation.id, kortId: a.replyToId },
        verb,
        data,
      );
      return kortSvar(kort);
    } catch (e) {
      // An answer is still a card: an empty or failed invoke response makes Teams retry the click.
      const ref = randomUUID().slice(0, 8);
      this.d.ktx.log.error({ ref, verb, sakId: typeof data.sakId === 'string' ? data.sakId : undefined, err: { name: (e as Error)?.name, code: (e as { code?: unknown })?.code } }, 'kortklikk feilet');
      return kortSvar(feilkort(t.feil.uventet(ref)));
    }
  }

  private async huskSamtale(ctx: TurnContext): Promise<void> {
    if (!erPersonligChat(ctx.activity)) return;
    const samtale = samtaleFra(ctx.activity, this.d.ktx.naa());
    if (!samtale) return;
    try {
      await huskSamtale(this.d.ktx, this.d.samtaler, samtale);
    } catch (e) {
      // Not fatal for this turn: the reference is saved again on the next activity.
      this.d.ktx.log.warn({ oid: samtale.oid, err: { name: (e as Error)?.name } }, 'kunne ikke lagre samtalereferanse');
    }
  }

  private async hils(ctx: TurnContext): Promise<void> {
    if (!erPersonligChat(ctx.activity)) return;
    const id = ctx.activity.conversation.id;
    const naa = Date.now();
    const sist = this.hilst.get(id);
    if (sist !== undefined && naa - sist < HILS_IGJEN_ETTER_MS) return;
    this.hilst.set(id, naa);
    for (const [k, tid] of this.hilst) if (naa - tid >= HILS_IGJEN_ETTER_MS) this.hilst.delete(k);
    const aktor = aktorFra(ctx.activity);
    await ctx.sendActivity(kortmelding(erElev(this.d.ktx, aktor) ? elevHilsen(this.d.ktx, aktor) : velkomstkort()));
  }

  private async svarPaaMelding(ctx: TurnContext): Promise<void> {
    if (!erPersonligChat(ctx.activity)) {
      await ctx.sendActivity(t.velkomst.bareIPersonligChat);
      return;
    }
    const ord = (ctx.activity.text ?? '').trim().toLowerCase().replace(/[.!?]+$/, '');
    const aktor = aktorFra(ctx.activity);
    if (erElev(this.d.ktx, aktor)) {
      // A pupil (issue 25): whatever they write, the form to tell an adult (a greeting shows the welcome).
      await ctx.sendActivity(kortmelding(HILSEORD.has(ord) ? elevHilsen(this.d.ktx, aktor) : elevSkjema(this.d.ktx, aktor)));
    } else if (HILSEORD.has(ord)) {
      await ctx.sendActivity(kortmelding(velkomstkort()));
    } else if (SKJEMAORD.has(ord)) {
      await ctx.sendActivity(kortmelding(this.skjemaFor(ctx)));
    } else {
      await ctx.sendActivity(t.velkomst.hjelp);
    }
  }

  private skjemaFor(ctx: TurnContext): Kort {
    const aktor = aktorFra(ctx.activity);
    if (!aktor) return feilkort(t.feil.ukjentBruker);
    const skjema = hentVarselSkjema(this.d.ktx, aktor);
    return skjema.ok ? varselskjema(skjema.verdi, { skjemaId: this.d.ktx.nyId() }) : feilkortFor(skjema.feil);
  }
}
