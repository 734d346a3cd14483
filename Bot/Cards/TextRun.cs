using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>One run of text inside a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun
{
    [JsonPropertyName("type"), JsonPropertyOrder(-1)] public string Type => "TextRun";
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("weight")] public TextWeight? Weight { get; init; }
    [JsonPropertyName("size")] public TextSize? Size { get; init; }
    [JsonPropertyName("isSubtle")] public bool? IsSubtle { get; init; }
    [JsonPropertyName("color")] public TextColor? Color { get; init; }
    [JsonPropertyName("italic")] public bool? Italic { get; init; }
    [JsonPropertyName("strikethrough")] public bool? Strikethrough { get; init; }
    [JsonPropertyName("highlight")] public bool? Highlight { get; init; }
}
