using System.Diagnostics;
using System.Text.Json;
using IntervisieBot.Privacy;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// The personal-data guard in-process, one thread: every text of both guard corpora (Bot.Tests/Privacy/Corpus, the original
/// and the adversarial one of issue 15) checked <c>rounds</c> times after a warm-up; texts per second and the time per text.
/// </summary>
public static class GuardSpeedBenchmark
{
    private static readonly string[] CorpusFiles = ["guard-corpus.jsonl", "adversarial-corpus.jsonl"];

    public static GuardSpeedResult Run(string repoRoot, int rounds, TextWriter log)
    {
        var texts = CorpusFiles
            .SelectMany(file => File.ReadLines(Path.Combine(repoRoot, "Bot.Tests", "Privacy", "Corpus", file)))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")
            .ToArray();
        var guard = new PersonalDataGuard(NullLogger<PersonalDataGuard>.Instance);
        foreach (var text in texts) guard.Check(text); // warm-up: regexes and word lists loaded, code jitted

        var perText = new List<double>(texts.Length * rounds);
        var refused = 0;
        var started = Stopwatch.GetTimestamp();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                var one = Stopwatch.GetTimestamp();
                var check = guard.Check(text);
                perText.Add(Stopwatch.GetElapsedTime(one).TotalMicroseconds);
                if (round == 0 && !check.IsClean) refused++;
            }
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var summary = LatencySummary.From(perText);
        var result = new GuardSpeedResult(texts.Length, refused, rounds, Math.Round(perText.Count / seconds, 0),
            summary.P50, summary.P95, summary.P99, summary.Max, Math.Round(texts.Average(t => t.Length), 0));
        log.WriteLine($"    guard: {result.Texts} texts x {rounds}: {result.TextsPerSecond} texts/s, per text p50 {result.P50Microseconds} µs, p99 {result.P99Microseconds} µs");
        return result;
    }
}
