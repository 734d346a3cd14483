namespace IntervisieBot.Privacy.Retention;

/// <summary>A feature whose stored texts expire (e.g. a round's casus, questions and analyses, N days after the round ended).</summary>
public interface IRetentionParticipant
{
    /// <summary>A short, stable name for logs.</summary>
    string Name { get; }

    /// <summary>Deletes what has expired at <paramref name="now"/>; returns how many items were removed.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, RetentionOptions options, CancellationToken cancellationToken);
}
