using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// An action (button) of a card. The JSON <c>type</c> discriminator is written from the derived type.
/// Teams shows at most 6 primary actions; <see cref="ActionMode.Secondary"/> moves one to the overflow menu.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction
{
    [JsonPropertyName("id"), JsonPropertyOrder(-2)] public string? Id { get; init; }
    [JsonPropertyName("title"), JsonPropertyOrder(-1)] public string? Title { get; init; }
    [JsonPropertyName("tooltip")] public string? Tooltip { get; init; }
    [JsonPropertyName("mode")] public ActionMode? Mode { get; init; }
}
