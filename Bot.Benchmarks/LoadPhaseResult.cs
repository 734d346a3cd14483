namespace IntervisieBot.Benchmarks;

/// <summary>
/// One load phase against one bot: throughput, latencies (HTTP answer, reply at the connector; card actions, whose answer is
/// the HTTP response, also on their own), errors, resources (peak RSS, CPU in % of a core and in ms per turn).
/// </summary>
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
    LatencySummary CardActionHttp,
    int ErrorCount,
    IReadOnlyDictionary<string, int> Errors,
    double? PeakRssMiB,
    double? CpuPercentOfOneCore,
    double? CpuMsPerTurn);
