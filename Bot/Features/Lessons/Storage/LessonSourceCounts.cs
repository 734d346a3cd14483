using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.Storage;

/// <summary><see cref="ILessonSourceCounts"/> from the team's lesson partition.</summary>
public sealed class LessonSourceCounts(LessonStore store) : ILessonSourceCounts
{
    public async Task<int> CountTeamLessonsFromAsync(string tenantId, string teamKey, string sourceKind, IReadOnlySet<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0) return 0;
        var lessons = await store.ListAsync(LessonPartitions.Team(tenantId, teamKey), LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false);
        return lessons.Count(l => string.Equals(l.SourceKind, sourceKind, StringComparison.Ordinal) && l.SourceId is { } id && sourceIds.Contains(id));
    }
}
