using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Tests.Privacy;

/// <summary>Loads Corpus/guard-corpus.jsonl (copied to the test output directory).</summary>
public static class GuardCorpus
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<IReadOnlyList<GuardCorpusEntry>> Entries = new(Load);

    public static IReadOnlyList<GuardCorpusEntry> All => Entries.Value;

    public static IReadOnlyList<GuardCorpusEntry> WithIdentifiers => [.. All.Where(e => !e.IsAnonymous)];

    public static IReadOnlyList<GuardCorpusEntry> Anonymous => [.. All.Where(e => e.IsAnonymous)];

    private static List<GuardCorpusEntry> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Privacy", "Corpus", "guard-corpus.jsonl");
        return [.. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<GuardCorpusEntry>(line, Options)
                ?? throw new InvalidDataException("Empty corpus line."))];
    }
}
