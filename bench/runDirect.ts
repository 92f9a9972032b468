/** Lets a bench file run on its own (`node --import tsx bench/x.bench.ts`) as well as from bench/index.ts. */
export function runIfMain(mod: NodeModule, bench: () => Promise<void>): void {
  if (require.main !== mod) return;
  bench().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
