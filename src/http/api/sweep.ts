/**
 * POST /api/jobs/sweep: a cloud timer starts the reminder sweep when the app runs on several
 * instances. POST /api/jobs/levering: a sweep run elsewhere (`npm run sweep`) wakes the running
 * app's delivery, so the reminders it queued go out now rather than at the outbox's next full check. Authorised by a shared secret (JOBS_SECRET) in `Authorization: Bearer …`, compared
 * in constant time; without a configured secret the endpoint refuses everyone. It never answers
 * 5xx: a sweep that could not finish (the store is down) answers 200 with `fullfort: false`: the
 * timer's next tick sweeps again, and a half-done sweep lost nothing (each reminder is claimed
 * with its notifications in one write).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import type { SveipResultat } from '../../app/paaminnelser/sweep';

export interface SweepRouteDeps {
  /** Empty or undefined: no caller is let in. */
  secret: string | undefined;
  runOnce: () => Promise<SveipResultat>;
  /** Starts a delivery pass over every list at once (it does not wait for it). */
  vekkLevering: () => void;
}

/** Hashing first gives both sides one length, so timingSafeEqual compares without leaking the secret's length. */
export function sammeHemmelighet(gitt: string, forventet: string): boolean {
  const a = createHash('sha256').update(gitt).digest();
  const b = createHash('sha256').update(forventet).digest();
  return timingSafeEqual(a, b) && gitt.length > 0;
}

export function mountSweep(server: restify.Server, deps: SweepRouteDeps): void {
  /** Whether the request carries the shared secret; answers 401 when not. */
  const slippInn = (req: restify.Request, res: restify.Response): boolean => {
    const header = req.header('authorization') ?? '';
    const gitt = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (deps.secret && sammeHemmelighet(gitt, deps.secret)) return true;
    res.header('WWW-Authenticate', 'Bearer');
    res.send(401, { feil: 'Mangler eller feil hemmelighet for jobber.' });
    return false;
  };
  server.post('/api/jobs/sweep', async (req: restify.Request, res: restify.Response) => {
    if (!slippInn(req, res)) return;
    try {
      const r = await deps.runOnce();
      res.send(200, { fullfort: true, ...r });
    } catch {
      // Logged by the runner, with ids only.
      res.send(200, { fullfort: false, feil: 'Sveipet kunne ikke fullføres nå. Ingenting er tapt: neste sveip prøver igjen.' });
    }
  });
  server.post('/api/jobs/levering', async (req: restify.Request, res: restify.Response) => {
    if (!slippInn(req, res)) return;
    deps.vekkLevering();
    res.send(202, { startet: true });
  });
}
