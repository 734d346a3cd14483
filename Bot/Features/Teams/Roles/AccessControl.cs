using System.Globalization;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>
/// Who may do what, decided on the server from the authenticated activity only: the team scope comes from the
/// activity's conversation, the actor from its <c>from</c>. Data carried in a card is never trusted for this.
/// </summary>
public sealed class AccessControl(RoleStore roles, TeamRoster roster)
{
    /// <summary>
    /// Who can grant a role here, for a refusal ("Alleen voor kennismakelaars"): the team's teamleiders by name (read
    /// from the roster, never stored), or that the team has none yet. Null outside a team, or when the member list cannot
    /// be read (the refusal then stands without names).
    /// </summary>
    public async Task<string?> WhoGrantsRolesAsync(TurnContext turn, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (TeamScope.From(turn.Activity) is not { } scope) return null;
        IReadOnlyList<Protocol.Schema.ChannelAccount> members;
        try
        {
            members = await roster.GetMembersAsync(turn.ServiceUrl, scope, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException)
        {
            return null;
        }
        var stored = await roles.ListAsync(scope, cancellationToken).ConfigureAwait(false);
        var names = members
            .Where(m => ((stored.GetValueOrDefault(TeamScope.UserKey(m)) | roles.ConfiguredRoles(TeamScope.UserKey(m))) & TeamRole.Teamleider) != 0)
            .Select(m => string.IsNullOrWhiteSpace(m.Name) ? null : m.Name!.Trim())
            .OfType<string>()
            .Order(StringComparer.CurrentCulture)
            .ToList();
        return names.Count switch
        {
            0 => RolesStrings.GrantsNoTeamleider(culture),
            1 => RolesStrings.GrantsOneTeamleider(culture, names[0]),
            _ => RolesStrings.GrantsTeamleiders(culture, string.Join(", ", names)),
        };
    }

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
