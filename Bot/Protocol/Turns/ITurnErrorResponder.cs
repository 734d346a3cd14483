using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

/// <summary>Tells the user, in their language, that something went wrong (never exception text). Provided by a feature.</summary>
public interface ITurnErrorResponder
{
    /// <summary>For invokes: the response to return. For background turns: sends a message and returns null.</summary>
    Task<InvokeResponse?> RespondAsync(TurnContext turn, bool isInvoke, CancellationToken cancellationToken);
}
