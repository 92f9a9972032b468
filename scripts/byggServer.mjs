/**
 * `npm run build:server`: the server (src/ and bot/) transpiled file by file to dist/ with esbuild,
 * so production runs `node dist/src/main.js` with no TypeScript at run time. Types are checked by
 * `npm test` (tsc); this step only translates. `--outdir <dir>` builds elsewhere (the test does).
 */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--outdir');
const ut = path.resolve(rot, i >= 0 ? process.argv[i + 1] : 'dist');

fs.rmSync(ut, { recursive: true, force: true });
await build({
  absWorkingDir: rot,
  entryPoints: ['src/**/*.ts', 'bot/**/*.ts'],
  outdir: ut,
  outbase: '.',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
process.stdout.write(`Serveren er bygget til ${path.relative(process.cwd(), ut) || '.'} (start: npm run start:prod)\n`);
