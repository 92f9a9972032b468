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
import { getVarselForm } from '../src/app/varselFormView';
import type { SamtaleRepo } from '../src/store/samtaleRepo';
import { aktorFra, erPersonligChat } from './aktor';
import { feilCard } from './cards/feilCard';
import { feilCardFor } from './feilSvar';
import { cardResponse } from './cardResponse';
import type { Card } from './cards/felles';
import { varselskjema } from './cards/varselForm';
import { velkomstCard } from './cards/velkomst';
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

const cardMessage = (card: Card) => MessageFactory.attachment(CardFactory.adaptiveCard(card));

export class SkolemiljoBot extends TeamsActivityHandler {
  private readonly hilst = new Map<string, number>();
  constructor(private readonly d: BotDeps) {
    super();
    this.onMessage(async (ctx, next) => {
      await this.replyToMessage(ctx);
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
    if (!aktor) return cardResponse(feilCard(t.feil.ukjentBruker));
    const verb = typeof value.action?.verb === 'string' ? value.action.verb : '';
    const raw: unknown = value.action?.data;
    const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    try {
      const card = await utforVerb(
        { ktx: this.d.ktx, samtaler: this.d.samtaler, fanelenke: this.d.fanelenke, aktor, teamsId: a.from.id, conversationId: a.conversation.id, kortId: a.replyToId },
        verb,
        data,
      );
      return cardResponse(card);
    } catch (e) {
      // An answer is still a card: an empty or failed invoke response makes Teams retry the click.
      const ref = randomUUID().slice(0, 8);
      this.d.ktx.log.error({ ref, verb, sakId: typeof data.sakId === 'string' ? data.sakId : undefined, err: { name: (e as Error)?.name, code: (e as { code?: unknown })?.code } }, 'kortklikk feilet');
      return cardResponse(feilCard(t.feil.uventet(ref)));
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
    await ctx.sendActivity(cardMessage(erElev(this.d.ktx, aktor) ? elevHilsen(this.d.ktx, aktor) : velkomstCard()));
  }

  private async replyToMessage(ctx: TurnContext): Promise<void> {
    if (!erPersonligChat(ctx.activity)) {
      await ctx.sendActivity(t.velkomst.bareIPersonligChat);
      return;
    }
    const ord = (ctx.activity.text ?? '').trim().toLowerCase().replace(/[.!?]+$/, '');
    const aktor = aktorFra(ctx.activity);
    if (erElev(this.d.ktx, aktor)) {
      // A pupil (issue 25): whatever they write, the form to tell an adult (a greeting shows the welcome).
      await ctx.sendActivity(cardMessage(HILSEORD.has(ord) ? elevHilsen(this.d.ktx, aktor) : elevSkjema(this.d.ktx, aktor)));
    } else if (HILSEORD.has(ord)) {
      await ctx.sendActivity(cardMessage(velkomstCard()));
    } else if (SKJEMAORD.has(ord)) {
      await ctx.sendActivity(cardMessage(this.skjemaFor(ctx)));
    } else {
      await ctx.sendActivity(t.velkomst.hjelp);
    }
  }

  private skjemaFor(ctx: TurnContext): Card {
    const aktor = aktorFra(ctx.activity);
    if (!aktor) return feilCard(t.feil.ukjentBruker);
    const skjema = getVarselForm(this.d.ktx, aktor);
    return skjema.ok ? varselskjema(skjema.verdi, { skjemaId: this.d.ktx.nyId() }) : feilCardFor(skjema.feil);
  }
}
