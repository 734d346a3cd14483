using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Help;

/// <summary>
/// A feature that may understand a message that matched no command (e.g. a casus described in plain words in a personal
/// chat). Asked in registration order before the unknown-command hint; the first that returns true handled the turn.
/// </summary>
public interface IUnknownMessageInterpreter
{
    Task<bool> TryHandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
