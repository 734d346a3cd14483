using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Lessons.FollowUp.Storage;

/// <summary>
/// The look back at the start of a round: the team's lessons whose check is due or overdue and that were not stopped, most
/// recently due first, at most <see cref="MaxItems"/>. Only the lesson sentence, which passed the privacy guard when saved.
/// </summary>
public sealed class LessonCheckLookBack(LessonStore store, TimeProvider time) : IRoundLookBackSource
{
    public const int MaxItems = 5;

    public async Task<IReadOnlyList<RoundLookBackItem>> GetDueLessonsAsync(string tenantId, string teamPartition, CancellationToken cancellationToken)
    {
        var lessons = await TeamLessonsAsync(tenantId, teamPartition, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return
        [
            .. lessons
                .Where(l => l.Scope == LessonScopeKind.Team && l.Status == LessonStatus.Active && !l.Check.Stopped && l.CheckDate <= now)
                .OrderByDescending(l => l.CheckDate)
                .Take(MaxItems)
                .Select(l => new RoundLookBackItem(l.Text)),
        ];
    }

    /// <summary>
    /// The round knows its team as <c>TeamScope.PartitionKey</c> (<c>tenant|team</c>, or a hash of it); lessons are partitioned
    /// as <c>team|tenant|team</c>. The plain form gives the team key directly; a hashed one is matched against the tenant's team lessons.
    /// </summary>
    private async Task<IReadOnlyList<Lesson>> TeamLessonsAsync(string tenantId, string teamPartition, CancellationToken cancellationToken)
    {
        var prefix = tenantId + "|";
        if (teamPartition.StartsWith(prefix, StringComparison.Ordinal) && teamPartition.Length > prefix.Length)
            return await store.ListAsync(LessonPartitions.Team(tenantId, teamPartition[prefix.Length..]), LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false);
        var all = await store.ListTeamLessonsOfTenantAsync(tenantId, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(l => l.TeamKey is { } team && TableKeys.Encode(tenantId + "|" + team) == teamPartition)];
    }
}
