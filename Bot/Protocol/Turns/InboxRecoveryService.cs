using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// On every instance, every <see cref="TurnOptions.RecoveryInterval"/> (and at start-up): takes over inbox rows whose lease
/// ran out (an instance crashed mid-turn, or a turn failed transiently and waits for its next attempt) and replies that wait
/// for delivery, and hands them to <see cref="TurnRunner.ResumeAsync"/>.
/// </summary>
public sealed partial class InboxRecoveryService(
    IActivityInbox inbox,
    TurnRunner runner,
    IOptions<TurnOptions> options,
    ILogger<InboxRecoveryService> logger) : BackgroundService
{
    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RecoverOnceAsync(stoppingToken).ConfigureAwait(false) == Batch) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage down or similar: try again next interval; a hosted service must not die.
                LogRecoveryFailed(logger, ex.GetType().Name);
            }
            try
            {
                // Wall-clock, like the leases it checks.
                await Task.Delay(options.Value.RecoveryInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass; returns how many rows this instance took over.</summary>
    public async Task<int> RecoverOnceAsync(CancellationToken cancellationToken)
    {
        var claims = await inbox.ClaimAbandonedAsync(Batch, cancellationToken).ConfigureAwait(false);
        foreach (var claim in claims) await runner.ResumeAsync(claim).ConfigureAwait(false);
        return claims.Count;
    }

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "Inbox recovery pass failed ({ExceptionType}); trying again next interval")]
    private static partial void LogRecoveryFailed(ILogger logger, string exceptionType);
}
