using System.Security.Claims;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>An acknowledged, authenticated activity waiting for its background turn.</summary>
public sealed record QueuedTurn(Activity Activity, ClaimsIdentity Identity);
