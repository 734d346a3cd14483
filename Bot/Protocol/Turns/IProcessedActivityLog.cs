namespace IntervisieBot.Protocol.Turns;

/// <summary>Remembers activity ids so a redelivered activity is processed once.</summary>
public interface IProcessedActivityLog
{
    /// <summary>Records the id; false when it was already recorded (a duplicate delivery).</summary>
    Task<bool> TryMarkProcessedAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
