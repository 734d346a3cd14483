using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A choice between values: dropdown (compact), radio/check list (expanded) or type-ahead (filtered).</summary>
public sealed record InputChoiceSet : InputElement
{
    [JsonPropertyName("choices")] public required IReadOnlyList<Choice> Choices { get; init; }
    [JsonPropertyName("style")] public ChoiceInputStyle? Style { get; init; }
    [JsonPropertyName("isMultiSelect")] public bool? IsMultiSelect { get; init; }
    /// <summary>Selected value(s); several values are comma-separated.</summary>
    [JsonPropertyName("value")] public string? Value { get; init; }
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
    [JsonPropertyName("wrap")] public bool? Wrap { get; init; }
    /// <summary>Search as you type against the bot (Teams); the static <see cref="Choices"/> stay for other clients.</summary>
    [JsonPropertyName("choices.data")] public DataQuery? ChoicesData { get; init; }
}
