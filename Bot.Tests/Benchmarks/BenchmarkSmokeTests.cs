using System.Text.Json;
using IntervisieBot.Benchmarks;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Benchmarks;

/// <summary>
/// The benchmark harness still runs end to end (./bench.sh itself is not part of the tests): a tiny run (2 conversations ×
/// 2 s, the bot as its own process, the three peers (botbuilder echo, Teams SDK echo, botbuilder with Blob state on the same
/// Azurite), a short chaos run, the recommender, 200 reminders fanned out) writes results.json with every section.
/// Asserts shape and correctness (every reply arrived), never speed.
/// </summary>
public sealed class BenchmarkSmokeTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("intervisiebot-bench-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Main_SmokeMode_WritesResultsJsonAndMarkdown()
    {
        var exitCode = await BenchmarkProgram.Main(["--repo", RepoPaths.Root, "--bot-dll", RepoPaths.BotDll, "--out", _output, "--smoke"]);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "results.json")));
        var root = json.RootElement;
        Assert.Equal("smoke", root.GetProperty("mode").GetString());
        Assert.True(root.GetProperty("machine").GetProperty("cores").GetInt32() > 0);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("machine").GetProperty("dotNet").GetString()));
        Assert.Equal(2, root.GetProperty("settings").GetProperty("conversations").GetInt32());

        var turns = root.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(
            ["Mixed Teams traffic|IntervisieBot", "Message stream|IntervisieBot", "Message stream|Echo bot (botbuilder JS)",
             "Message stream|Echo bot (Teams SDK JS)", "Message stream|Stateful bot (botbuilder + Blob state)"],
            turns.Select(t => t.GetProperty("phase").GetString() + "|" + t.GetProperty("target").GetString()));
        foreach (var phase in turns)
        {
            Assert.True(phase.GetProperty("requests").GetInt32() > 0);
            Assert.Equal(0, phase.GetProperty("errorCount").GetInt32()); // every request answered 2xx, every reply arrived
            Assert.True(phase.GetProperty("reply").GetProperty("count").GetInt32() > 0);
            foreach (var field in new[] { "p50", "p95", "p99" }) Assert.True(phase.GetProperty("http").GetProperty(field).GetDouble() > 0);
            Assert.True(phase.GetProperty("peakRssMiB").GetDouble() > 0);
            Assert.True(phase.GetProperty("cpuPercentOfOneCore").ValueKind == JsonValueKind.Number);
            Assert.True(phase.GetProperty("cpuMsPerTurn").GetDouble() > 0); // printed for every bot
        }
        var mixedKinds = turns[0].GetProperty("requestsByKind").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var kind in new[] { "RolesCardAction", "LessonSave", "RoundStart", "RoundContribute", "RoundAdvance", "RoundClose" })
            Assert.Contains(kind, mixedKinds); // and, with errorCount 0 above, each did its real work (no refusal, no form sent back)
        Assert.True(turns[0].GetProperty("httpByKind").GetProperty("RoundStart").GetProperty("p50").GetDouble() > 0);

        Assert.True(turns[0].GetProperty("cardActionHttp").GetProperty("count").GetInt32() > 0);

        var comparisons = root.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.Equal(turns.Skip(2).Select(t => t.GetProperty("target").GetString()), comparisons.Select(c => c.GetProperty("peer").GetString()));
        Assert.All(comparisons, c => Assert.True(c.GetProperty("throughputRatio").GetDouble() > 0));
        var targets = root.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(5, targets.Count); // three throughput ratios, card-action p99 ÷ message p99, peak RSS
        Assert.Contains("card-action p99 ÷ message p99 (mixed traffic)", targets);
        Assert.All(root.GetProperty("targets").EnumerateArray(), t => Assert.True(t.GetProperty("value").GetDouble() > 0));
        Assert.All(root.GetProperty("coldStart").EnumerateArray(), c => Assert.True(c.GetProperty("toFirstReplyMs").GetDouble() > 0));
        var budget = root.GetProperty("storageBudget").EnumerateArray().ToDictionary(b => b.GetProperty("kind").GetString()!, b => b.GetProperty("requests").GetInt32());
        Assert.Equal(2, budget["Help"]); // a known command message: intake + done mark, as StorageBudgetTests holds in-process
        foreach (var kind in new[] { "RoundStart", "RoundContribute", "LessonSave", "RolesCardAction" }) Assert.True(budget[kind] > 1, kind);

        var recommender = root.GetProperty("recommender");
        Assert.True(recommender.GetProperty("catalogueEntries").GetInt32() > 0);
        Assert.Equal(50, recommender.GetProperty("query").GetProperty("count").GetInt32());
        Assert.True(recommender.GetProperty("indexBuildMedianMs").GetDouble() > 0);
        var guard = root.GetProperty("guard");
        Assert.True(guard.GetProperty("texts").GetInt32() >= 600);       // both guard corpora
        Assert.True(guard.GetProperty("refused").GetInt32() > 0 && guard.GetProperty("refused").GetInt32() < guard.GetProperty("texts").GetInt32());
        Assert.True(guard.GetProperty("textsPerSecond").GetDouble() > 0);
        Assert.True(guard.GetProperty("p99Microseconds").GetDouble() > 0);
        var fanOut = root.GetProperty("reminderFanOut");
        Assert.Equal(200, fanOut.GetProperty("reminders").GetInt32());
        Assert.True(fanOut.GetProperty("completedWithinTimeout").GetBoolean());
        Assert.Equal(0, fanOut.GetProperty("duplicates").GetInt32()); // every reminder reached the connector exactly once
        Assert.Equal(0, fanOut.GetProperty("lost").GetInt32());
        Assert.True(fanOut.GetProperty("messagesPerSecond").GetDouble() > 0);
        Assert.Equal(50, fanOut.GetProperty("ceilingPerSecond").GetDouble());

        var chaos = root.GetProperty("chaos");
        Assert.Equal(2, chaos.GetProperty("kills").GetInt32()); // killed with SIGKILL and restarted twice
        Assert.True(chaos.GetProperty("acknowledged").GetInt32() > 0);
        Assert.Equal(chaos.GetProperty("acknowledged").GetInt32(), chaos.GetProperty("answered").GetInt32());
        Assert.Equal(0, chaos.GetProperty("lost").GetInt32()); // every acknowledged message answered despite kills, a freeze and faults

        var markdown = await File.ReadAllTextAsync(Path.Combine(_output, "results.md"));
        Assert.Contains("| **Ratio** IntervisieBot ÷ Stateful bot (botbuilder + Blob state) (message stream)", markdown);
        Assert.Contains("**Targets**", markdown);
        Assert.Contains("**Storage requests per turn**", markdown);
        Assert.Contains("**Reminder fan-out**", markdown);
        Assert.Contains("**Chaos**", markdown);
        Assert.DoesNotContain("Not yet measured", markdown);
    }
}
