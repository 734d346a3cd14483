using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// An Adaptive Card, always schema version 1.5: the highest version Teams supports for bot cards, and the one
/// Universal Actions need. Never 1.6 (fails in Teams).
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";
    public const string SchemaUri = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("type"), JsonPropertyOrder(-3)] public string Type => "AdaptiveCard";
    [JsonPropertyName("$schema"), JsonPropertyOrder(-2)] public string Schema => SchemaUri;
    [JsonPropertyName("version"), JsonPropertyOrder(-1)] public string Version => SchemaVersion;
    [JsonPropertyName("refresh")] public CardRefresh? Refresh { get; init; }
    [JsonPropertyName("body")] public IReadOnlyList<CardElement> Body { get; init; } = [];
    [JsonPropertyName("actions")] public IReadOnlyList<CardAction>? Actions { get; init; }
    /// <summary>Plain text shown where the card cannot be rendered (notifications, old clients).</summary>
    [JsonPropertyName("fallbackText")] public string? FallbackText { get; init; }
    /// <summary>Two-letter language of the card's text (<c>nl</c>, <c>en</c>).</summary>
    [JsonPropertyName("lang")] public string? Lang { get; init; }
    [JsonPropertyName("msteams")] public TeamsCardProperties? MsTeams { get; init; }
}
