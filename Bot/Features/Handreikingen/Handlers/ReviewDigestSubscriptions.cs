using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// Who gets the monthly review digest: every member a teamleider makes kennismakelaar (<c>roles.save</c>), and every
/// kennismakelaar who opens <c>handreikingen overzicht</c> (also those configured organisation-wide). Scheduling is
/// idempotent; a failure is logged and leaves the saved roles or the overview alone (tried again next time).
/// </summary>
public sealed class ReviewDigestSubscriptions(ReviewDigestScheduler scheduler, ILogger<ReviewDigestSubscriptions> logger) : IRoleAssignmentListener
{
    public async Task RolesSavedAsync(TurnContext turn, TeamScope scope, IReadOnlyList<(ChannelAccount Member, TeamRole Roles)> assigned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(assigned);
        foreach (var (member, roles) in assigned)
        {
            if (roles.HasFlag(TeamRole.Kennismakelaar) && member.Id is { Length: > 0 } userId)
                await EnsureAsync(turn, scope, userId, TeamScope.UserKey(member), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The actor of <paramref name="turn"/> is a kennismakelaar in <paramref name="scope"/>.</summary>
    public Task ActorIsKennismakelaarAsync(TurnContext turn, TeamScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.From?.Id is { Length: > 0 } userId
            ? EnsureAsync(turn, scope, userId, TeamScope.UserKey(turn.Activity.From), cancellationToken)
            : Task.CompletedTask;
    }

    private async Task EnsureAsync(TurnContext turn, TeamScope scope, string userId, string userKey, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.EnsureAsync(new ReviewDigestScheduler.Recipient(scope.TenantId, scope.TeamKey, userId, userKey, turn.ServiceUrl,
                turn.Culture().Name), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HandreikingenLog.ReviewDigestNotScheduled(logger, ex);
        }
    }
}
