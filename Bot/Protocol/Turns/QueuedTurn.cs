using System.Security.Claims;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>An acknowledged, authenticated activity waiting for its background turn.</summary>
public sealed record QueuedTurn(Activity Activity, ClaimsIdentity Identity)
{
    /// <summary>The trace of the request that queued the turn, so the background turn's span can link to it.</summary>
    public System.Diagnostics.ActivityContext QueuedBy { get; init; }
}
