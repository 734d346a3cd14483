using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Lessons.FollowUp.Domain;

/// <summary>
/// The team's next planned intervisie dates, for the teamleider's overview ("when will there be enough"). Owned here and
/// implemented by the scheduling feature, so lessons never read scheduling's tables. No source registered = none planned.
/// </summary>
public interface IPlannedSessionsSource
{
    /// <summary>At most <paramref name="count"/> dates from today on when a session is held (skipped ones left out), earliest first.</summary>
    Task<IReadOnlyList<DateOnly>> NextSessionsAsync(TeamScope scope, int count, CancellationToken cancellationToken);
}
