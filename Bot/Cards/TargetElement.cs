using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>An element toggled by <see cref="ToggleVisibilityAction"/>; <see cref="IsVisible"/> null means toggle.</summary>
public sealed record TargetElement(
    [property: JsonPropertyName("elementId")] string ElementId,
    [property: JsonPropertyName("isVisible")] bool? IsVisible = null);
