/**
 * What every command-line tool (archive:mark, audit:verify) does first: read the configuration
 * from the environment and open the configured store, or say in one Norwegian line why not.
 */
import { lesKonfig, type Konfig } from './config';
import { openStore } from './compose';
import type { Store } from './store/port';

export async function openStoreForCommand(
  env: Record<string, string | undefined>,
  print: (linje: string) => void,
): Promise<{ konfig: Konfig; store: Store } | undefined> {
  const k = lesKonfig(env);
  if (!k.ok) {
    print(`Konfigurasjonsfeil:\n  ${k.feil.join('\n  ')}`);
    return undefined;
  }
  try {
    return { konfig: k.konfig, store: await openStore(k.konfig) };
  } catch (e) {
    print(`Kunne ikke åpne lagringen: ${(e as Error).message}`);
    return undefined;
  }
}
