using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Lays out <see cref="Column"/>s side by side.</summary>
public sealed record ColumnSet : CardElement
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("columns")] public required IReadOnlyList<Column> Columns { get; init; }
    [JsonPropertyName("style")] public ContainerStyle? Style { get; init; }
    [JsonPropertyName("selectAction")] public CardAction? SelectAction { get; init; }
}
