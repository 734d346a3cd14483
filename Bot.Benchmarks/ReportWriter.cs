using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Benchmarks;

/// <summary>Writes results.json (everything) and results.md (the tables the README's "Performance" section shows).</summary>
public static class ReportWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task<(string JsonPath, string MarkdownPath)> WriteAsync(BenchmarkReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var jsonPath = Path.Combine(directory, "results.json");
        var markdownPath = Path.Combine(directory, "results.md");
        await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(report, Json) + "\n");
        await File.WriteAllTextAsync(markdownPath, Markdown(report));
        return (jsonPath, markdownPath);
    }

    public static string Markdown(BenchmarkReport report)
    {
        var m = report.Machine;
        var s = report.Settings;
        var md = new StringBuilder();
        md.AppendLine(Invariant($"Run {report.GeneratedAtUtc:yyyy-MM-dd HH:mm} UTC ({report.Mode}) on {m.Cores} cores ({m.CpuModel}), {m.MemoryGiB} GiB, {m.Os}, {m.DotNet}, Node {m.Node}; load average at start {m.LoadAverageAtStart}."));
        md.AppendLine(Invariant($"{s.Conversations} concurrent conversations, {s.WarmupSeconds} s warm-up then {s.DurationSeconds} s measured per phase."));
        md.AppendLine();
        md.AppendLine("**Turns** (HTTP to `/api/messages`; reply = until the answer reaches the loopback connector; ms)");
        md.AppendLine();
        md.AppendLine("| Phase | Bot | Requests/s | HTTP p50 / p95 / p99 | Reply p50 / p95 / p99 | Errors | Peak RSS (MiB) | CPU (% of a core) | CPU ms per turn |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var t in report.Turns)
        {
            md.AppendLine(Invariant($"| {t.Phase} | {t.Target} | {t.RequestsPerSecond} | {t.Http.P50} / {t.Http.P95} / {t.Http.P99} | {Reply(t)} | {t.ErrorCount} | {Num(t.PeakRssMiB)} | {Num(t.CpuPercentOfOneCore)} | {Num(t.CpuMsPerTurn)} |"));
        }
        foreach (var c in report.Comparisons)
        {
            md.AppendLine(Invariant($"| **Ratio** IntervisieBot ÷ {c.Peer} (message stream) | | {c.ThroughputRatio}× | p50 {c.HttpP50Ratio}× | p50 {c.ReplyP50Ratio}×, p99 {c.ReplyP99Ratio}× | | | | |"));
        }
        md.AppendLine();
        md.AppendLine("Mixed Teams traffic = per team: `@IntervisieBot help`, `hulp`, an unknown command, an intervisie round through its card actions (`intervisie.start` vijfstappenmethode, `intervisie.contribute` in two phases, `intervisie.advance`, `intervisie.close`), a lesson capture (`lessons.save`), the roles card's `roles.save` and installationUpdate `add-upgrade`; message stream = help, hulp and the unknown command, sent identically to every bot.");
        md.AppendLine();
        if (report.Targets.Count > 0)
        {
            md.AppendLine("**Targets** (issue #16; ratios within this one run)");
            md.AppendLine();
            md.AppendLine("| Target | This run | Bound | Met |");
            md.AppendLine("|---|---:|---:|---|");
            foreach (var t in report.Targets) md.AppendLine(Invariant($"| {t.Name} | {t.Value} | {t.Bound} | {(t.Met ? "yes" : "**no**")} |"));
            if (report.Turns.FirstOrDefault() is { CardActionHttp.Count: > 0 } mix)
                md.AppendLine(Invariant($"\nCard actions in mixed traffic: HTTP p50 {mix.CardActionHttp.P50} / p99 {mix.CardActionHttp.P99} ms (n={mix.CardActionHttp.Count}); messages in mixed traffic: reply p50 {mix.Reply.P50} / p99 {mix.Reply.P99} ms (n={mix.Reply.Count})."));
        }
        md.AppendLine();
        if (report.Turns.FirstOrDefault() is { HttpByKind.Count: > 0 } mixed)
        {
            md.AppendLine(Invariant($"HTTP latency per activity in \"{mixed.Phase}\" ({mixed.Target}; ms): ")
                + string.Join("; ", mixed.HttpByKind.OrderBy(k => k.Key, StringComparer.Ordinal)
                    .Select(k => Invariant($"{k.Key} p50 {k.Value.P50} / p99 {k.Value.P99} (n={k.Value.Count})"))) + ".");
            md.AppendLine();
        }
        if (report.StorageBudget.Count > 0)
        {
            md.AppendLine("**Storage requests per turn** (counted in the Azure SDK pipeline, intake and done mark included; one team, warm, the most of 2 samples; budget from issue #16)");
            md.AppendLine();
            md.AppendLine("| Turn | Storage requests | Budget | Within |");
            md.AppendLine("|---|---:|---:|---|");
            foreach (var b in report.StorageBudget)
                md.AppendLine(Invariant($"| {b.Kind} | {b.Requests} | {(b.Budget is { } budget ? budget.ToString(CultureInfo.InvariantCulture) : "–")} | {(b.WithinBudget is { } within ? within ? "yes" : "**no**" : "")} |"));
            md.AppendLine();
        }
        md.AppendLine("**Cold start** (process start → first help message)");
        md.AppendLine();
        md.AppendLine("| Bot | First HTTP 200 (ms) | First reply at the connector (ms) |");
        md.AppendLine("|---|---:|---:|");
        foreach (var cold in report.ColdStart) md.AppendLine(Invariant($"| {cold.Target} | {cold.ToFirstHttpOkMs} | {cold.ToFirstReplyMs} |"));
        md.AppendLine();
        var r = report.Recommender;
        md.AppendLine("**Recommender** (in-process, one thread)");
        md.AppendLine();
        md.AppendLine("| Catalogue | Lessons | Index build: first / median of 5 (ms) | Lesson source build (ms) | Query p50 / p95 / p99 (ms) | Queries/s |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|");
        md.AppendLine(Invariant($"| {r.CatalogueEntries} | {r.Lessons} | {r.IndexBuildFirstMs} / {r.IndexBuildMedianMs} | {r.LessonSourceBuildMs} | {r.Query.P50} / {r.Query.P95} / {r.Query.P99} | {r.QueriesPerSecond} |"));
        md.AppendLine();
        var g = report.Guard;
        md.AppendLine("**Personal-data guard** (in-process, one thread, both guard corpora)");
        md.AppendLine();
        md.AppendLine("| Texts (refused) | Rounds | Mean length (chars) | Texts/s | Per text p50 / p95 / p99 / max (µs) |");
        md.AppendLine("|---:|---:|---:|---:|---:|");
        md.AppendLine(Invariant($"| {g.Texts} ({g.Refused}) | {g.Rounds} | {g.MeanTextLength} | {g.TextsPerSecond} | {g.P50Microseconds} / {g.P95Microseconds} / {g.P99Microseconds} / {g.MaxMicroseconds} |"));
        md.AppendLine();
        var f = report.ReminderFanOut;
        md.AppendLine("**Reminder fan-out** (in-process delivery engine → Azurite outbox → a loopback connector enforcing Teams' limits: 7/s and 60/30 s per conversation, 50/s per app per tenant, 429 with Retry-After beyond)");
        md.AppendLine();
        md.AppendLine("| Reminders | Users | Instances | Scheduling (s) | Delivery (s) | Messages/s | Share of the 50/s ceiling | Connector requests | Most requests in any 1 s | 429s | Duplicates | Lost |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine(Invariant($"| {f.Reminders} | {f.Users} | {f.Instances} | {f.ScheduleSeconds} | {f.DeliverySeconds} | {f.MessagesPerSecond} | {f.ShareOfCeiling:P1} | {f.ConnectorRequests} | {f.PeakRequestsInAnySecond} | {f.Throttled429} | {f.Duplicates} | {f.Lost}{(f.CompletedWithinTimeout ? "" : " (timed out)")} |"));
        md.AppendLine();
        if (report.Chaos is { } x)
        {
            md.AppendLine(Invariant($"**Chaos** ({x.Conversations} conversations for {x.DurationSeconds} s: the bot killed with SIGKILL and restarted {x.Kills}×, Azurite frozen with SIGSTOP for {x.FreezeSeconds} s, the connector answering {x.Throttled429Share:P0} of sends 429 and {x.ServerError500Share:P0} 500; a message that got no 200 is sent again, like Teams does)"));
            md.AppendLine();
            md.AppendLine("| Sent | Acknowledged | Answered | Duplicated | Lost | 503s | No answer (process down) | Injected 429 / 500 | Drain (s) |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            md.AppendLine(Invariant($"| {x.Sent} | {x.Acknowledged} | {x.Answered} | {x.Duplicated} | {x.Lost} | {x.Refused503} | {x.ConnectionFailures} | {x.Injected429} / {x.Injected500} | {x.DrainSeconds} |"));
            md.AppendLine();
        }
        foreach (var note in report.Notes) md.AppendLine("- " + note);
        return md.ToString();
    }

    private static string Reply(LoadPhaseResult t) => t.Reply.Count == 0 ? "–" : Invariant($"{t.Reply.P50} / {t.Reply.P95} / {t.Reply.P99}");

    private static string Num(double? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
