/**
 * The Bot Framework envelope the bot accepts on /api/messages, checked before botbuilder sees it.
 * botbuilder trusts the envelope: a missing `conversation`, a `type` that is not a string or an
 * invoke it does not know end in a 500 or 501 whose body is the SDK's own error text. Here a
 * malformed activity is a 400 with a Norwegian message instead, and botbuilder only gets
 * activities whose shape it can handle. Fields the app does not read pass through unchecked,
 * except those botbuilder itself parses (timestamps, attachments, entities).
 */
import { z } from 'zod';
import { GUID } from '../src/domain/organisasjonSkjema';
import '../src/i18n/zodNorsk';

/** Activity types Teams sends a bot; others (traces, invoke responses, handoffs) are not for us. */
const AKTIVITETSTYPER = [
  'message',
  'conversationUpdate',
  'installationUpdate',
  'invoke',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'typing',
  'event',
  'endOfConversation',
] as const;

/** The invokes the bot answers (Universal Actions); any other invoke would get botbuilder's 501. */
const INVOKE_NAVN = ['adaptiveCard/action'] as const;

/** Universal Actions only: botbuilder answers any other action type with its own English error. */
const CARD_ACTION = z.looseObject({ type: z.literal('Action.Execute') });

const id = z.string().trim().min(1).max(1024);
const valgfriTekst = (maks: number) => z.string().max(maks).nullish();
const tidspunkt = z.string().max(64).refine((s) => !Number.isNaN(Date.parse(s))).nullish();
const konto = z.looseObject({ id, aadObjectId: valgfriTekst(64), name: valgfriTekst(1024), role: valgfriTekst(64) });
/**
 * The sender's Entra object id is who acts (bot/aktor.ts) and who is stored as the reporter: it is a
 * well-formed object id or the activity is refused — never trimmed, unbraced or guessed at.
 */
const avsender = konto.extend({ aadObjectId: z.string().regex(GUID).nullish() });

const konvoluttSkjema = z
  .looseObject({
    type: z.enum(AKTIVITETSTYPER),
    id: valgfriTekst(1024),
    channelId: id,
    serviceUrl: z
      .string()
      .max(2048)
      .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol)),
    from: avsender,
    recipient: konto,
    conversation: z.looseObject({ id, tenantId: valgfriTekst(64), conversationType: valgfriTekst(64), isGroup: z.boolean().nullish() }),
    channelData: z.record(z.string(), z.unknown()).nullish(),
    name: valgfriTekst(256),
    text: valgfriTekst(100_000),
    textFormat: valgfriTekst(32),
    locale: valgfriTekst(64),
    replyToId: valgfriTekst(1024),
    action: valgfriTekst(64),
    timestamp: tidspunkt,
    localTimestamp: tidspunkt,
    expiration: tidspunkt,
    membersAdded: z.array(konto).max(1000).nullish(),
    membersRemoved: z.array(konto).max(1000).nullish(),
    attachments: z.array(z.record(z.string(), z.unknown())).max(100).nullish(),
    entities: z.array(z.record(z.string(), z.unknown())).max(100).nullish(),
  })
  .superRefine((a, ctx) => {
    if (a.type !== 'invoke') return;
    // A card click with a broken value is the bot's to answer (with an error card, so Teams does not retry).
    if (!INVOKE_NAVN.includes(a.name as (typeof INVOKE_NAVN)[number])) ctx.addIssue({ code: 'custom', path: ['name'], message: 'ukjent invoke' });
    else if (!a.value || typeof a.value !== 'object' || Array.isArray(a.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'mangler' });
    else if ('action' in a.value && !CARD_ACTION.safeParse(a.value.action).success) ctx.addIssue({ code: 'custom', path: ['value', 'action'], message: 'ugyldig' });
  });

export type KonvoluttResultat = { ok: true } | { ok: false; felt: string[] };

/** Whether botbuilder may be given this request body; otherwise which fields are wrong (names only, never values). */
export function sjekkKonvolutt(body: unknown): KonvoluttResultat {
  const r = konvoluttSkjema.safeParse(body);
  if (r.success) return { ok: true };
  return { ok: false, felt: [...new Set(r.error.issues.map((i) => i.path.join('.') || '(aktivitet)'))] };
}
