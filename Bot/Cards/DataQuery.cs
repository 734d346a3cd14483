using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// <c>choices.data</c> of an <see cref="InputChoiceSet"/>: Teams fetches choices as the user types by sending the bot an
/// <c>application/search</c> invoke naming <see cref="Dataset"/> (Microsoft Learn, "Typeahead search in Adaptive Cards").
/// Clients without dynamic search show the set's static choices.
/// </summary>
public sealed record DataQuery([property: JsonPropertyName("dataset")] string Dataset)
{
    [JsonPropertyName("type")] public string Type => "Data.Query";
}
