using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Tests.Handreikingen;

/// <summary>One labelled casus of an evaluation set (jsonl: id, text, expect).</summary>
public sealed record EvalCasus(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("expect")] IReadOnlyList<string> Expect)
{
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
