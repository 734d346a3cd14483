using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Opens a URL in the browser.</summary>
public sealed record OpenUrlAction : CardAction
{
    [JsonPropertyName("url")] public required Uri Url { get; init; }
}
