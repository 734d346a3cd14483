namespace IntervisieBot.Features.Intervisie.Handlers;

public enum RoundOutcomeKind
{
    /// <summary>No round with that id in this conversation.</summary>
    NotFound,

    /// <summary>The engine refused; nothing changed.</summary>
    Refused,

    /// <summary>Accepted as a harmless repeat (a double click, a stale deadline); nothing stored.</summary>
    Unchanged,

    /// <summary>Stored.</summary>
    Changed,

    /// <summary>Kept losing the optimistic-concurrency race; nothing stored. Rare; the user may try again.</summary>
    Busy,
}
