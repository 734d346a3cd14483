using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>
/// Told after a teamleider saved the team's roles (<c>roles.save</c>), with every listed member who holds a role now (e.g.
/// the handreikingen' monthly review digest for kennismakelaars). Owned here; other features implement it. A listener that
/// fails is logged and does not undo the saved roles.
/// </summary>
public interface IRoleAssignmentListener
{
    Task RolesSavedAsync(TurnContext turn, TeamScope scope, IReadOnlyList<(ChannelAccount Member, TeamRole Roles)> assigned, CancellationToken cancellationToken);
}
