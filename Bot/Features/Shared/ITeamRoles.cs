using System.Globalization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Shared;

/// <summary>
/// The roles people hold in a team, as every feature asks for them through <see cref="AccessControl"/>. A contract below
/// the features (like <see cref="IHelpEntrySource"/>): the roles feature answers it (<c>Features/Teams/Roles/TeamRoles</c>),
/// so no feature reads the roles table itself.
/// </summary>
public interface ITeamRoles
{
    /// <summary>The roles <paramref name="userKey"/> holds in <paramref name="scope"/> (stored and configured).</summary>
    Task<TeamRole> GetRolesAsync(TeamScope scope, string userKey, CancellationToken cancellationToken);

    /// <summary>
    /// Who can grant a role here, for a refusal: the team's teamleiders by name, or that the team has none yet. Null outside
    /// a team, or when the member list cannot be read.
    /// </summary>
    Task<string?> WhoGrantsRolesAsync(TurnContext turn, CultureInfo culture, CancellationToken cancellationToken);
}
