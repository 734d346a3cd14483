using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>One row of a <see cref="FactSet"/>.</summary>
public sealed record Fact(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);
