using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Groups elements, optionally with a background style and a tap action.</summary>
public sealed record Container : CardElement
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("style")] public ContainerStyle? Style { get; init; }
    [JsonPropertyName("items")] public required IReadOnlyList<CardElement> Items { get; init; }
    [JsonPropertyName("selectAction")] public CardAction? SelectAction { get; init; }
    [JsonPropertyName("verticalContentAlignment")] public VerticalContentAlignment? VerticalContentAlignment { get; init; }
    [JsonPropertyName("bleed")] public bool? Bleed { get; init; }
}
