namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// <c>afwezig</c> / <c>aanwezig</c> ahead of a session: the roles after it, whether it was so already (nothing to store), and
/// whether the roles were out already and proposed again (the announcement is then updated).
/// </summary>
public sealed record AwayAheadDecision(SessionRoles Roles, bool Already, bool RolesReproposed);
