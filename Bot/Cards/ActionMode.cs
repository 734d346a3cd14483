using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Primary actions show as buttons; Secondary moves an action to the overflow menu.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionMode>))]
public enum ActionMode
{
    [JsonStringEnumMemberName("primary")] Primary,
    [JsonStringEnumMemberName("secondary")] Secondary,
}
