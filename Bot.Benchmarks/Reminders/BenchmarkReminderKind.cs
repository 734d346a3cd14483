using System.Globalization;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Protocol.Schema;


namespace IntervisieBot.Benchmarks.Reminders;

/// <summary>The benchmark's reminder kind: a plain message whose text is the reminder id (so the connector counts per id).</summary>
public sealed class BenchmarkReminderKind : IReminderKind
{
    public const string Name = "bench";

    public string Kind => Name;

    public Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken) =>
        Task.FromResult<Activity?>(new Activity { Type = ActivityTypes.Message, Text = reminder.Id });
}
