using System.Globalization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Shared;

/// <summary>
/// Who may do what, decided on the server from the authenticated activity only: the team scope comes from the
/// activity's conversation, the actor from its <c>from</c>. Data carried in a card is never trusted for this.
/// </summary>
public sealed class AccessControl(ITeamRoles roles)
{
    /// <inheritdoc cref="ITeamRoles.WhoGrantsRolesAsync"/>
    public Task<string?> WhoGrantsRolesAsync(TurnContext turn, CultureInfo culture, CancellationToken cancellationToken) =>
        roles.WhoGrantsRolesAsync(turn, culture, cancellationToken);

    public async Task<TeamRole> RolesOfActorAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var scope = TeamScope.From(turn.Activity);
        if (scope is null) return TeamRole.None;
        return await roles.GetRolesAsync(scope, TeamScope.UserKey(turn.Activity.From), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ActorHasAsync(TurnContext turn, TeamRole required, CancellationToken cancellationToken) =>
        (await RolesOfActorAsync(turn, cancellationToken).ConfigureAwait(false) & required) == required;

    /// <summary>
    /// Whether <paramref name="userKey"/> holds <paramref name="required"/> in <paramref name="scope"/>, for a check outside
    /// the team's own conversation (a reminder being built, a file consent answered in the personal chat).
    /// </summary>
    public async Task<bool> HoldsAsync(TeamScope scope, string userKey, TeamRole required, CancellationToken cancellationToken) =>
        (await roles.GetRolesAsync(scope, userKey, cancellationToken).ConfigureAwait(false) & required) == required;

    /// <summary>
    /// The check of a team command: in a team (channel or group chat) and holding <paramref name="required"/> there. The
    /// scope is the turn's team (null in a personal chat); each feature answers a refusal with its own words.
    /// </summary>
    public async Task<(TeamScope? Scope, TeamAccess Access)> CheckAsync(TurnContext turn, TeamRole required, CancellationToken cancellationToken)
    {
        if (TeamScope.From(turn.Activity) is not { } scope) return (null, TeamAccess.NotInTeam);
        var allowed = await HoldsAsync(scope, TeamScope.UserKey(turn.Activity.From), required, cancellationToken).ConfigureAwait(false);
        return (scope, allowed ? TeamAccess.Allowed : TeamAccess.MissingRole);
    }

    /// <summary>
    /// True when an object that belongs to <paramref name="ownerTenantId"/>/<paramref name="ownerConversationId"/> may be
    /// touched from this turn: same tenant and the same conversation (thread replies count as their conversation).
    /// Teams only delivers an activity from a conversation to its members, so this is also the membership check.
    /// </summary>
    public static bool IsSameConversation(TurnContext turn, string ownerTenantId, string ownerConversationId) =>
        string.Equals(turn.TenantId ?? "", ownerTenantId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(TeamScope.ThreadRoot(turn.ConversationId), TeamScope.ThreadRoot(ownerConversationId), StringComparison.Ordinal);
}
