/**
 * The Notifier port (src/app/notifier.ts) over Teams proactive messaging. The app decides what is sent
 * to whom and what a failure means; this file only knows how to reach a person.
 *
 * Reaching someone who never wrote to the bot: createConversationAsync with the person's Entra object
 * id as the member. Teams accepts an aadObjectId there (or a 29: id) for a 1:1 chat in the person's
 * own tenant, when the app is installed for them (installed by policy counts); otherwise the connector
 * answers 403 BotNotInConversationRoster and the person is 'unreachable'. The 29: id that
 * refresh.userIds needs is then read with GET members/{aadObjectId}, and the new reference is stored.
 *
 * Errors inside a proactive turn must be caught in the turn: botbuilder hands anything thrown there to
 * adapter.onTurnError, which would swallow it (and the outbox would think the card was delivered).
 */
import { sjekkpunktCard } from './cards/sjekkpunkt';
import { tabRoutes } from '../src/http/tabLinks';
import { type Activity, CardFactory, type CloudAdapter, type ConversationParameters, MessageFactory, type TurnContext, TeamsInfo } from 'botbuilder';
import type { AppKontekst } from '../src/app/kontekst';
import type { SakView } from '../src/app/sakView';
import type { Oid } from '../src/domain/organisasjon';
import { osloDato } from '../src/domain/frister';
import type { Delivery } from '../src/domain/sak';
import type { AdminMessage, Anledning, Notifier, NotifyResult, PaaminnelseView } from '../src/app/notifier';
import { bekreftelseOversiktCard } from './cards/bekreftelseOversikt';
import { evalueringCard } from './cards/evalueringCard';
import { plikterCard } from './cards/plikterCard';
import { adminCard } from './cards/adminCard';
import { revisjonCard } from './cards/revisjonCard';
import { rolleendringCard } from './cards/rolleendringCard';
import { elevVilSnakkeCard } from './cards/elevVilSnakkeCard';
import { skjultCard } from './cards/skjultCard';
import type { Samtale, SamtaleRepo } from '../src/store/samtaleRepo';
import type { Card } from './cards/felles';
import { cardForSak } from './cards/cardForSak';
import { type ConnectorFeil, tolkConnectorFeil } from './connectorFeil';
import { cardHolders, cardTypeForKopi } from './cardHolders';
import { referanse } from './samtale';
import { Takt } from './takt';
import { botTekster, elevTekster, skolearTekster } from '../src/i18n/aktiv';

export interface NotifierDeps {
  ktx: AppKontekst;
  samtaler: SamtaleRepo;
  adapter: CloudAdapter;
  botAppId: string;
  defaultServiceUrl: string;
  /** The address of a tab page (src/http/tabLinks.ts), for the cards' «Åpne i fanen». */
  fanelenke: (route: string) => string;
  /** Paces sends to Teams' limits (takt.ts); one per app process. */
  takt?: Takt;
}

type Utfall = Extract<NotifyResult, { ok: true }> | ConnectorFeil;

/** A card as a message; the summary is what lock screens and the activity feed show. */
export function cardMessage(card: Card, summary: string): Partial<Activity> {
  return { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), summary };
}

function somNotifyResult(u: Utfall): NotifyResult {
  if (u.ok) return u;
  const { samtaleBorte: _borte, status: _status, ...r } = u;
  return r;
}

export class TeamsNotifier implements Notifier {
  private readonly takt: Takt;

  constructor(private readonly d: NotifierDeps) {
    this.takt = d.takt ?? new Takt();
  }

