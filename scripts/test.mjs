/**
 * `npm test`: the typecheck (server and tab), lint and the mocha suite at once, and at the end each
 * step's time. The suite runs in mocha's parallel mode, each test file alone in a worker (`--jobs`,
 * default 3 on this project's 2-core machine: the tests wait on child processes, sockets and a browser
 * more than they compute — on 2026-12-07, at load 6–11, 3 workers took 4:11 and 81 % of the CPU, 2
 * workers 5:34 and 57 %). Mocha's output streams as files finish; the other steps' output is
 * printed when they end. Exits non-zero if any step failed.
 *
 *   node scripts/test.mjs [--jobs N]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const ROT = path.resolve(import.meta.dirname, '..');
const bin = (navn) => path.join(ROT, 'node_modules', '.bin', navn);
const jobsArg = process.argv.indexOf('--jobs');
const JOBS = jobsArg > 0 ? process.argv[jobsArg + 1] : '3';

// The longest files start first, so that none is left to run alone at the end; the SharePoint tests,
// whose stand-in answers are timed, after the first burst of typecheck and lint. Mocha hands files to
// the workers in the order given (in parallel mode it runs a file named twice twice, so the list is
// built here, each file once). The order is from the figures `npm test` prints (its slowest files);
// a file missing here only costs some wall time.
const FORST = [
  'tests/tab/sak.test.ts',
  'tests/tab/org.test.ts',
  'tests/tab/tab.test.ts',
  'tests/krasj.test.ts',
  'tests/startup.test.ts',
  'tests/app/tilgangsmatrise.test.ts',
  'tests/store/sharepoint/SharePointStore.test.ts',
  'tests/bot/tilgang.test.ts',
  'tests/sweepCli.test.ts',
  'tests/scaleout.test.ts',
];

const alleTester = fs
  .readdirSync(path.join(ROT, 'tests'), { recursive: true })
  .map((f) => path.posix.join('tests', f.split(path.sep).join('/')))
  .filter((f) => f.endsWith('.test.ts') && !f.split('/').some((del) => del.startsWith('.')))
  .sort();
const TESTER = [...new Set([...FORST.filter((f) => alleTester.includes(f)), ...alleTester])];

// Typecheck and lint run at a lower CPU priority (nice), so on a busy machine they take the time the
// tests leave, and the tests' client time-outs do not compete with them.
const NICE = fs.existsSync('/usr/bin/nice') ? ['/usr/bin/nice', '-n', '10'] : [];
const lavt = (cmd, args) => (NICE.length ? { cmd: NICE[0], args: [...NICE.slice(1), cmd, ...args] } : { cmd, args });

const STEG = [
  { navn: 'tests (mocha --parallel)', cmd: bin('mocha'), args: ['--parallel', '--jobs', JOBS, ...TESTER], direkte: true },
  { navn: 'typecheck (server)', ...lavt(bin('tsc'), ['-p', '.']) },
  { navn: 'typecheck (tab)', ...lavt(bin('tsc'), ['-p', 'tab']) },
  { navn: 'lint', ...lavt(bin('eslint'), ['.']) },
];

const start = Date.now();
const sekunder = (ms) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

function kjor({ navn, cmd, args, direkte }) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const barn = spawn(cmd, args, { cwd: ROT, stdio: direkte ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let ut = '';
    barn.stdout?.on('data', (d) => (ut += d));
    barn.stderr?.on('data', (d) => (ut += d));
    barn.on('error', (e) => resolve({ navn, kode: 1, ms: Date.now() - t0, ut: String(e) }));
    barn.on('close', (kode) => {
      const ms = Date.now() - t0;
      if (!direkte && ut.trim()) process.stdout.write(`\n── ${navn} ──\n${ut.trimEnd()}\n`);
      resolve({ navn, kode: kode ?? 1, ms });
    });
  });
}

const resultater = await Promise.all(STEG.map(kjor));
const linjer = resultater.map((r) => `  ${r.navn.padEnd(26)}${sekunder(r.ms)}  ${r.kode === 0 ? 'ok' : `FEILET (${r.kode})`}`);
process.stdout.write(`\nnpm test, step by step (all at once, ${JOBS} test workers):\n${linjer.join('\n')}\n  ${'wall'.padEnd(26)}${sekunder(Date.now() - start)}\n`);
process.exit(resultater.every((r) => r.kode === 0) ? 0 : 1);
