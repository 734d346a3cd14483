using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A text input (single line or multiline).</summary>
public sealed record InputText : InputElement
{
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
    [JsonPropertyName("isMultiline")] public bool? IsMultiline { get; init; }
    [JsonPropertyName("maxLength")] public int? MaxLength { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
    /// <summary>A client-side check only; the server validates again.</summary>
    [JsonPropertyName("regex")] public string? Regex { get; init; }
    [JsonPropertyName("style")] public TextInputStyle? Style { get; init; }
}
