using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>One option of an <see cref="InputChoiceSet"/>.</summary>
public sealed record Choice(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);
