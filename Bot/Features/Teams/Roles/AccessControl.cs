using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>
/// Who may do what, decided on the server from the authenticated activity only: the team scope comes from the
/// activity's conversation, the actor from its <c>from</c>. Data carried in a card is never trusted for this.
/// </summary>
public sealed class AccessControl(RoleStore roles)
{
    public async Task<TeamRole> RolesOfActorAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var scope = TeamScope.From(turn.Activity);
        if (scope is null) return TeamRole.None;
        return await roles.GetRolesAsync(scope, TeamScope.UserKey(turn.Activity.From), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ActorHasAsync(TurnContext turn, TeamRole required, CancellationToken cancellationToken) =>
        (await RolesOfActorAsync(turn, cancellationToken).ConfigureAwait(false) & required) == required;

    /// <summary>
    /// True when an object that belongs to <paramref name="ownerTenantId"/>/<paramref name="ownerConversationId"/> may be
    /// touched from this turn: same tenant and the same conversation (thread replies count as their conversation).
    /// Teams only delivers an activity from a conversation to its members, so this is also the membership check.
    /// </summary>
    public static bool IsSameConversation(TurnContext turn, string ownerTenantId, string ownerConversationId) =>
        string.Equals(turn.TenantId ?? "", ownerTenantId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(TeamScope.ThreadRoot(turn.ConversationId), TeamScope.ThreadRoot(ownerConversationId), StringComparison.Ordinal);
}
