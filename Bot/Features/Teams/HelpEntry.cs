namespace IntervisieBot.Features.Teams;

/// <summary>One line of the help card: the command as the user types it, and what it does.</summary>
/// <param name="Order">Position on the card (lower first).</param>
public sealed record HelpEntry(string Command, string Description, int Order);
