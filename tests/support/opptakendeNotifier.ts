/**
 * A Notifier for use-case tests: records every card sent or updated, and answers for a person as
 * told (unreachable, throttled, failed). The bot tests drive the real connector path instead.
 */
import type { SakView } from '../../src/app/sakView';
import type { AdminMessage, Anledning, Notifier, NotifyResult, PaaminnelseView } from '../../src/app/notifier';

export class OpptakendeNotifier implements Notifier {
  sendt: { til: string; anledning: Anledning; visning: SakView; activityId: string; melding?: string }[] = [];
  oppdatert: { til: string; activityId: string; visning: SakView; melding?: string }[] = [];
  skjult: { til: string; activityId: string }[] = [];
  admin: { til: string; melding: AdminMessage }[] = [];
  /** Reminder cards that are not case cards (bekreftelser, evaluation forms). */
  paminnelser: { til: string; visning: PaaminnelseView }[] = [];
  /** What to answer for a person instead of delivering. */
  svar = new Map<string, NotifyResult>();
  private n = 0;

  async sendSak(til: string, view: SakView, anledning: Anledning, message?: string): Promise<NotifyResult> {
    const s = this.svar.get(til);
    if (s && !s.ok) return s;
    const activityId = `kort-${++this.n}`;
    this.sendt.push({ til, anledning, visning: view, activityId, ...(message ? { melding: message } : {}) });
    return { ok: true, conversationId: `samtale-${til}`, activityId };
  }

  async oppdaterSak(til: string, kopi: { activityId: string }, view: SakView, _deliveries?: unknown, message?: string): Promise<NotifyResult> {
    this.oppdatert.push({ til, activityId: kopi.activityId, visning: view, ...(message ? { melding: message } : {}) });
    return { ok: true, conversationId: `samtale-${til}`, activityId: kopi.activityId };
  }

  async skjulSak(til: string, kopi: { activityId: string }): Promise<NotifyResult> {
    this.skjult.push({ til, activityId: kopi.activityId });
    return { ok: true, conversationId: `samtale-${til}`, activityId: kopi.activityId };
  }

  async sendPaaminnelse(til: string, view: PaaminnelseView): Promise<NotifyResult> {
    const s = this.svar.get(til);
    if (s && !s.ok) return s;
    this.paminnelser.push({ til, visning: view });
    return { ok: true, conversationId: `samtale-${til}`, activityId: `paminnelse-${++this.n}` };
  }

  async sendAdminMessage(til: string, message: AdminMessage): Promise<NotifyResult> {
    const s = this.svar.get(til);
    if (s && !s.ok) return s;
    this.admin.push({ til, melding: message });
    return { ok: true, conversationId: `samtale-${til}`, activityId: `admin-${++this.n}` };
  }
}
