/**
 * Conversation references: taken from a person's activity (to store), and turned back into a
 * botbuilder ConversationReference (to send proactively).
 */
import type { Activity, ConversationReference } from 'botbuilder';
import type { Samtale } from '../src/store/samtaleRepo';
import { aktorFra } from './aktor';

export function samtaleFra(activity: Activity, naa: Date): Samtale | undefined {
  const aktor = aktorFra(activity);
  if (!aktor || !activity.from?.id || !activity.conversation?.id || !activity.serviceUrl) return undefined;
  return {
    oid: aktor.oid,
    teamsId: activity.from.id,
    conversationId: activity.conversation.id,
    serviceUrl: activity.serviceUrl,
    tenantId: aktor.tenantId,
    botId: activity.recipient?.id ?? '',
    oppdatert: naa.toISOString(),
  };
}

export function referanse(s: Pick<Samtale, 'oid' | 'teamsId' | 'serviceUrl' | 'tenantId' | 'botId'>, conversationId: string): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: s.serviceUrl,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: s.tenantId, isGroup: false, name: '' },
    bot: { id: s.botId, name: '' },
    user: { id: s.teamsId, aadObjectId: s.oid, name: '' },
  };
}
