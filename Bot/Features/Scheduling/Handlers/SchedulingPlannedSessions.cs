using IntervisieBot.Features.Lessons.FollowUp;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>The lessons feature's view of the team's series: the next dates a session is held (none without an active series).</summary>
public sealed class SchedulingPlannedSessions(SeriesService series) : IPlannedSessionsSource
{
    public async Task<IReadOnlyList<DateOnly>> NextSessionsAsync(TeamScope scope, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (count <= 0 || await series.GetActiveAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false) is not { } active) return [];
        // Skipped occurrences count toward the window Upcoming looks at, so ask for a few more than needed.
        return [.. series.Upcoming(SeriesStore.PlanOf(active), count * 2).Where(o => o.Date is not null).Select(o => o.Date!.Value).Take(count)];
    }
}
