using System.Diagnostics.Metrics;

namespace IntervisieBot.Protocol.Connector;

/// <summary>
/// Counters of the meter <see cref="MeterName"/>: every HTTP attempt (tagged operation and status), every retry,
/// and every throttled (429) answer.
/// </summary>
public sealed class ConnectorMetrics
{
    public const string MeterName = "IntervisieBot.Connector";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _throttled;

    public ConnectorMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _requests = Meter.CreateCounter<long>("intervisiebot.connector.requests", "{request}", "HTTP attempts made to the Bot Connector.");
        _retries = Meter.CreateCounter<long>("intervisiebot.connector.retries", "{retry}", "Connector attempts that were retried after a transient failure.");
        _throttled = Meter.CreateCounter<long>("intervisiebot.connector.throttled", "{response}", "Connector answers with status 429.");
    }

    /// <summary>The meter instance (one per service provider), so a listener can tell it from other providers' meters.</summary>
    public Meter Meter { get; }

    internal void Attempted(string operation, int statusCode)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("status", statusCode));
        if (statusCode == 429) _throttled.Add(1, new KeyValuePair<string, object?>("operation", operation));
    }

    internal void Retried(string operation, int statusCode) =>
        _retries.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("status", statusCode));
}
