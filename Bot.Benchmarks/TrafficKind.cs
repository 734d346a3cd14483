namespace IntervisieBot.Benchmarks;

/// <summary>The kinds of Teams activity the load generator sends.</summary>
public enum TrafficKind
{
    /// <summary>"@IntervisieBot help" in a channel (help card reply).</summary>
    Help,

    /// <summary>"@IntervisieBot hulp" (the Dutch help phrase).</summary>
    Hulp,

    /// <summary>A message the bot does not understand (friendly hint card).</summary>
    UnknownCommand,

    /// <summary>The roles card's Action.Execute (<c>roles.save</c>) invoke: role check, roster call, table write, card in the response.</summary>
    RolesCardAction,

    /// <summary>installationUpdate <c>add-upgrade</c> (the app was updated): conversation registry write, no reply.</summary>
    InstallationUpgrade,

    /// <summary>installationUpdate <c>add</c>: the set-up of each conversation (welcome card, first teamleider).</summary>
    InstallationAdd,
}
