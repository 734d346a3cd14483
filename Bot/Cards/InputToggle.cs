using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A checkbox; submits <see cref="ValueOn"/> or <see cref="ValueOff"/> ("true"/"false" by default).</summary>
public sealed record InputToggle : InputElement
{
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
    [JsonPropertyName("valueOn")] public string? ValueOn { get; init; }
    [JsonPropertyName("valueOff")] public string? ValueOff { get; init; }
    [JsonPropertyName("wrap")] public bool? Wrap { get; init; }
}
