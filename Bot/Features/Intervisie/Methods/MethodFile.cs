using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>Wire shape of a method definition file (<c>Methods/*.json</c>).</summary>
internal sealed record MethodFile(
    [property: JsonPropertyName("$schema")] string? Schema,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] MethodFileText? Name,
    [property: JsonPropertyName("description")] MethodFileText? Description,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("typicalDurationMinutes")] int? TypicalDurationMinutes,
    [property: JsonPropertyName("phases")] IReadOnlyList<MethodFilePhase?>? Phases,
    [property: JsonPropertyName("suits")] IReadOnlyList<string?>? Suits = null);
