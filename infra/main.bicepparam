// Example parameters for infra/main.bicep. Copy, adjust, and deploy with:
//   az deployment group create -g <resource-group> -f infra/main.bicep -p infra/main.bicepparam
using 'main.bicep'

param baseName = 'intervisiebot'
param location = 'westeurope'
param appServicePlanSku = 'B1'
param botSku = 'S1'

// UserAssignedMSI: the managed identity created by the template is the bot's identity (no secret).
// For a single-tenant app registration instead, set:
//   param msaAppType = 'SingleTenant'
//   param msaAppId = '<client id of the app registration>'
//   param msaAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD', '')
param msaAppType = 'UserAssignedMSI'
