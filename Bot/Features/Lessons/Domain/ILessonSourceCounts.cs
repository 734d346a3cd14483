namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>How many of a team's lessons came from given sources (e.g. a series' rounds), asked by another feature; counts only.</summary>
public interface ILessonSourceCounts
{
    Task<int> CountTeamLessonsFromAsync(string tenantId, string teamKey, string sourceKind, IReadOnlySet<string> sourceIds, CancellationToken cancellationToken);
}
