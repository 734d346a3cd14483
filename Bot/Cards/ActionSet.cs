using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A row of actions inside the body (for buttons between elements rather than at the bottom).</summary>
public sealed record ActionSet : CardElement
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("actions")] public required IReadOnlyList<CardAction> Actions { get; init; }
}