  async sendSak(til: Oid, view: SakView, anledning: Anledning, message?: string, deliveries?: readonly Delivery[]): Promise<NotifyResult> {
    // The receiver's conversation is read beside the holders' (send() then finds it read).
    const [{ teamsIds }] = await Promise.all([cardHolders(this.d.ktx, this.d.samtaler, view.id, deliveries), this.d.samtaler.get(til)]);
    const lagCard = (egenTeamsId: string) =>
      cardForSak(view, anledning === 'informert' || anledning === 'meldt' ? 'informasjon' : 'sak', { refreshFor: [egenTeamsId, ...teamsIds], tildeltDeg: anledning === 'tildelt', melding: message, lenke: this.d.fanelenke(tabRoutes.sak(view.id)), idag: osloDato(this.d.ktx.naa()) });
    return this.send(til, lagCard, botTekster.varsling[anledning]);
  }

  async sendPaaminnelse(til: Oid, view: PaaminnelseView): Promise<NotifyResult> {
    if (view.type === 'elev_vil_snakke') return this.send(til, () => elevVilSnakkeCard(view), elevTekster.vilSnakke.tittel);
    const lagCard = (egenTeamsId: string): Card => {
      switch (view.type) {
        case 'plikter':
          return plikterCard(view, egenTeamsId);
        case 'bekreftelse_oversikt':
          return bekreftelseOversiktCard(view);
        case 'rolleendring':
          return rolleendringCard(view);
        case 'sjekkpunkt':
          return sjekkpunktCard(view, this.d.fanelenke(tabRoutes.aarshjul));
        case 'revisjon':
          return revisjonCard(view, this.d.fanelenke(tabRoutes.revisjon));
        case 'evaluering':
          return evalueringCard(view.skjema, { melding: view.melding, teamsId: egenTeamsId, lenke: this.d.fanelenke(tabRoutes.plan(view.skjema.sakId)) });
      }
    };
    return this.send(til, lagCard, view.type === 'sjekkpunkt' ? skolearTekster.paminnelse.sammendrag : botTekster.varsling[view.type]);
  }

  async sendAdminMessage(til: Oid, message: AdminMessage): Promise<NotifyResult> {
    return this.send(til, () => adminCard(message), botTekster.varsling.admin);
  }

  async skjulSak(til: Oid, kopi: { conversationId: string; activityId: string }): Promise<NotifyResult> {
    const samtale = (await this.d.samtaler.get(til)) ?? this.ukjentSamtale(til);
    const utfall = await this.iSamtale(samtale, kopi.conversationId, async (ctx) => {
      await ctx.updateActivity({ ...cardMessage(skjultCard(), botTekster.varsling.oppdatert), id: kopi.activityId });
      return { id: kopi.activityId };
    });
    return somNotifyResult(utfall);
  }

  /** A new card in the person's 1:1 chat (created if needed). */
  private async send(til: Oid, lagCard: (egenTeamsId: string) => Card, summary: string): Promise<NotifyResult> {
    const samtale = await this.d.samtaler.get(til);
    if (samtale) {
      const utfall = await this.iSamtale(samtale, samtale.conversationId, (ctx) => ctx.sendActivity(cardMessage(lagCard(samtale.teamsId), summary)));
      if (utfall.ok || !utfall.samtaleBorte) return somNotifyResult(utfall);
      // The chat is gone (ConversationNotFound): forget it and open a new one, once.
      await this.d.samtaler.glem(til);
      this.d.ktx.log.info({ til }, 'samtalen finnes ikke lenger; oppretter ny');
    }
    return somNotifyResult(await this.nySamtale(til, lagCard, summary));
  }

  async oppdaterSak(til: Oid, kopi: { conversationId: string; activityId: string }, view: SakView, kjente?: readonly Delivery[], message?: string): Promise<NotifyResult> {
    const { teamsIds, leveringer: deliveries } = await cardHolders(this.d.ktx, this.d.samtaler, view.id, kjente);
    const card = cardForSak(view, cardTypeForKopi(deliveries, kopi.activityId), { refreshFor: teamsIds, melding: message, lenke: this.d.fanelenke(tabRoutes.sak(view.id)), idag: osloDato(this.d.ktx.naa()) });
    const samtale = (await this.d.samtaler.get(til)) ?? this.ukjentSamtale(til);
    const utfall = await this.iSamtale(samtale, kopi.conversationId, async (ctx) => {
      await ctx.updateActivity({ ...cardMessage(card, botTekster.varsling.oppdatert), id: kopi.activityId });
      return { id: kopi.activityId };
    });
    return somNotifyResult(utfall);
  }

