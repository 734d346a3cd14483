using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Who is mentioned: a Teams user id (MRI), Entra object id or UPN, and the display name.</summary>
public sealed record CardMentioned(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name);
