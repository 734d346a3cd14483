namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// Prepares a turn before it is dispatched (e.g. the language to answer in), in the turn's own DI scope; a failure
/// is answered like any failed turn. Register with <c>services.AddSingleton&lt;ITurnInitializer, …&gt;()</c>.
/// </summary>
public interface ITurnInitializer
{
    Task InitializeAsync(TurnContext turn, CancellationToken cancellationToken);
}
