/**
 * `npm run package [-- --env dev]`: fills the manifest template from environment values (env/.env.<name>
 * and env/.env.<name>.user when --env is given; variables already set in the shell win), validates it
 * against Teams' schemas and writes manifest/build/skolemiljo[.<name>].zip, ready to upload.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { lagAppPakke, lesPakkeMiljo, MANIFEST_MAPPE, PakkeFeil, skrivAppPakke } from './pakke';

function lesMiljofiler(navn: string | undefined): Record<string, string> {
  if (!navn) return {};
  const mappe = path.join(MANIFEST_MAPPE, '..', 'env');
  const filer = [`.env.${navn}`, `.env.${navn}.user`].map((f) => path.join(mappe, f)).filter((f) => fs.existsSync(f));
  if (!filer.length) throw new PakkeFeil([`--env ${navn}: fant verken env/.env.${navn} eller env/.env.${navn}.user`]);
  return Object.assign({}, ...filer.map((f) => parseEnv(fs.readFileSync(f, 'utf8')))) as Record<string, string>;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--env');
  const miljonavn = i >= 0 ? process.argv[i + 1] : undefined;
  if (i >= 0 && !miljonavn) throw new PakkeFeil(['--env trenger et navn, f.eks. --env dev']);
  const miljo = lesPakkeMiljo({ ...lesMiljofiler(miljonavn), ...process.env });
  const zip = path.join(MANIFEST_MAPPE, 'build', `skolemiljo${miljonavn ? `.${miljonavn}` : ''}.zip`);
  await skrivAppPakke(lagAppPakke(miljo), zip);
  process.stdout.write(`Apppakken er skrevet: ${path.relative(process.cwd(), zip)}\nLast den opp i Teams (Apper → Administrer appene dine → Last opp en app) eller i Teams Admin Center.\n`);
}

main().catch((e: unknown) => {
  if (e instanceof PakkeFeil) process.stderr.write(`Apppakken ble ikke laget:\n  ${e.feil.join('\n  ')}\n`);
  else process.stderr.write(`Apppakken ble ikke laget: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
