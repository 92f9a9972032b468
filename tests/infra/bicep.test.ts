/**
 * The Azure templates and the Agents Toolkit project, checked offline. No Bicep compiler can be
 * installed here (see infra/README.md), so main.bicep is read by tests/support/bicep.ts; these tests
 * first show that reader catches the mistakes it is for.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { lesBicep } from '../support/bicep';

const ROT = path.resolve(__dirname, '..', '..');
const les = (fil: string) => fs.readFileSync(path.join(ROT, fil), 'utf8');
const plassholdere = (tekst: string) => [...tekst.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]!);

describe('the Bicep reader', () => {
  it('reports unbalanced brackets, an undeclared symbol, a resource type without API version and an unused parameter', () => {
    const { feil } = lesBicep("param a string\nparam b int = 1\nresource x 'Microsoft.Web/sites' = {\n  name: c\n  v: '${a}'\n");
    assert.deepEqual(feil.sort(), [
      'linje 2: param b brukes ikke',
      'linje 3: resource x har ugyldig type «Microsoft.Web/sites»',
      'linje 4: «c» er ikke deklarert',
      'slutten av filen: «{» er aldri lukket',
    ]);
  });

  it('reads interpolated strings, object keys, decorators and multi-line strings without false alarms', () => {
    const { feil, deklarasjoner } = lesBicep(
      "@description('x')\n@secure()\nparam hemmelig string = '${newGuid()}'\nvar v = {\n  a: '${hemmelig}-${toLower('B')}'\n  'b': { c: true ? 1 : 2 }\n}\nvar m = '''\nfri ${tekst}\n'''\noutput O string = '${v.a}${m}'\n",
    );
    assert.deepEqual(feil, []);
    assert.deepEqual(deklarasjoner.map((d) => `${d.art} ${d.navn}`), ['param hemmelig', 'var v', 'var m', 'output O']);
  });
});

describe('infra/main.bicep', () => {
  const kilde = les('infra/main.bicep');
  const { feil, deklarasjoner } = lesBicep(kilde);
  const ressurser = deklarasjoner.filter((d) => d.art === 'resource').map((d) => d.type.split('@')[0]);
  const params = deklarasjoner.filter((d) => d.art === 'param');

  it('parses with no error', () => assert.deepEqual(feil, []));

  it('declares App Service on Linux, Azure Bot with the Teams channel, Key Vault, Application Insights and the sweep timer', () => {
    for (const type of [
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.KeyVault/vaults',
      'Microsoft.KeyVault/vaults/secrets',
      'Microsoft.Insights/components',
      'Microsoft.Logic/workflows',
      'Microsoft.ManagedIdentity/userAssignedIdentities',
    ]) {
      assert.ok(ressurser.includes(type), type);
    }
    assert.match(kilde, /healthCheckPath: '\/healthz'/);
    assert.match(kilde, /appCommandLine: 'npm run start:prod'/);
    assert.match(kilde, /channelName: 'MsTeamsChannel'/);
    assert.match(kilde, /'NODE\|20-lts'\n\s+'NODE\|22-lts'/);
    assert.match(kilde, /uri: 'https:\/\/\$\{nettapp\.properties\.defaultHostName\}\/api\/jobs\/sweep'/);
    assert.match(kilde, /Authorization: '@\{concat\(\\'Bearer \\', body\(\\'HentHemmelighet\\'\)\?\[\\'value\\'\]\)\}'/);
  });

  it('gives the app only settings it reads (or the platform\'s), secrets as Key Vault references', () => {
    const innstillinger = [...kilde.matchAll(/\{ name: '(\w+)', value: ([^}]+) \}/g)].map((m) => ({ navn: m[1]!, verdi: m[2]! }));
    // The variables src/config.ts validates, i.e. the ones the app reads.
    const appensVariabler = new Set([...les('src/config.ts').matchAll(/^ {4}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!));
    // Until issue 11's sweep endpoint is on main, its two variables come from there.
    if (!appensVariabler.has('JOBS_SECRET')) for (const v of ['JOBS_SECRET', 'SWEEP_INTERVAL_MS']) appensVariabler.add(v);
    const plattform = new Set(['SCM_DO_BUILD_DURING_DEPLOYMENT', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'ApplicationInsightsAgent_EXTENSION_VERSION']);
    assert.ok(innstillinger.length > 10);
    for (const { navn } of innstillinger) assert.ok(appensVariabler.has(navn) || plattform.has(navn), `${navn} is neither read by src/config.ts nor a platform setting`);
    for (const { navn, verdi } of innstillinger.filter((i) => /SECRET|PASSWORD/.test(i.navn))) {
      assert.match(verdi, /^'@Microsoft\.KeyVault\(SecretUri=/, `${navn} is a Key Vault reference`);
    }
    assert.ok(!innstillinger.some((i) => i.navn === 'MICROSOFT_APP_PASSWORD' || i.navn === 'GRAPH_CLIENT_SECRET'), 'managed identity: no password');
  });

  it('documents every parameter in infra/README.md, and the parameters file names only declared ones', () => {
    const readme = les('infra/README.md');
    for (const p of params) assert.match(readme, new RegExp(`\\| \`${p.navn}\` \\|`), `${p.navn} in infra/README.md`);
    const fil = JSON.parse(les('infra/main.parameters.json')) as { parameters: Record<string, unknown> };
    const navn = new Set(params.map((p) => p.navn));
    for (const p of Object.keys(fil.parameters)) assert.ok(navn.has(p), `${p} is not a parameter of main.bicep`);
    for (const p of params.filter((x) => !x.harStandard)) assert.ok(p.navn in fil.parameters, `required ${p.navn} is in the parameters file`);
  });
});

describe('the Agents Toolkit project', () => {
  const miljoer = ['dev', 'prod'].map((navn) => ({ navn, verdier: parseEnv(les(`env/.env.${navn}`)) }));

  it('finds every ${{NAME}} of m365agents.yml, the parameters file, the Entra app and the manifest in each env file', () => {
    const brukt = new Set(
      ['m365agents.yml', 'infra/main.parameters.json', 'infra/entra-app.json', 'manifest/manifest.template.json'].flatMap((f) => plassholdere(les(f))),
    );
    brukt.delete('APP_VERSION'); // from package.json
    for (const { navn, verdier } of miljoer) {
      for (const p of brukt) assert.ok(p in verdier, `${p} mangler i env/.env.${navn}`);
      assert.equal(verdier.TEAMSFX_ENV, navn);
    }
  });

  it('has a place in each env file for every output of main.bicep, and runs the files it names', () => {
    const utdata = lesBicep(les('infra/main.bicep')).deklarasjoner.filter((d) => d.art === 'output').map((d) => d.navn);
    for (const { navn, verdier } of miljoer) for (const o of utdata) assert.ok(o in verdier, `${o} mangler i env/.env.${navn}`);
    const yml = les('m365agents.yml');
    for (const fil of [...yml.matchAll(/(?:path|parameters|manifestPath|ignoreFile): (\.\/[\w./-]+)/g)].map((m) => m[1]!)) {
      assert.ok(fs.existsSync(path.join(ROT, fil)), `${fil} finnes`);
    }
    assert.match(yml, /args: run package -- --env \$\{\{TEAMSFX_ENV\}\}/);
    assert.match(yml, /appPackagePath: \.\/manifest\/build\/skolemiljo\.\$\{\{TEAMSFX_ENV\}\}\.zip/);
  });

  it('declares the SSO scope access_as_user on api://<domain>/<client id>, token version 2, with Teams\' clients pre-authorized', () => {
    const app = JSON.parse(les('infra/entra-app.json')) as {
      identifierUris: string[];
      api: { requestedAccessTokenVersion: number; oauth2PermissionScopes: { value: string; id: string }[]; preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[] };
    };
    assert.deepEqual(app.identifierUris, ['api://${{APP_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    assert.equal(app.api.requestedAccessTokenVersion, 2);
    const [scope] = app.api.oauth2PermissionScopes;
    assert.equal(scope?.value, 'access_as_user');
    const forhand = new Set(app.api.preAuthorizedApplications.filter((a) => a.delegatedPermissionIds.includes(scope!.id)).map((a) => a.appId));
    // Teams desktop/mobile and Teams web.
    for (const teams of ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346']) assert.ok(forhand.has(teams), teams);
  });
});
