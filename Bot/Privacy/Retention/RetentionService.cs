using Microsoft.Extensions.Options;

namespace IntervisieBot.Privacy.Retention;

/// <summary>Runs every retention participant periodically; each run is idempotent, so several instances may run it.</summary>
public sealed partial class RetentionService(
    IEnumerable<IRetentionParticipant> participants,
    IOptionsMonitor<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>One pass over every participant; returns the number of items removed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var participant in participants)
        {
            try
            {
                var removed = await participant.PurgeExpiredAsync(time.GetUtcNow(), options.CurrentValue, cancellationToken).ConfigureAwait(false);
                total += removed;
                LogPurged(logger, participant.Name, removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, participant.Name, ex.GetType().Name);
            }
        }
        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CurrentValue.Interval, time);
        do
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Retention {Participant}: {Removed} item(s) removed")]
    private static partial void LogPurged(ILogger logger, string participant, int removed);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Retention {Participant} failed ({ExceptionType}); it runs again next interval")]
    private static partial void LogFailed(ILogger logger, string participant, string exceptionType);
}
