namespace IntervisieBot.Features.Teams.Roles;

/// <summary>Roles mapped from configuration (Entra object ids), on top of what teamleiders assign in Teams.</summary>
public sealed class RoleOptions
{
    public const string Section = "Roles";

    /// <summary>Entra object ids that are teamleider in every team of the tenant(s) the bot serves.</summary>
    public string[] Teamleiders { get; set; } = [];

    /// <summary>Entra object ids that are kennismakelaar in every team.</summary>
    public string[] Kennismakelaars { get; set; } = [];
}
