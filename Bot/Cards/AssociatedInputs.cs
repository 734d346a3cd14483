using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Which inputs an Action.Execute or Action.Submit sends with it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")] Auto,
    [JsonStringEnumMemberName("none")] None,
}
