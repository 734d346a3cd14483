using System.Text.Json.Serialization;
using IntervisieBot.Privacy;

namespace IntervisieBot.Tests.Privacy;

/// <summary>One labelled text of the guard corpus: invented, no real people. No kinds means "must pass".</summary>
public sealed record GuardCorpusEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("kinds")] IReadOnlyList<IdentifierKind> Kinds)
{
    public bool IsAnonymous => Kinds.Count == 0;

    public override string ToString() => Id;
}
