using System.Globalization;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>The roles feature's answer to <see cref="ITeamRoles"/>: the roles table and, for refusals, the team's roster.</summary>
public sealed class TeamRoles(RoleStore roles, TeamRoster roster) : ITeamRoles
{
    public Task<TeamRole> GetRolesAsync(TeamScope scope, string userKey, CancellationToken cancellationToken) =>
        roles.GetRolesAsync(scope, userKey, cancellationToken);

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
}
