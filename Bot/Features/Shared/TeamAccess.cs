namespace IntervisieBot.Features.Shared;

/// <summary>The answer of <see cref="AccessControl.CheckAsync"/>: may the actor of a turn run a team command here.</summary>
public enum TeamAccess
{
    Allowed,
    /// <summary>A personal chat: the command works only in a team channel or group chat.</summary>
    NotInTeam,
    /// <summary>In a team, without the role the command needs.</summary>
    MissingRole,
}
