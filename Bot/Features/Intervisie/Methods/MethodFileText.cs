using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>Wire shape of an inline <c>{ "nl": ..., "en": ... }</c> text in a method definition file.</summary>
internal sealed record MethodFileText(
    [property: JsonPropertyName("nl")] string? Nl,
    [property: JsonPropertyName("en")] string? En);
