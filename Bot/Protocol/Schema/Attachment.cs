using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("contentType")] public string? ContentType { get; init; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; init; }
    /// <summary>Serialized card (any JSON shape).</summary>
    [JsonPropertyName("content")] public object? Content { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("preview")] public Attachment? Preview { get; init; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; init; }
}
