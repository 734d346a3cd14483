using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A block of text; Teams renders a Markdown subset (bold, italic, lists, links).</summary>
public sealed record TextBlock : CardElement
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("wrap")] public bool? Wrap { get; init; }
    [JsonPropertyName("weight")] public TextWeight? Weight { get; init; }
    [JsonPropertyName("size")] public TextSize? Size { get; init; }
    [JsonPropertyName("isSubtle")] public bool? IsSubtle { get; init; }
    [JsonPropertyName("color")] public TextColor? Color { get; init; }
    [JsonPropertyName("horizontalAlignment")] public HorizontalAlignment? HorizontalAlignment { get; init; }
    [JsonPropertyName("maxLines")] public int? MaxLines { get; init; }
}
