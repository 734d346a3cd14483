using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>How an Input.ChoiceSet shows its choices; Filtered gives type-ahead in Teams (single select only).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")] Compact,
    [JsonStringEnumMemberName("expanded")] Expanded,
    [JsonStringEnumMemberName("filtered")] Filtered,
}
