using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A two-column list of title/value pairs.</summary>
public sealed record FactSet : CardElement
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("facts")] public required IReadOnlyList<CardFact> Facts { get; init; }
}
