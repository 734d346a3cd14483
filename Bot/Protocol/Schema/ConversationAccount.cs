using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

public sealed record ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; init; }
    /// <summary>personal, groupChat or channel.</summary>
    [JsonPropertyName("conversationType")] public string? ConversationType { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; init; }
}
