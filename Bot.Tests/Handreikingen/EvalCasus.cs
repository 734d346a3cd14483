using System.Text.Json;
using System.Text.Json.Serialization;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Tests.Handreikingen;

/// <summary>
/// One labelled casus of an evaluation set (jsonl: id, text, expect; optionally topic and crisis). An expected label is a
/// taxonomy tag or <c>id:</c> plus a catalogue entry id (for topics narrower than a tag, such as the Bbz or the IOAW);
/// <c>crisis</c> says whether the casus shows a sign of suicidal thoughts, acute danger or violence.
/// </summary>
public sealed record EvalCasus(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("expect")] IReadOnlyList<string> Expect,
    [property: JsonPropertyName("topic")] string? Topic = null,
    [property: JsonPropertyName("crisis")] bool Crisis = false)
{
    public const string EntryPrefix = "id:";

    /// <summary>The labels a result carries for matching against <see cref="Expect"/>: its tags and its id.</summary>
    public static IReadOnlyList<string> Labels(IntervisieBot.Features.Handreikingen.Domain.Handreiking entry) => [.. entry.Tags, EntryPrefix + entry.Id];

    public static IReadOnlyList<EvalCasus> Load(string path) =>
    [
        .. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<EvalCasus>(line) ?? throw new InvalidDataException($"Bad line in {path}: {line}")),
    ];

    /// <summary>The repository root: the nearest folder above the test binaries holding IntervisieBot.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntervisieBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("IntervisieBot.sln not found above " + AppContext.BaseDirectory);
    }
}
