using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>Wire shape of one phase in a method definition file. Everything is nullable so the validator can name what is missing.</summary>
internal sealed record MethodFilePhase(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("title")] MethodFileText? Title,
    [property: JsonPropertyName("groupInstruction")] MethodFileText? GroupInstruction,
    [property: JsonPropertyName("gespreksleiderInstruction")] MethodFileText? GespreksleiderInstruction,
    [property: JsonPropertyName("inputLabel")] MethodFileText? InputLabel,
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("collects")] string? Collects,
    [property: JsonPropertyName("maxPerMember")] int? MaxPerMember,
    [property: JsonPropertyName("options")] IReadOnlyList<MethodFileOption?>? Options,
    [property: JsonPropertyName("visibility")] string? Visibility,
    [property: JsonPropertyName("showContributions")] bool? ShowContributions,
    [property: JsonPropertyName("timeboxMinutes")] int? TimeboxMinutes,
    [property: JsonPropertyName("reveals")] string? Reveals,
    [property: JsonPropertyName("inbrengerChoice")] bool? InbrengerChoice,
    [property: JsonPropertyName("liveOnly")] bool? LiveOnly = null,
    [property: JsonPropertyName("problemStatement")] bool? ProblemStatement = null,
    [property: JsonPropertyName("inbrengerAnswers")] bool? InbrengerAnswers = null,
    [property: JsonPropertyName("spreadReactions")] MethodFileText? SpreadReactions = null,
    [property: JsonPropertyName("choosesCasus")] bool? ChoosesCasus = null);
