using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>The JSON shape of one catalogue entry, everything nullable so the loader can report what is missing.</summary>
internal sealed record HandreikingDocument
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("officialTitle")] public string? OfficialTitle { get; init; }
    [JsonPropertyName("publisher")] public string? Publisher { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("summary")] public List<string?>? Summary { get; init; }
    [JsonPropertyName("tags")] public List<string?>? Tags { get; init; }
    [JsonPropertyName("step")] public int? Step { get; init; }
    [JsonPropertyName("evidence")] public string? Evidence { get; init; }
    [JsonPropertyName("audience")] public string? Audience { get; init; }
    [JsonPropertyName("peildatum")] public string? Peildatum { get; init; }
    [JsonPropertyName("review")] public string? Review { get; init; }
    [JsonPropertyName("legal")] public bool? Legal { get; init; }
    [JsonPropertyName("local")] public bool? Local { get; init; }
}
