
namespace IntervisieBot.Features.Lessons.FollowUp.Domain;

/// <summary>
/// The team's lessons that are due for a check, shown in the look back at the start of a round. The reminders feature
/// provides the real source; until then <see cref="NoRoundLookBack"/> returns nothing and the card shows nothing.
/// </summary>
public interface IRoundLookBackSource
{
    /// <param name="tenantId">The team's tenant.</param>
    /// <param name="teamPartition">The team scope's partition key (<c>TeamScope.PartitionKey</c>).</param>
    Task<IReadOnlyList<RoundLookBackItem>> GetDueLessonsAsync(string tenantId, string teamPartition, CancellationToken cancellationToken);
}
