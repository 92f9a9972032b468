/**
 * Who sent an activity, as the app knows people: Entra object id + tenant. Never the Teams user
 * id or a name, and never anything from the card's data (a forged invoke can put anything there).
 */
import type { Activity } from 'botbuilder';
import type { Aktor } from '../src/app/kontekst';

export function aktorFra(activity: Activity): Aktor | undefined {
  const oid = activity.from?.aadObjectId;
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  if (!oid || !tenantId) return undefined;
  // Entra sends object ids in lower case; the organisation file is normalised the same way.
  // The name Teams shows only names a reporter the organisation does not know; it decides nothing.
  const navn = activity.from?.name?.trim();
  return { oid: oid.toLowerCase(), tenantId: tenantId.toLowerCase(), ...(navn ? { navn } : {}) };
}

/** Teams has personal, groupChat and channel conversations; the bot works in personal chats only. */
export function erPersonligChat(activity: Activity): boolean {
  const type = activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}