  /** Runs one proactive turn in a known conversation and returns what happened (never throws a connector error). */
  private async iSamtale(s: Samtale, conversationId: string, send: (ctx: TurnContext) => Promise<{ id?: string } | undefined>): Promise<Utfall> {
    let utfall: Utfall | undefined;
    await this.takt.vent(conversationId);
    try {
      await this.d.adapter.continueConversationAsync(this.d.botAppId, referanse(s, conversationId), async (ctx) => {
        try {
          const svar = await send(ctx);
          utfall = { ok: true, conversationId, activityId: svar?.id ?? '' };
        } catch (e) {
          utfall = tolkConnectorFeil(e);
        }
      });
    } catch (e) {
      utfall = tolkConnectorFeil(e);
    }
    return utfall ?? { ok: false, reason: 'failed', detail: 'ingen tur', samtaleBorte: false };
  }

  private async nySamtale(til: Oid, lagCard: (teamsId: string) => Card, summary: string): Promise<Utfall> {
    const tenantId = this.d.ktx.org.tenantId;
    const botId = this.botId();
    const parametre = {
      isGroup: false,
      bot: { id: botId, name: botTekster.appNavn },
      members: [{ id: til, name: '' }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as ConversationParameters;
    let utfall: Utfall | undefined;
    // Opening the chat, reading the member and posting the card: three requests of the app's budget
    // (the new chat has no earlier messages to pace against).
    for (let i = 0; i < 3; i++) await this.takt.vent();
    try {
      // Audience undefined: the connector's default (api.botframework.com), as the Teams samples pass null.
      await this.d.adapter.createConversationAsync(this.d.botAppId, 'msteams', this.d.defaultServiceUrl, undefined as unknown as string, parametre, async (ctx) => {
        try {
          const conversationId = ctx.activity.conversation.id;
          const teamsId = await this.teamsIdFor(ctx, til);
          await this.d.samtaler.save({ oid: til, teamsId, conversationId, serviceUrl: this.d.defaultServiceUrl, tenantId, botId, oppdatert: this.d.ktx.naa().toISOString() });
          const svar = await ctx.sendActivity(cardMessage(lagCard(teamsId), summary));
          utfall = { ok: true, conversationId, activityId: svar?.id ?? '' };
        } catch (e) {
          utfall = tolkConnectorFeil(e);
        }
      });
    } catch (e) {
      utfall = tolkConnectorFeil(e);
    }
    const resultat = utfall ?? { ok: false, reason: 'failed', detail: 'ingen tur', samtaleBorte: false };
    if (!resultat.ok) this.d.ktx.log.info({ til, reason: resultat.reason, detail: resultat.detail }, 'kunne ikke opprette samtale');
    return resultat;
  }

  /** The person's Teams user id (29:…), for refresh.userIds; '' when Teams will not say (the card still works, without auto-refresh). */
  private async teamsIdFor(ctx: TurnContext, oid: Oid): Promise<string> {
    try {
      return (await TeamsInfo.getMember(ctx, oid)).id ?? '';
    } catch {
      return '';
    }
  }

  private botId(): string {
    return this.d.botAppId ? `28:${this.d.botAppId}` : 'skolemiljo-bot';
  }

  /** A copy whose owner's reference is not stored (e.g. forgotten): the copy's own conversation id is enough to update it. */
  private ukjentSamtale(oid: Oid): Samtale {
    return { oid, teamsId: '', conversationId: '', serviceUrl: this.d.defaultServiceUrl, tenantId: this.d.ktx.org.tenantId, botId: this.botId(), oppdatert: '' };
  }
}
