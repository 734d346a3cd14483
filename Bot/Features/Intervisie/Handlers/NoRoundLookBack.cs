using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>The default look back: nothing (replaced by the reminders feature's source).</summary>
public sealed class NoRoundLookBack : IRoundLookBackSource
{
    public Task<IReadOnlyList<RoundLookBackItem>> GetDueLessonsAsync(string tenantId, string teamPartition, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoundLookBackItem>>([]);
}
