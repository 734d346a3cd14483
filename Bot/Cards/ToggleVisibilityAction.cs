using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Shows or hides elements by id on the client, without a round trip to the bot.</summary>
public sealed record ToggleVisibilityAction : CardAction
{
    [JsonPropertyName("targetElements")] public required IReadOnlyList<TargetElement> TargetElements { get; init; }
}
