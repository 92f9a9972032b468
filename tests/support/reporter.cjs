// Mocha's spec reporter, then where the time went (per folder of tests/ and the slowest files: the
// tests' and hooks' own durations, which mocha measures in the worker that ran them, so the figures
// hold in parallel mode too), then, last of all, one plain closing line ("N passed, N failed") that CI reads.
const path = require('node:path');
const Mocha = require('mocha');

const { EVENT_TEST_END, EVENT_HOOK_END, EVENT_RUN_END } = Mocha.Runner.constants;
const SLOWEST = 15;

const seconds = (ms) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

/** tests/tab/sak.test.ts → tab; tests/krasj.test.ts → (tests/). Root hooks have no file. */
function relative(file) {
  return file ? path.relative(process.cwd(), file) : '(root hooks)';
}
function folder(rel) {
  const parts = rel.split(path.sep);
  return parts.length > 2 && parts[0] === 'tests' ? parts[1] : '(tests/)';
}

class SpecWithTimes extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const perFile = new Map();
    const add = (runnable) => {
      const rel = relative(runnable.file);
      perFile.set(rel, (perFile.get(rel) ?? 0) + (runnable.duration ?? 0));
    };
    runner.on(EVENT_TEST_END, add);
    runner.on(EVENT_HOOK_END, add);
    runner.once(EVENT_RUN_END, () => {
      // In parallel mode this process started the workers: its age is the run's wall time.
      const wall = process.uptime() * 1000;
      const perFolder = new Map();
      for (const [rel, ms] of perFile) perFolder.set(folder(rel), (perFolder.get(folder(rel)) ?? 0) + ms);
      const sum = [...perFile.values()].reduce((a, b) => a + b, 0);
      const byTime = (a, b) => b[1] - a[1];
      const lines = [
        '',
        `Where the time went: ${seconds(sum).trim()} in tests and hooks over ${seconds(wall).trim()} since mocha started (${[...perFile.keys()].filter((f) => f.endsWith('.ts')).length} test files)`,
        '  per folder of tests/:',
        ...[...perFolder].sort(byTime).map(([f, ms]) => `  ${seconds(ms)}  ${f}`),
        `  the ${Math.min(SLOWEST, perFile.size)} slowest files:`,
        ...[...perFile].sort(byTime).slice(0, SLOWEST).map(([f, ms]) => `  ${seconds(ms)}  ${f}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
    this.stats = runner.stats;
  }

  /** Mocha calls this last, after the global teardown (which prints the log guard's count in parallel mode). */
  done(failures, fn) {
    const s = this.stats;
    process.stdout.write(`\n${s.passes} passed, ${s.failures} failed, ${s.pending} skipped\n`);
    fn(failures);
  }
}

module.exports = SpecWithTimes;
