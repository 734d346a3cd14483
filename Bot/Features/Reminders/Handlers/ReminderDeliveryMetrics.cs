using System.Diagnostics.Metrics;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// The delivery engine's counters besides "sent" (which is <see cref="ReminderMetrics"/>), on the bot's meter
/// (<see cref="TurnTelemetry.Name"/>).
/// </summary>
public sealed class ReminderDeliveryMetrics
{
    private readonly Counter<long> _undeliverable;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _closed;
    private readonly Counter<long> _throttled;

    public ReminderDeliveryMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(TurnTelemetry.Name);
        _undeliverable = Meter.CreateCounter<long>("intervisiebot.reminders.undeliverable", "{reminder}", "Reminders marked undeliverable, by kind and reason code.");
        _retried = Meter.CreateCounter<long>("intervisiebot.reminders.retried", "{reminder}", "Reminder attempts that failed transiently and were rescheduled.");
        _closed = Meter.CreateCounter<long>("intervisiebot.reminders.closed", "{reminder}", "Reminders closed because they were no longer needed.");
        _throttled = Meter.CreateCounter<long>("intervisiebot.reminders.throttled", "{response}", "429 answers seen during reminder sends (the tenant was paused).");
    }

    public Meter Meter { get; }

    internal void Undeliverable(string kind, string reason) =>
        _undeliverable.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("reason", reason));
    internal void Retried(string kind) => _retried.Add(1, new KeyValuePair<string, object?>("kind", kind));
    internal void Closed(string kind) => _closed.Add(1, new KeyValuePair<string, object?>("kind", kind));
    internal void Throttled() => _throttled.Add(1);
}
