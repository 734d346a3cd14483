using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Reminders;

/// <summary>The <c>tenant</c> object of <see cref="ReminderTenantChannelData"/>.</summary>
internal sealed record ReminderTenantInfo([property: JsonPropertyName("id")] string Id);
