/**
 * `npm run audit:verify`: checks the audit log's hash chain in the configured store (SQLite or
 * SharePoint, from the same variables as the app) and names the first broken link. Exit code 0
 * when the chain holds, 1 when it is broken, 2 when the store could not be read. Prints the head
 * hash: copied somewhere the app cannot write, it anchors everything logged before it.
 */
import { openStoreForCommand } from './commandStore';
import { verifiserKjede } from './store/auditChain';

export async function main(env: Record<string, string | undefined>, print: (linje: string) => void): Promise<number> {
  const apnet = await openStoreForCommand(env, print);
  if (!apnet) return 2;
  const { konfig, store } = apnet;
  try {
    const r = await verifiserKjede(store);
    const hvor = konfig.STORE === 'sqlite' ? `SQLite i ${konfig.DATA_DIR}` : `SharePoint-området ${konfig.SHAREPOINT_SITE_ID}`;
    if (r.ok) {
      print(`Revisjonsloggen er hel: ${r.antall} poster i ${hvor}.\nKjedens hode: ${r.hode}`);
      return 0;
    }
    print(`Revisjonsloggen er BRUTT ved post nr. ${r.brudd.nr}: ${r.brudd.grunn}.\n${r.antall} poster før bruddet er hele (${hvor}).`);
    return 1;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  // A separate entry point (not the app), so it reads its own configuration from the environment.
  // eslint-disable-next-line no-restricted-properties
  const env = process.env;
  // eslint-disable-next-line no-console
  void main(env, (linje) => console.log(linje)).then((kode) => (process.exitCode = kode));
}
