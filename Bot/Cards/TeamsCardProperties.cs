using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>The Teams-specific <c>msteams</c> property of a card: full width and mention entities.</summary>
public sealed record TeamsCardProperties
{
    public const string FullWidth = "Full";

    /// <summary><c>"Full"</c> makes the card use the full width of the conversation.</summary>
    [JsonPropertyName("width")] public string? Width { get; init; }

    /// <summary>Mentions used as <c>&lt;at&gt;name&lt;/at&gt;</c> in TextBlocks or FactSets.</summary>
    [JsonPropertyName("entities")] public IReadOnlyList<CardMention>? Entities { get; init; }

    public static TeamsCardProperties Full { get; } = new() { Width = FullWidth };
}
