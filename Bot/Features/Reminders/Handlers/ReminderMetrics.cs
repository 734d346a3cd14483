using System.Diagnostics.Metrics;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// The reminders counter on the bot's meter (<see cref="TurnTelemetry.Name"/>), defined ahead of the reminders feature so
/// dashboards and the benchmarks can rely on its name: call <see cref="Sent"/> once per reminder message the connector
/// accepted.
/// </summary>
public sealed class ReminderMetrics
{
    private readonly Counter<long> _sent;

    public ReminderMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(TurnTelemetry.Name);
        _sent = Meter.CreateCounter<long>("intervisiebot.reminders.sent", "{message}", "Reminder messages delivered to a conversation, by kind.");
    }

    public Meter Meter { get; }

    /// <param name="kind">A fixed code of the reminders feature (e.g. <c>follow-up</c>, <c>digest</c>), never user text.</param>
    public void Sent(string kind) => _sent.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
