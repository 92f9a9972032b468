/**
 * The organisation commands, on the store the configuration names (same variables as the app):
 *   npm run org:import -- <fil>   imports an organisation file (docs/organisasjon.md); safe to repeat
 *   npm run org:export [-- <fil>] writes the stored organisation in the file format (stdout without <fil>)
 *   npm run sync-org              one sync of the schools' Entra groups now (docs/organisasjon.md)
 */
import fs from 'node:fs';
import { lesKonfig } from './config';
import { openKatalog, openStore } from './compose';
import { synkroniser } from './org/sync/entraSync';
import { eksporter, importerOrganisasjon, lesOrganisasjon } from './org/importer';
import { OrganisasjonMangler } from './org/register';
import { lesOrganisasjonsfil } from './organisasjonsfil';
import { OppstartFeil } from './oppstartFeil';

const BRUK = 'Bruk: npm run org:import -- <fil>  |  npm run org:export [-- <fil>]  |  npm run sync-org';

export async function main(argv: string[], env: Record<string, string | undefined>, skriv: (linje: string) => void): Promise<number> {
  const [kommando, fil] = argv;
  const k = lesKonfig(env);
  if (!k.ok) {
    skriv(`Konfigurasjonsfeil:\n  ${k.feil.join('\n  ')}`);
    return 2;
  }
  if (!['import', 'export', 'synk'].includes(kommando ?? '') || (kommando === 'import' && !fil)) {
    skriv(BRUK);
    return 2;
  }
  try {
    const store = await openStore(k.konfig);
    try {
      if (kommando === 'import') {
        const r = await importerOrganisasjon(store, lesOrganisasjonsfil(fil!), new Date());
        skriv(`Importert fra ${fil}: skoler ${r.skoler.ny} nye, ${r.skoler.endret} endret, ${r.skoler.uendret} uendret; ${r.ansatte} ansatte.`);
        return 0;
      }
      if (kommando === 'synk') {
        const katalog = openKatalog(k.konfig);
        if (!katalog) throw new OppstartFeil('Synkronisering trenger GRAPH_TENANT_ID, GRAPH_CLIENT_ID og sertifikat (eller GRAPH_CLIENT_SECRET); se .env.example.');
        const r = await synkroniser(store, katalog, new Date());
        skriv(`Synkronisert fra Entra ID: ${r.nye} nye ansatte, ${r.endret} endret (${r.sluttet} sluttet), ${r.grupperLestHelt} grupper lest i sin helhet.`);
        return 0;
      }
      const org = await lesOrganisasjon(store);
      if (!org) throw new OrganisasjonMangler();
      const json = `${JSON.stringify(eksporter(org), null, 2)}\n`;
      if (fil) fs.writeFileSync(fil, json);
      else skriv(json);
      return 0;
    } finally {
      await store.close();
    }
  } catch (e) {
    skriv(e instanceof OppstartFeil ? e.message : `Feil: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  // A separate entry point (not the app), so it reads its own configuration from the environment.
  // eslint-disable-next-line no-restricted-properties
  const env = process.env;
  // eslint-disable-next-line no-console
  void main(process.argv.slice(2), env, (linje) => console.log(linje)).then((kode) => {
    process.exitCode = kode;
  });
}
