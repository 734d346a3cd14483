using IntervisieBot.Privacy.Retention;

namespace IntervisieBot.Features.Reminders.Storage;

/// <summary>Finished reminder rows (sent, undeliverable, closed) are deleted <c>Retention:ReminderDays</c> after their due time.</summary>
public sealed class RemindersRetention(ReminderOutbox outbox) : IRetentionParticipant
{
    public string Name => "reminders";

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, RetentionOptions options, CancellationToken cancellationToken) =>
        outbox.PurgeFinishedBeforeAsync(now.AddDays(-options.ReminderDays), cancellationToken);
}
