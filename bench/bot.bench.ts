/**
 * Bot turn time: a varsel submit (Action.Execute invoke → submitVarsel on the embedded SQLite store →
 * receipt card) against a plain botbuilder echo turn (message → one reply through the connector),
 * both over HTTP through a CloudAdapter in the same process and run. The two kinds alternate, so
 * GC, JIT and machine noise fall on both alike. Targets (issue 3): p50 ratio ≤ 1.5, submit p95 < 50 ms.
 *
 * The outbox delivery a submit starts is asynchronous to the turn (the person has the receipt before
 * any receiver is reached), but the client here shares the process with it. So it is measured twice:
 * with delivery held back during the timed window (the turn alone), and with delivery running as in
 * production (kicked after each response, competing for the same event loop as the next turns).
 *
 * The app is started by the tests' harness (createApp, demo organisation, connector stand-in); the
 * echo bot runs on the app's own CloudAdapter, mounted on the app's own server.
 */
import { performance } from 'node:perf_hooks';
import { ActivityHandler } from 'botbuilder';
import { DEMO, varselSkjema } from '../tests/support/appKontekst';
import { BotHarness } from '../tests/support/botHarness';
import { runIfMain } from './runDirect';
import { jsonKropp } from '../src/http/jsonKropp';

const N = Number(process.env.BOT_BENCH_N ?? 300);
const OPPVARMING = 30;
const MAAL = { forhold: 1.5, p95Ms: 50 };

class EkkoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (ctx, next) => {
      await ctx.sendActivity(ctx.activity.text ?? '');
      await next();
    });
  }
}

function persentil(verdier: number[], p: number): number {
  const sortert = [...verdier].sort((a, b) => a - b);
  return sortert[Math.min(sortert.length - 1, Math.ceil((p / 100) * sortert.length) - 1)]!;
}

async function tid(arbeid: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await arbeid();
  return performance.now() - start;
}

export async function runBotBench(): Promise<void> {
  const h = await BotHarness.start();
  try {
    const ekkoBot = new EkkoBot();
    // The same body reader as /api/messages (the server has no global body parser), so echo and submit pay alike.
    h.app.server.post('/api/ekko', jsonKropp(), async (req, res) => {
      await h.app.bot.adapter.process(req, res, (ctx) => ekkoBot.run(ctx));
    });

    const kick = h.app.outbox.kick.bind(h.app.outbox);
    h.app.outbox.kick = () => undefined;
    const varslere = [DEMO.vaktmester, DEMO.laerer, DEMO.laerer2, DEMO.laerer3].map((oid) => h.bruker(oid));
    for (const v of varslere) await v.skriv('hei');
    const ekko = h.bruker(DEMO.laerer);

    const submit = async (i: number) => {
      const v = varslere[i % varslere.length]!;
      const ms = await tid(() => v.klikk('send_varsel', { skjemaId: `bench-${i.toString().padStart(8, '0')}`, ...varselSkjema() }));
      await h.leverAlt();
      return ms;
    };
    const ekkoTur = () =>
      tid(async () => {
        const res = await fetch(`${h.url}/api/ekko`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ekko.aktivitet('message', { text: 'ekko' })) });
        if (res.status >= 300) throw new Error(`ekko ga HTTP ${res.status}`);
        await res.arrayBuffer();
      });

    for (let i = 0; i < OPPVARMING; i++) {
      await submit(N + i);
      await ekkoTur();
    }
    const maalt = { submit: [] as number[], ekko: [] as number[] };
    for (let i = 0; i < N; i++) {
      maalt.submit.push(await submit(i));
      maalt.ekko.push(await ekkoTur());
    }
    if (h.invalidCards().length > 0) throw new Error(`ugyldige kort i benchmarken:\n${h.invalidCards().join('\n')}`);

    const s = { p50: persentil(maalt.submit, 50), p95: persentil(maalt.submit, 95) };
    const e = { p50: persentil(maalt.ekko, 50), p95: persentil(maalt.ekko, 95) };
    const forhold = s.p50 / e.p50;
    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    const linjer = [
      `bot (N=${N}, embedded SQLite, over HTTP through CloudAdapter):`,
      `  varsel submit (invoke)  p50 ${f(s.p50)}  p95 ${f(s.p95)}`,
      `  echo turn (message)     p50 ${f(e.p50)}  p95 ${f(e.p95)}`,
      `  ratio submit/echo       p50 ${forhold.toFixed(2)}  p95 ${(s.p95 / e.p95).toFixed(2)}   target p50 ratio ≤ ${MAAL.forhold}: ${forhold <= MAAL.forhold ? 'met' : 'NOT met'}`,
      `  submit p95 target < ${MAAL.p95Ms} ms: ${s.p95 < MAAL.p95Ms ? 'met' : 'NOT met'}`,
    ];

    // The same submits with delivery running as in production: kicked after each response.
    h.app.outbox.kick = kick;
    const samtidig: number[] = [];
    for (let i = 0; i < N; i++) {
      const v = varslere[i % varslere.length]!;
      samtidig.push(await tid(() => v.klikk('send_varsel', { skjemaId: `bench-samtidig-${i.toString().padStart(8, '0')}`, ...varselSkjema() })));
    }
    await h.leverAlt();
    const m = { p50: persentil(samtidig, 50), p95: persentil(samtidig, 95) };
    linjer.push(
      `  with delivery running in the same process (3 cards and audit per varsel, as in production):`,
      `  varsel submit (invoke)  p50 ${f(m.p50)}  p95 ${f(m.p95)}   ratio to echo p50 ${(m.p50 / e.p50).toFixed(2)}`,
    );
    process.stdout.write(`${linjer.join('\n')}\n`);
  } finally {
    await h.stopp();
  }
}

runIfMain(module, runBotBench);
