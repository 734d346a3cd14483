namespace IntervisieBot.Benchmarks;

/// <summary>Thread-safe tallies of one load phase (only requests sent after the warm-up are recorded).</summary>
public sealed class LoadRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _http = [];
    private readonly List<double> _reply = [];
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byKind = new(StringComparer.Ordinal);

    public void Request(TrafficKind kind, double httpMs)
    {
        lock (_gate)
        {
            _http.Add(httpMs);
            _byKind[kind.ToString()] = _byKind.GetValueOrDefault(kind.ToString()) + 1;
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

    public LoadPhaseResult ToResult(string phase, string target, string traffic, int conversations, TimeSpan warmup, TimeSpan duration,
        (double PeakRssMiB, double CpuPercentOfOneCore)? resources)
    {
        lock (_gate)
        {
            return new LoadPhaseResult(
                phase, target, traffic, conversations, warmup.TotalSeconds, duration.TotalSeconds,
                _http.Count, Math.Round(_http.Count / duration.TotalSeconds, 1),
                new Dictionary<string, int>(_byKind),
                LatencySummary.From(_http), LatencySummary.From(_reply),
                _errors.Values.Sum(), new Dictionary<string, int>(_errors),
                resources?.PeakRssMiB, resources?.CpuPercentOfOneCore);
        }
    }
}
