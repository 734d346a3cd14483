using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Keyboard hint for an Input.Text; Password masks on the client only.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("tel")] Tel,
    [JsonStringEnumMemberName("url")] Url,
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("password")] Password,
}
