using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>Wire shape of one option of a choice phase in a method definition file.</summary>
internal sealed record MethodFileOption(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("text")] MethodFileText? Text);
