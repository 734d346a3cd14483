// IntervisieBot on Azure: Linux App Service (.NET 10), Azure Bot with the Teams channel, Storage (Tables)
// reached by managed identity, Application Insights on a Log Analytics workspace.
// Deploy into an existing resource group:
//   az deployment group create -g <rg> -f infra/main.bicep -p baseName=<name> [msaAppType=SingleTenant msaAppId=<guid>]
// See docs/deploy.md for the whole path from an empty subscription to the bot answering in Teams.

targetScope = 'resourceGroup'

@description('Azure region for the regional resources (the Azure Bot itself is always global).')
param location string = resourceGroup().location

@description('Short name used to derive the resource names: lower-case letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param baseName string = 'intervisiebot'

@description('Name of the web app; becomes <name>.azurewebsites.net, so it must be globally unique.')
@minLength(2)
@maxLength(60)
param webAppName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('Name of the App Service plan.')
param appServicePlanName string = '${baseName}-plan'

@description('App Service plan SKU. Always-on needs Basic (B1) or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServicePlanSku string = 'B1'

@description('Number of App Service instances. The bot is safe to scale out: reminders are claimed with ETags.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Name of the storage account: 3-24 lower-case letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param storageAccountName string = take('st${toLower(replace(baseName, '-', ''))}${uniqueString(resourceGroup().id)}', 24)

@description('Name of the user-assigned managed identity the web app runs as.')
param identityName string = '${baseName}-id'

@description('Name (handle) of the Azure Bot resource; must be globally unique.')
@minLength(2)
@maxLength(64)
param botName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('Display name of the bot.')
param botDisplayName string = 'IntervisieBot'

@description('Azure Bot pricing tier. Teams is a standard channel, free on both tiers; S1 carries the SLA.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('How the bot authenticates to the Bot Connector: UserAssignedMSI (no secret; the managed identity below is the bot identity) or SingleTenant (an app registration in this tenant, with a secret or certificate).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param msaAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the client id of the bot\'s app registration. Ignored for UserAssignedMSI.')
param msaAppId string = ''

@description('SingleTenant only: a client secret of that app registration, stored as the MicrosoftAppPassword app setting. Leave empty for UserAssignedMSI or when you configure a certificate instead (docs/deploy.md). Pass it on every deployment: the app settings are replaced as a whole.')
@secure()
param msaAppPassword string = ''

@description('Microsoft Entra tenant of the bot identity. Defaults to the tenant of this deployment.')
param msaAppTenantId string = tenant().tenantId

@description('Name of the Log Analytics workspace.')
param logAnalyticsName string = '${baseName}-logs'

@description('Name of the Application Insights component.')
param appInsightsName string = '${baseName}-ai'

@description('Days to keep logs in the workspace.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Optional OTLP endpoint (e.g. an OpenTelemetry collector) for traces and metrics; empty to leave unset.')
param otlpEndpoint string = ''

@description('Create the intervisie series in the teams\' Microsoft 365 calendars through Microsoft Graph (docs/deploy.md step 8: grant the Graph application permissions first). The bot uses its own identity for Graph: the managed identity (UserAssignedMSI) or the app registration with msaAppPassword (SingleTenant; for a certificate, pass Graph__CertificatePath in extraAppSettings).')
param graphCalendar bool = false

@description('Further app settings as name/value pairs, e.g. {"AllowedTenants__0": "<tenant id>"}. Settings added by hand in the portal are lost on the next deployment (the template sets the whole list), so put them here.')
param extraAppSettings object = {}

@description('Tags put on every resource.')
param tags object = {
  application: 'IntervisieBot'
}

// Storage Table Data Contributor: read, write and delete tables and entities. Built-in role definition id.
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

var useManagedIdentityAsBot = msaAppType == 'UserAssignedMSI'
var botAppId = useManagedIdentityAsBot ? identity.properties.clientId : msaAppId

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: identityName
  location: location
  tags: tags
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    IngestionMode: 'LogAnalytics'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // No account keys: the bot reaches Tables with its managed identity only.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        table: {
          enabled: true
          keyType: 'Account'
        }
        blob: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-08-01' = {
  parent: storage
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'IntervisieBot reads and writes its tables with its managed identity.'
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: appServicePlanName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var baseAppSettings = [
  {
    name: 'MicrosoftAppType'
    value: msaAppType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: msaAppTenantId
  }
  {
    // With a table endpoint and no connection string the bot uses its managed identity for Tables.
    name: 'Storage__TableEndpoint'
    value: storage.properties.primaryEndpoints.table
  }
  {
    name: 'Storage__ManagedIdentityClientId'
    value: identity.properties.clientId
  }
  {
    // Selects the user-assigned identity for DefaultAzureCredential / ManagedIdentityCredential.
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
]

var passwordAppSettings = useManagedIdentityAsBot || empty(msaAppPassword)
  ? []
  : [
      {
        name: 'MicrosoftAppPassword'
        value: msaAppPassword
      }
    ]

// Graph (scheduling): app-only, with the bot's own identity. Off by default: without it the bot keeps the schedule itself.
var graphAppSettings = !graphCalendar
  ? []
  : useManagedIdentityAsBot
      ? [
          {
            name: 'Graph__Enabled'
            value: 'true'
          }
          {
            name: 'Graph__UseManagedIdentity'
            value: 'true'
          }
          {
            name: 'Graph__ClientId'
            value: identity.properties.clientId
          }
        ]
      : concat(
          [
            {
              name: 'Graph__Enabled'
              value: 'true'
            }
            {
              name: 'Graph__TenantId'
              value: msaAppTenantId
            }
            {
              name: 'Graph__ClientId'
              value: msaAppId
            }
          ],
          empty(msaAppPassword)
            ? []
            : [
                {
                  name: 'Graph__ClientSecret'
                  value: msaAppPassword
                }
              ]
        )

var extraAppSettingsList = [for setting in items(extraAppSettings): {
  name: setting.key
  value: string(setting.value)
}]

var otlpAppSettings = empty(otlpEndpoint)
  ? []
  : [
      {
        name: 'OTEL_EXPORTER_OTLP_ENDPOINT'
        value: otlpEndpoint
      }
    ]

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet IntervisieBot.dll'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(baseAppSettings, passwordAppSettings, graphAppSettings, otlpAppSettings, extraAppSettingsList)
    }
  }
}

// No FTP publishing with basic credentials; deployments go through `az webapp deploy` (see docs/deploy.md).
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: msaAppType
    msaAppId: botAppId
    msaAppTenantId: msaAppTenantId
    msaAppMSIResourceId: useManagedIdentityAsBot ? identity.id : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
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

@description('The messaging endpoint registered on the Azure Bot.')
output botEndpoint string = bot.properties.endpoint

@description('Host name of the web app: pass it to manifest/package.sh --domain.')
output appHostname string = webApp.properties.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.name

@description('The bot\'s Microsoft App ID: pass it to manifest/package.sh --bot-id.')
output botAppId string = botAppId

@description('Client id of the user-assigned managed identity.')
output identityClientId string = identity.properties.clientId

@description('Object (principal) id of the managed identity, for Graph app role assignments.')
output identityPrincipalId string = identity.properties.principalId

@description('The Table service endpoint the bot uses.')
output tableEndpoint string = storage.properties.primaryEndpoints.table
