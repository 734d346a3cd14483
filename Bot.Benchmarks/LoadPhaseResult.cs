namespace IntervisieBot.Benchmarks;

/// <summary>One load phase against one bot: throughput, latencies (HTTP answer, reply at the connector), errors, resources.</summary>
public sealed record LoadPhaseResult(
    string Phase,
    string Target,
    string Traffic,
    int Conversations,
    double WarmupSeconds,
    double DurationSeconds,
    int Requests,
    double RequestsPerSecond,
    IReadOnlyDictionary<string, int> RequestsByKind,
    IReadOnlyDictionary<string, LatencySummary> HttpByKind,
    LatencySummary Http,
    LatencySummary Reply,
    int ErrorCount,
    IReadOnlyDictionary<string, int> Errors,
    double? PeakRssMiB,
    double? CpuPercentOfOneCore);
