using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Vertical alignment of a container's content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerticalContentAlignment>))]
public enum VerticalContentAlignment
{
    [JsonStringEnumMemberName("top")] Top,
    [JsonStringEnumMemberName("center")] Center,
    [JsonStringEnumMemberName("bottom")] Bottom,
}
