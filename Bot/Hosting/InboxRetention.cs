using IntervisieBot.Privacy.Retention;
using IntervisieBot.Storage;

namespace IntervisieBot.Hosting;

/// <summary>Finished inbox rows (ids only) are deleted <c>Retention:InboxDays</c> after they were finished.</summary>
public sealed class InboxRetention(TableActivityInbox inbox) : IRetentionParticipant
{
    public string Name => "inbox";

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, RetentionOptions options, CancellationToken cancellationToken) =>
        inbox.PurgeFinishedBeforeAsync(now.AddDays(-options.InboxDays), cancellationToken);
}
