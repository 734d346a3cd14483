using System.Globalization;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Tests.Reminders;

/// <summary>A test kind whose reminders are never needed any more (BuildAsync returns null).</summary>
internal sealed class ClosingReminderKind : IReminderKind
{
    public const string Name = "test-closing";

    public string Kind => Name;

    public Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken) =>
        Task.FromResult<Activity?>(null);
}
