using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// Sends a message activity whose <c>value</c> is <see cref="Data"/> merged with the input values
/// (in a messaging extension: the <c>composeExtension/onCardButtonClicked</c> invoke).
/// </summary>
public sealed record SubmitAction : CardAction
{
    [JsonPropertyName("data")] public JsonObject? Data { get; init; }
    [JsonPropertyName("associatedInputs")] public AssociatedInputs? AssociatedInputs { get; init; }
}
