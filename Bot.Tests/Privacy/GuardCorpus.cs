using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Tests.Privacy;

/// <summary>
/// Loads a labelled guard corpus from Privacy/Corpus (copied to the test output directory): the original one
/// (<see cref="All"/>, guard-corpus.jsonl) and the adversarial one written for issue 15 (<see cref="Adversarial"/>).
/// </summary>
public sealed class GuardCorpus
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<GuardCorpus> Original = new(() => new GuardCorpus("guard-corpus.jsonl"));

    private static readonly Lazy<GuardCorpus> AdversarialCorpus = new(() => new GuardCorpus("adversarial-corpus.jsonl"));

    private GuardCorpus(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Privacy", "Corpus", fileName);
        Entries = [.. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<GuardCorpusEntry>(line, Options)
                ?? throw new InvalidDataException("Empty corpus line."))];
    }

    public IReadOnlyList<GuardCorpusEntry> Entries { get; }

    public IReadOnlyList<GuardCorpusEntry> Identifiers => [.. Entries.Where(e => !e.IsAnonymous)];

    public IReadOnlyList<GuardCorpusEntry> Clean => [.. Entries.Where(e => e.IsAnonymous)];

    /// <summary>The adversarial corpus of issue 15: identifiers written to get past a filter, and clean texts full of numbers.</summary>
    public static GuardCorpus Adversarial => AdversarialCorpus.Value;

    public static IReadOnlyList<GuardCorpusEntry> All => Original.Value.Entries;

    public static IReadOnlyList<GuardCorpusEntry> WithIdentifiers => Original.Value.Identifiers;

    public static IReadOnlyList<GuardCorpusEntry> Anonymous => Original.Value.Clean;
}
