using IntervisieBot.Privacy.Retention;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>
/// Unanswered questions are kept <c>Retention:InformationNeedDays</c> (the longest window an overview can show), not for
/// ever; rows from before the lexicon whitelist that hold any other word are deleted at once.
/// </summary>
public sealed class InformationNeedsRetention(InformationNeedStore store) : IRetentionParticipant
{
    public string Name => "information-needs";

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, RetentionOptions options, CancellationToken cancellationToken) =>
        store.PurgeAsync(now.AddDays(-options.InformationNeedDays), cancellationToken);
}
