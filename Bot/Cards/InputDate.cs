using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A date picker; values travel as <c>yyyy-MM-dd</c>.</summary>
public sealed record InputDate : InputElement
{
    [JsonPropertyName("value")] public DateOnly? Value { get; init; }
    [JsonPropertyName("min")] public DateOnly? Min { get; init; }
    [JsonPropertyName("max")] public DateOnly? Max { get; init; }
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
}
