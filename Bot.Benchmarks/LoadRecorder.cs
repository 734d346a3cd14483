namespace IntervisieBot.Benchmarks;

/// <summary>Thread-safe tallies of one load phase (only requests sent after the warm-up are recorded).</summary>
public sealed class LoadRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _http = [];
    private readonly List<double> _reply = [];
    private readonly List<double> _cardActionHttp = [];
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> _httpByKind = new(StringComparer.Ordinal);

    public void Request(TrafficKind kind, double httpMs)
    {
        lock (_gate)
        {
            _http.Add(httpMs);
            if (!_httpByKind.TryGetValue(kind.ToString(), out var list)) _httpByKind[kind.ToString()] = list = [];
            list.Add(httpMs);
            if (TeamsTraffic.IsCardAction(kind)) _cardActionHttp.Add(httpMs);
        }
    }

    public void Reply(double replyMs)
    {
        lock (_gate) _reply.Add(replyMs);
    }

    public void Error(string kind)
    {
        lock (_gate) _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
    }

    /// <summary>CPU the bot's process used in the measured window, per request sent in it (ms of one core).</summary>
    private static double? CpuMsPerTurn(double? cpuPercentOfOneCore, TimeSpan duration, int requests) =>
        cpuPercentOfOneCore is { } percent && requests > 0 ? Math.Round(percent / 100 * duration.TotalMilliseconds / requests, 2) : null;

    public LoadPhaseResult ToResult(string phase, string target, string traffic, int conversations, TimeSpan warmup, TimeSpan duration,
        (double PeakRssMiB, double CpuPercentOfOneCore)? resources)
    {
        lock (_gate)
        {
            return new LoadPhaseResult(
                phase, target, traffic, conversations, warmup.TotalSeconds, duration.TotalSeconds,
                _http.Count, Math.Round(_http.Count / duration.TotalSeconds, 1),
                _httpByKind.ToDictionary(k => k.Key, k => k.Value.Count, StringComparer.Ordinal),
                _httpByKind.ToDictionary(k => k.Key, k => LatencySummary.From(k.Value), StringComparer.Ordinal),
                LatencySummary.From(_http), LatencySummary.From(_reply), LatencySummary.From(_cardActionHttp),
                _errors.Values.Sum(), new Dictionary<string, int>(_errors),
                resources?.PeakRssMiB, resources?.CpuPercentOfOneCore, CpuMsPerTurn(resources?.CpuPercentOfOneCore, duration, _http.Count));
        }
    }
}
