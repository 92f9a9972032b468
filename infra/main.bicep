// Skolemiljø for Teams in one resource group: a Linux App Service (Node, /healthz) on two or more
// instances, the Azure Bot with its Teams channel, a Key Vault for secrets (referenced from the app
// settings), Application Insights (ids only, IP addresses masked) and a Logic App timer that drives
// the reminder sweep. One user-assigned managed identity is the bot's identity, Microsoft Graph's
// identity (Sites.Selected, granted after deployment; see docs/deploy.md) and the reader of the
// Key Vault, so no password or client secret exists anywhere.
// Parameters: infra/README.md. Deploy: `az deployment group create -g <rg> -f infra/main.bicep
// -p infra/main.parameters.json` or `atk provision --env dev` (m365agents.yml).

targetScope = 'resourceGroup'

@description('Short name all resource names start with; letters, digits and hyphens. The web app becomes <navn>-app.azurewebsites.net.')
@minLength(3)
@maxLength(20)
param navn string

@description('Azure region of everything except the bot (global). Norway East keeps the data in Norway.')
param location string = resourceGroup().location

@description('Node.js version of the App Service (both are supported by the app).')
@allowed([
  'NODE|20-lts'
  'NODE|22-lts'
])
param nodeVersjon string = 'NODE|22-lts'

@description('App Service plan size. P0v3 or larger for production; B1 for a trial (B1 allows at most 3 instances).')
param planSku string = 'P0v3'

@description('Number of instances. Two or more is safe: the outbox and the reminders are claimed exactly once in the store.')
@minValue(1)
@maxValue(30)
param antallInstanser int = 2

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('The SharePoint site holding the lists: hostname,siteCollectionId,webId (npm run provision prints it).')
param sharepointSiteId string

@description('The organisation file deployed with the app (format: docs/organisasjon.md).')
param orgFil string = './config/demo-organisasjon.json'

@description('The Teams app id (the manifest id, TEAMS_APP_ID of npm run package): the cards link to the tab as Teams deep links. Empty: no deep links.')
param teamsAppId string = ''

@description('Minutes between reminder sweeps driven by the Logic App timer (POST /api/jobs/sweep).')
@minValue(5)
@maxValue(1440)
param sveipMinutter int = 15

@description('Shared secret for POST /api/jobs/sweep. Leave the default: a new random value each deployment, stored only in Key Vault.')
@secure()
param jobbHemmelighet string = '${newGuid()}${newGuid()}'

@description('Object id of a person or group that may manage Key Vault secrets (e.g. to add a Graph certificate). Empty: none.')
param kvAdminObjectId string = ''

@description('Days Log Analytics keeps telemetry.')
@minValue(30)
@maxValue(730)
param loggDager int = 30

var tenantId = subscription().tenantId
var suffiks = uniqueString(resourceGroup().id, navn)
// Built-in role: Key Vault Secrets User (read secret values).
var kvSecretsUserRolle = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
// Built-in role: Key Vault Secrets Officer (manage secrets).
var kvSecretsOfficerRolle = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')

resource identitet 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${navn}-id'
  location: location
}

resource logger 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${navn}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: loggDager
  }
}

resource innsikt 'Microsoft.Insights/components@2020-02-02' = {
  name: '${navn}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: logger.id
    // Client IP addresses are replaced by 0.0.0.0 before storage.
    DisableIpMasking: false
  }
}

resource hvelv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${take(navn, 10)}-${take(suffiks, 8)}'
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource jobbHemmelighetIHvelv 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: hvelv
  name: 'jobs-secret'
  properties: {
    value: jobbHemmelighet
    contentType: 'Delt hemmelighet for POST /api/jobs/sweep'
  }
}

resource identitetLeserHvelv 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: hvelv
  name: guid(hvelv.id, identitet.id, kvSecretsUserRolle)
  properties: {
    roleDefinitionId: kvSecretsUserRolle
    principalId: identitet.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource adminForvalterHvelv 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(kvAdminObjectId)) {
  scope: hvelv
  name: guid(hvelv.id, kvAdminObjectId, kvSecretsOfficerRolle)
  properties: {
    roleDefinitionId: kvSecretsOfficerRolle
    principalId: kvAdminObjectId
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${navn}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
    capacity: antallInstanser
  }
  properties: {
    reserved: true
  }
}

