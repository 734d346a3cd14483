using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Expands an inline card below the actions (for example a small form).</summary>
public sealed record ShowCardAction : CardAction
{
    [JsonPropertyName("card")] public required AdaptiveCard Card { get; init; }
}
