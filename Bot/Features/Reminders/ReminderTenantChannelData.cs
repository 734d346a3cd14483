using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Reminders;

/// <summary><c>channelData</c> of a create-conversation call: Teams wants the tenant there too.</summary>
internal sealed record ReminderTenantChannelData([property: JsonPropertyName("tenant")] ReminderTenantInfo Tenant);