resource nettapp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${navn}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identitet.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identitet.id
    siteConfig: {
      linuxFxVersion: nodeVersjon
      // The compiled server (npm run build ran during deployment); no TypeScript at run time.
      appCommandLine: 'npm run start:prod'
      healthCheckPath: '/healthz'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Deployment: App Service installs the packages and runs `npm run build` on the zip it gets.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'ORG_FILE', value: orgFil }
        { name: 'STORE', value: 'sharepoint' }
        { name: 'SHAREPOINT_SITE_ID', value: sharepointSiteId }
        { name: 'GRAPH_TENANT_ID', value: tenantId }
        { name: 'GRAPH_MANAGED_IDENTITY_CLIENT_ID', value: identitet.properties.clientId }
        { name: 'MICROSOFT_APP_ID', value: identitet.properties.clientId }
        { name: 'MICROSOFT_APP_TYPE', value: 'UserAssignedMSI' }
        { name: 'MICROSOFT_APP_TENANT_ID', value: tenantId }
        { name: 'TEAMS_APP_ID', value: teamsAppId }
        // The Logic App below drives the sweep; no instance sweeps on its own clock.
        { name: 'SWEEP_INTERVAL_MS', value: '0' }
        { name: 'JOBS_SECRET', value: '@Microsoft.KeyVault(SecretUri=${jobbHemmelighetIHvelv.properties.secretUriWithVersion})' }
        // Application Insights' agent for Node on App Service: requests (paths hold ids only),
        // outgoing calls (Graph and the Bot Connector; their queries filter on ids, statuses and
        // dates), failures and performance. The app's logs carry ids only (src/logging.ts).
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: innsikt.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
      ]
    }
  }
  dependsOn: [
    identitetLeserHvelv
  ]
}

// The app's own log lines (pino, ids only) to Log Analytics. HTTP access logs are left out: they
// would store client IP addresses unmasked.
resource nettappLogger 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: nettapp
  name: 'til-log-analytics'
  properties: {
    workspaceId: logger.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${navn}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Skolemiljø'
    endpoint: 'https://${nettapp.properties.defaultHostName}/api/messages'
    msaAppId: identitet.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identitet.id
    msaAppTenantId: tenantId
    disableLocalAuth: true
  }
}

resource teamsKanal 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// The timer: every `sveipMinutter` minutes it reads the shared secret from Key Vault (with the
// managed identity) and calls POST /api/jobs/sweep. Run history hides both the secret and the answer.
resource tidsur 'Microsoft.Logic/workflows@2019-05-01' = {
  name: '${navn}-sveip'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identitet.id}': {}
    }
  }
  properties: {
    state: 'Enabled'
    definition: {
      '$schema': 'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#'
      contentVersion: '1.0.0.0'
      triggers: {
        Gjentakelse: {
          type: 'Recurrence'
          recurrence: {
            frequency: 'Minute'
            interval: sveipMinutter
          }
        }
      }
      actions: {
        HentHemmelighet: {
          type: 'Http'
          runAfter: {}
          inputs: {
            method: 'GET'
            uri: '${hvelv.properties.vaultUri}secrets/${jobbHemmelighetIHvelv.name}?api-version=7.4'
            authentication: {
              type: 'ManagedServiceIdentity'
              identity: identitet.id
              audience: 'https://vault.azure.net'
            }
          }
          runtimeConfiguration: {
            secureData: {
              properties: [
                'inputs'
                'outputs'
              ]
            }
          }
        }
        Sveip: {
          type: 'Http'
          runAfter: {
            HentHemmelighet: [
              'Succeeded'
            ]
          }
          inputs: {
            method: 'POST'
            uri: 'https://${nettapp.properties.defaultHostName}/api/jobs/sweep'
            headers: {
              Authorization: '@{concat(\'Bearer \', body(\'HentHemmelighet\')?[\'value\'])}'
            }
          }
          runtimeConfiguration: {
            secureData: {
              properties: [
                'inputs'
              ]
            }
          }
        }
      }
    }
  }
  dependsOn: [
    identitetLeserHvelv
  ]
}

@description('The app\'s host name: APP_DOMAIN for npm run package.')
output APP_DOMAIN string = nettapp.properties.defaultHostName

@description('The bot\'s app id (the managed identity\'s client id): BOT_ID for npm run package.')
output BOT_ID string = identitet.properties.clientId

@description('The managed identity\'s service principal: grant it Sites.Selected (docs/deploy.md).')
output MANAGED_IDENTITY_PRINCIPAL_ID string = identitet.properties.principalId

@description('The web app\'s resource id, for azureAppService/zipDeploy.')
output APP_SERVICE_RESOURCE_ID string = nettapp.id

output KEY_VAULT_NAME string = hvelv.name
