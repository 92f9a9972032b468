/**
 * The app as a real process (src/main.ts in a child), and how a test talks to it as Teams would:
 * an activity from a person, the varsel form sent as Action.Execute, and waiting until the
 * connector stand-in has gone quiet. Shared by the two-instance test and the SIGKILL test.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ConnectorStandIn } from './connector';
import { BOT_ID } from './botHarness';
import { DEMO, varselSkjema } from './appKontekst';
import { sakIdPaa } from '../bot/hjelpere';
import { falskKlokke } from './falskKlokke';

const ROT = path.resolve(__dirname, '../..');

export interface Instans {
  url: string;
  barn: ChildProcessWithoutNullStreams;
  /** Resolves with the exit code (null when killed by a signal). */
  avsluttet: Promise<number | null>;
  stopp(): Promise<number | null>;
}

/** Starts src/main.ts with `env`; resolves once it listens and has read the organisation. `linje` gets each stdout line (its logs). */
export async function startInstans(env: Record<string, string>, linje?: (l: string) => void): Promise<Instans> {
  const barn = spawn(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'src/main.ts'], { cwd: ROT, env: { PATH: process.env.PATH ?? '', ...falskKlokke(), ...env } });
  let ut = '';
  let rest = '';
  let feil = '';
  barn.stderr.on('data', (d: Buffer) => (feil += d.toString()));
  const avsluttet = new Promise<number | null>((r) => barn.on('exit', r));
  barn.stdout.on('data', (d: Buffer) => {
    if (!linje) return;
    const deler = (rest + d.toString()).split('\n');
    rest = deler.pop() ?? '';
    for (const l of deler) if (l.trim()) linje(l);
  });
  const url = await new Promise<string>((resolve, reject) => {
    barn.stdout.on('data', (d: Buffer) => {
      ut += d.toString();
      const m = /lytter på (http:\/\/localhost:\d+)/.exec(ut);
      if (m && /organisasjon:/.test(ut)) resolve(m[1]!);
    });
    void avsluttet.then((kode) => reject(new Error(`instansen stoppet (${kode}): ${feil}`)));
  });
  return {
    url,
    barn,
    avsluttet,
    stopp: async () => {
      barn.kill('SIGTERM');
      return avsluttet;
    },
  };
}

export function aktivitet(connector: ConnectorStandIn, oid: string, type: string, ekstra: Record<string, unknown>): Record<string, unknown> {
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: `29:${oid}`, name: '', aadObjectId: oid },
    recipient: { id: BOT_ID, name: 'Skolemiljø' },
    conversation: { id: `a:personlig-${oid}`, conversationType: 'personal', tenantId: DEMO.tenantId },
    channelData: { tenant: { id: DEMO.tenantId } },
    locale: 'nb-NO',
    ...ekstra,
  };
}

/** Sends the varsel form (Action.Execute send_varsel) to one instance; returns the receipt's case id. */
export async function sendVarsel(i: Pick<Instans, 'url'>, connector: ConnectorStandIn, oid: string, skjemaId: string, overstyr: Record<string, string> = {}): Promise<string> {
  const invoke = aktivitet(connector, oid, 'invoke', {
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: 'send_varsel', data: { skjemaId, ...varselSkjema(overstyr) } }, trigger: 'manual' },
  });
  const svar = await fetch(`${i.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(invoke) });
  const body = (await svar.json()) as { value?: Record<string, unknown> };
  assert.equal(svar.status, 200, JSON.stringify(body));
  return sakIdPaa(body.value!);
}

/** Waits until the connector has had no new call for `stilleMs` (the outboxes are done). */
export async function naarStille(connector: ConnectorStandIn, stilleMs: number, maksMs: number): Promise<void> {
  const start = Date.now();
  let sist = -1;
  let sidenEndring = Date.now();
  while (Date.now() - start < maksMs) {
    if (connector.opptak.length !== sist) {
      sist = connector.opptak.length;
      sidenEndring = Date.now();
    } else if (Date.now() - sidenEndring >= stilleMs) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('leveringen ble ikke ferdig');
}
