/**
 * botbuilder answers an error outside the turn (one onTurnError never sees) with a 5xx whose body is
 * the SDK's error message. That text is for our logs, not for whoever sent the request: the body
 * becomes a reference to the log line, which names the status only.
 */
import { randomUUID } from 'node:crypto';
import type restify from 'restify';
import { nb } from '../src/i18n/aktiv';
import type { Logger } from '../src/logging';

export function utenInternFeiltekst(res: restify.Response, log: Logger): restify.Response {
  let status = 200;
  return new Proxy(res, {
    get(target, prop, receiver) {
      if (prop === 'status') {
        return (s: number) => {
          status = s;
          return target.status(s);
        };
      }
      if (prop === 'send') {
        return (body?: unknown) => {
          if (status < 500) return target.send(body);
          const ref = randomUUID().slice(0, 8);
          log.error({ ref, status }, 'bot-endepunktet svarte med intern feil');
          return target.send({ status, title: nb.http.intern(ref) });
        };
      }
      const verdi = Reflect.get(target, prop, receiver) as unknown;
      return typeof verdi === 'function' ? (verdi as (...a: unknown[]) => unknown).bind(target) : verdi;
    },
  });
}
