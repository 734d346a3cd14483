namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// Counts the storage requests made on behalf of one turn, from its intake (de-dup, durable inbox row) to its completion
/// mark, so the storage budget per kind of turn can be measured and tested. The storage layer adds to <see cref="Current"/>
/// for every HTTP request it sends (retries included); the tally follows the turn from the endpoint to the background worker.
/// </summary>
public sealed class TurnStorageTally
{
    private static readonly AsyncLocal<TurnStorageTally?> Ambient = new();
    private int _requests;

    /// <summary>The tally of the turn the current code runs for, if any.</summary>
    public static TurnStorageTally? Current => Ambient.Value;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Makes this tally the current one until the returned scope is disposed.</summary>
    public IDisposable Enter()
    {
        var previous = Ambient.Value;
        Ambient.Value = this;
        return new Scope(previous);
    }

    public void Add() => Interlocked.Increment(ref _requests);

    private sealed class Scope(TurnStorageTally? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
