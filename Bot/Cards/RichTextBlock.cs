using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A paragraph of differently formatted text runs (no Markdown inside runs).</summary>
public sealed record RichTextBlock : CardElement
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("inlines")] public required IReadOnlyList<TextRun> Inlines { get; init; }
    [JsonPropertyName("horizontalAlignment")] public HorizontalAlignment? HorizontalAlignment { get; init; }
}
