using System.Security.Claims;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>An acknowledged, authenticated activity waiting for its background turn.</summary>
public sealed record QueuedTurn(Activity Activity, ClaimsIdentity Identity)
{
    /// <summary>The trace of the request that queued the turn, so the background turn's span can link to it.</summary>
    public System.Diagnostics.ActivityContext QueuedBy { get; init; }

    /// <summary>The inbox row this turn holds a lease on (marked done, deferred or retried when the turn ends).</summary>
    public InboxTicket? Ticket { get; init; }

    /// <summary>Storage requests made for this turn so far (its intake included).</summary>
    public TurnStorageTally Tally { get; init; } = new();
}
