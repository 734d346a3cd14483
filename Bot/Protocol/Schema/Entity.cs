using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

/// <summary>An activity entity (mention, clientInfo, …). Mention fields are typed; the rest is preserved.</summary>
public sealed record Entity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("mentioned")] public ChannelAccount? Mentioned { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; init; }
}
