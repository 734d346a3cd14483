using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>A mention inside a card: <see cref="Text"/> is the <c>&lt;at&gt;name&lt;/at&gt;</c> used in the card text.</summary>
public sealed record CardMention(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("mentioned")] CardMentioned Mentioned)
{
    [JsonPropertyName("type"), JsonPropertyOrder(-1)] public string Type => "mention";
}
