/**
 * Builds the tab when its build is missing or older than its sources, so `npm start` and the
 * browser tests always serve the tab as the sources say, without paying for a build each time.
 * The build lists the files it bundled (dist/.kilder.json, written by the plugin in
 * vite.config.mts); a change to any of them, or to the installed packages, makes it stale.
 *
 * `node --import tsx tab/bygg.ts` builds if stale; with `--alltid` it always builds.
 */
import fs from 'node:fs';
import path from 'node:path';

export const faneMappe = __dirname;
export const byggMappe = path.join(__dirname, 'dist');
const kildeliste = path.join(byggMappe, '.kilder.json');
const låsfil = path.join(__dirname, '..', 'package-lock.json');

function endret(fil: string): number {
  try {
    return fs.statSync(fil).mtimeMs;
  } catch {
    return Infinity; // a source that is gone: the build is stale
  }
}

export function byggetErGjeldende(): boolean {
  let kilder: string[];
  try {
    kilder = JSON.parse(fs.readFileSync(kildeliste, 'utf8')) as string[];
  } catch {
    return false;
  }
  const bygget = endret(kildeliste);
  return [...kilder, låsfil].every((fil) => endret(fil) <= bygget);
}

export async function byggFane(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(__dirname, 'vite.config.mts') });
}

/** Builds unless the last build is still current. Returns whether it built. */
export async function sørgForByggetFane(): Promise<boolean> {
  if (byggetErGjeldende()) return false;
  await byggFane();
  return true;
}

if (require.main === module) {
  const alltid = process.argv.includes('--alltid');
  (alltid ? byggFane().then(() => true) : sørgForByggetFane()).then(
    (bygde) => process.stdout.write(bygde ? `Fanen er bygget til ${byggMappe}\n` : 'Fanen er allerede bygget.\n'),
    (e: unknown) => {
      process.stderr.write(`Klarte ikke å bygge fanen: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
