using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// An element of a card body (Adaptive Card schema 1.5). The JSON <c>type</c> discriminator is written from the
/// derived type; only the element types Teams renders for bot cards are modelled.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
public abstract record CardElement
{
    [JsonPropertyName("spacing")] public Spacing? Spacing { get; init; }
    [JsonPropertyName("separator")] public bool? Separator { get; init; }
    /// <summary>False hides the element until an Action.ToggleVisibility shows it.</summary>
    [JsonPropertyName("isVisible")] public bool? IsVisible { get; init; }
}
