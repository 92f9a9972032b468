/**
 * `npm run archive:mark -- --ref <arkivreferanse> [--sak <saksnummer> …] [--avsluttet-for <YYYY-MM-DD>] [--apply]`:
 * marks closed cases as taken into the municipality's archive (docs/oppbevaring.md). A dry run
 * unless --apply. Deletes nothing. Uses the same configuration as the app (STORE, DATA_DIR or the
 * SharePoint variables). Exit code 0 when done, 1 when a case asked for is unknown or not closed,
 * 2 on wrong arguments or an unreachable store.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { arkivreferanse, markerArkivert } from './app/arkivering';
import { openStoreForCommand } from './commandStore';
import { createLogger } from './logging';
import { lagKontekst } from './app/kontekst';
import { OrgRegister } from './org/register';
import { lesOrganisasjonsfil } from './organisasjonsfil';

const BRUK = 'Bruk: npm run archive:mark -- --ref <arkivreferanse> [--sak <saksnummer> …] [--avsluttet-for ÅÅÅÅ-MM-DD] [--apply]';

export async function main(argv: string[], env: Record<string, string | undefined>, print: (linje: string) => void): Promise<number> {
  let valg;
  try {
    valg = parseArgs({
      args: argv,
      options: { ref: { type: 'string' }, sak: { type: 'string', multiple: true }, 'avsluttet-for': { type: 'string' }, apply: { type: 'boolean', default: false } },
      strict: true,
    }).values;
  } catch (e) {
    print(`${(e as Error).message}\n${BRUK}`);
    return 2;
  }
  const ref = arkivreferanse.safeParse(valg.ref ?? '');
  if (!ref.success) {
    print(`--ref mangler eller er ugyldig: ${ref.error.issues[0]?.message}\n${BRUK}`);
    return 2;
  }
  const dato = valg['avsluttet-for'];
  if (dato !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dato)) {
    print(`--avsluttet-for må være en dato ÅÅÅÅ-MM-DD.\n${BRUK}`);
    return 2;
  }
  const apnet = await openStoreForCommand(env, print);
  if (!apnet) return 2;
  const { konfig, store } = apnet;
  try {
    const fro = konfig.STORE === 'sqlite' ? () => lesOrganisasjonsfil(konfig.ORG_FILE) : undefined;
    const { register } = await OrgRegister.aapne(store, { frø: fro, naa: new Date() });
    const ktx = lagKontekst({ store, register, naa: () => new Date(), nyId: randomUUID, log: createLogger('silent') });
    const r = await markerArkivert(ktx, { referanse: ref.data, saksnumre: valg.sak, avsluttetFor: dato, utfor: valg.apply });
    const liste = (xs: string[]) => (xs.length ? xs.join(', ') : 'ingen');
    print(`${valg.apply ? 'Merket som arkivert' : 'Ville merket som arkivert (prøvekjøring; legg til --apply)'} med referanse ${ref.data}: ${liste(r.merket)}`);
    if (r.alleredeArkivert.length) print(`Allerede merket: ${liste(r.alleredeArkivert)}`);
    if (r.ikkeAvsluttet.length) print(`Ikke avsluttet, ikke merket: ${liste(r.ikkeAvsluttet)}`);
    if (r.ukjente.length) print(`Finnes ikke: ${liste(r.ukjente)}`);
    return r.ikkeAvsluttet.length || r.ukjente.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  // A separate entry point (not the app), so it reads its own configuration from the environment.
  // eslint-disable-next-line no-restricted-properties
  const env = process.env;
  // eslint-disable-next-line no-console
  void main(process.argv.slice(2), env, (linje) => console.log(linje)).then((kode) => (process.exitCode = kode));
}
