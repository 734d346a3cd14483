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

    /// <summary>The lesson form's <c>lessons.save</c> invoke: privacy guard on every field, tag suggestion, lesson row, check reminder scheduled, lesson card in the response.</summary>
    LessonSave,

    /// <summary>The start card's <c>intervisie.start</c> invoke (vijfstappenmethode, live): roster call, round row + active marker, round card posted.</summary>
    RoundStart,

    /// <summary><c>intervisie.contribute</c> in the round's current phase: privacy guard, contribution row, round state with its ETag, card update.</summary>
    RoundContribute,

    /// <summary><c>intervisie.advance</c> by the gespreksleider/teamleider: role check, next phase, card update.</summary>
    RoundAdvance,

    /// <summary><c>intervisie.close</c> by the teamleider: round closed, summary card, rotation history.</summary>
    RoundClose,
}
