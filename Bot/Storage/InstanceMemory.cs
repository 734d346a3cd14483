using System.Collections.Concurrent;

namespace IntervisieBot.Storage;

/// <summary>
/// What one instance remembers of rows it read or wrote, so that a turn need not ask storage again (the storage budget):
/// bounded (past <c>limit</c> entries it starts over) and forgotten after <c>lifetime</c>. Another instance's writes reach
/// this one only when the entry expires, so use it where that staleness is harmless.
/// </summary>
public sealed class InstanceMemory<TKey, TValue>(TimeProvider time, TimeSpan lifetime, int limit = InstanceMemory.DefaultLimit)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset At)> _entries = new();

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && time.GetUtcNow() - entry.At < lifetime)
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Remember(TKey key, TValue value)
    {
        if (_entries.Count >= limit) _entries.Clear();
        _entries[key] = (value, time.GetUtcNow());
    }

    public void Forget(TKey key) => _entries.TryRemove(key, out _);

    public void Clear() => _entries.Clear();
}

/// <summary>Defaults of <see cref="InstanceMemory{TKey, TValue}"/>.</summary>
public static class InstanceMemory
{
    /// <summary>Entries kept before the memory starts over (each costs one storage request again).</summary>
    public const int DefaultLimit = 20_000;
}
