using System.Globalization;
using System.Text.Json;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Tests.Reminders;

/// <summary>A test kind: a plain message carrying the reminder id in text and channelData, so the connector can count per id.</summary>
internal sealed class EchoReminderKind : IReminderKind
{
    public const string Name = "test-echo";

    public string Kind => Name;

    public Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken) =>
        Task.FromResult<Activity?>(new Activity
        {
            Type = ActivityTypes.Message,
            Text = reminder.Id,
            ChannelData = JsonSerializer.SerializeToElement(new { reminderId = reminder.Id }),
        });
}
