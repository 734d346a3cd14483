using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke carrying <see cref="Verb"/> and
/// <see cref="Data"/>. Build it through <see cref="CardActions.Execute"/> so the data carries the verb and an
/// Action.Submit fallback exists for older clients.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    [JsonPropertyName("verb")] public required string Verb { get; init; }
    [JsonPropertyName("data")] public JsonObject? Data { get; init; }
    [JsonPropertyName("associatedInputs")] public AssociatedInputs? AssociatedInputs { get; init; }
    /// <summary>What clients without Universal Actions show instead.</summary>
    [JsonPropertyName("fallback")] public CardAction? Fallback { get; init; }
}
