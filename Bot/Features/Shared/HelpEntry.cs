using IntervisieBot.Cards;

namespace IntervisieBot.Features.Shared;

/// <summary>Where a command works.</summary>
[Flags]
public enum HelpPlace
{
    /// <summary>The personal chat with the bot.</summary>
    Personal = 1,
    /// <summary>A team channel or group chat (the bot is mentioned).</summary>
    Team = 2,
    Anywhere = Personal | Team,
}

/// <summary>
/// A text field with a button on the help card, for a command that needs a few words (e.g. a casus): the button runs
/// <paramref name="Verb"/> with the field's value under <paramref name="InputId"/>.
/// </summary>
public sealed record HelpInput(string InputId, string Label, string Verb, string ButtonTitle);

/// <summary>One line of the help card: the command as the user types it, and what it does.</summary>
/// <param name="Order">Position on the card (lower first).</param>
/// <param name="Where">Where the command works; the help card lists what works here first.</param>
/// <param name="Role">The role the command needs (listed only for people who hold it); <see cref="TeamRole.None"/> for everyone.</param>
/// <param name="Run">The exact command phrase a button runs (<see cref="CardActions.RunCommand"/>); null when it needs more than the phrase.</param>
/// <param name="Input">A field and button for a command that needs a few words.</param>
public sealed record HelpEntry(string Command, string Description, int Order, HelpPlace Where = HelpPlace.Anywhere,
    TeamRole Role = TeamRole.None, string? Run = null, HelpInput? Input = null);

/// <summary>Who is asking, and where: the help and welcome cards show what fits.</summary>
/// <param name="Roles">The roles the person holds here (in a team), or in any team (in the personal chat).</param>
public sealed record HelpViewer(HelpPlace Here, TeamRole Roles)
{
    /// <summary>Anyone without a role in a team channel (e.g. the welcome posted to a whole team).</summary>
    public static HelpViewer TeamMember { get; } = new(HelpPlace.Team, TeamRole.None);

    public static HelpViewer PersonalChat { get; } = new(HelpPlace.Personal, TeamRole.None);

    public bool May(HelpEntry entry) => entry.Role == TeamRole.None || (Roles & entry.Role) != 0;
}
