using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Shared;

/// <summary><c>channelData</c> of a create-conversation call: Teams wants the tenant there too.</summary>
internal sealed record TenantChannelData([property: JsonPropertyName("tenant")] TenantInfo Tenant);
