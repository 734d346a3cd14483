namespace IntervisieBot.Features.Shared;

/// <summary>Roles on top of klantmanager (which every member of a team is).</summary>
[Flags]
public enum TeamRole
{
    None = 0,
    Teamleider = 1,
    Kennismakelaar = 2,
}
