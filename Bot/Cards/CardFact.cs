using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>One row (JSON "Fact") of a <see cref="FactSet"/>; named CardFact so it never clashes with xunit's [Fact].</summary>
public sealed record CardFact(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);
