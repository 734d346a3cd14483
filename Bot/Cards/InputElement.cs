using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// Base of the input elements. The <see cref="Id"/> is the key of the value in the submitted data, so it is
/// required. A required input needs a label and an error message (the adaptivecards validator insists).
/// </summary>
public abstract record InputElement : CardElement
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("isRequired")] public bool? IsRequired { get; init; }
    [JsonPropertyName("errorMessage")] public string? ErrorMessage { get; init; }
}
