using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Text weight of a TextBlock or TextRun.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("lighter")] Lighter,
    [JsonStringEnumMemberName("bolder")] Bolder,
}
