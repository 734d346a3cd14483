using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>One column of a <see cref="ColumnSet"/> (not a body element on its own).</summary>
public sealed record Column
{
    [JsonPropertyName("type"), JsonPropertyOrder(-1)] public string Type => "Column";
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("width")] public ColumnWidth? Width { get; init; }
    [JsonPropertyName("items")] public required IReadOnlyList<CardElement> Items { get; init; }
    [JsonPropertyName("style")] public ContainerStyle? Style { get; init; }
    [JsonPropertyName("verticalContentAlignment")] public VerticalContentAlignment? VerticalContentAlignment { get; init; }
    [JsonPropertyName("selectAction")] public CardAction? SelectAction { get; init; }
    [JsonPropertyName("spacing")] public Spacing? Spacing { get; init; }
    [JsonPropertyName("separator")] public bool? Separator { get; init; }
    [JsonPropertyName("isVisible")] public bool? IsVisible { get; init; }
}
