using System.Diagnostics.Metrics;

namespace IntervisieBot.Features.Reminders;

/// <summary>Reminder counters on the meter <see cref="MeterName"/>.</summary>
public sealed class ReminderMetrics
{
    public const string MeterName = "IntervisieBot";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _undeliverable;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _closed;
    private readonly Counter<long> _throttled;

    public ReminderMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _sent = Meter.CreateCounter<long>("intervisiebot.reminders.sent", "{reminder}", "Reminders sent (the connector answered 2xx).");
        _undeliverable = Meter.CreateCounter<long>("intervisiebot.reminders.undeliverable", "{reminder}", "Reminders marked undeliverable.");
        _retried = Meter.CreateCounter<long>("intervisiebot.reminders.retried", "{reminder}", "Reminder attempts that failed transiently and were rescheduled.");
        _closed = Meter.CreateCounter<long>("intervisiebot.reminders.closed", "{reminder}", "Reminders closed because they were no longer needed.");
        _throttled = Meter.CreateCounter<long>("intervisiebot.reminders.throttled", "{response}", "429 answers seen during reminder sends (the tenant was paused).");
    }

    public Meter Meter { get; }

    internal void Sent(string kind) => _sent.Add(1, new KeyValuePair<string, object?>("kind", kind));
    internal void Undeliverable(string kind, string reason) =>
        _undeliverable.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("reason", reason));
    internal void Retried(string kind) => _retried.Add(1, new KeyValuePair<string, object?>("kind", kind));
    internal void Closed(string kind) => _closed.Add(1, new KeyValuePair<string, object?>("kind", kind));
    internal void Throttled() => _throttled.Add(1);
}
