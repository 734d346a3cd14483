using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>Polls the outbox: runs <see cref="ReminderEngine.RunOnceAsync"/> back to back while there is work, otherwise waits the poll interval.</summary>
public sealed class ReminderDeliveryService(
    ReminderEngine engine,
    TenantBudgetShare budget,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DeliveryEnabled) return;
        ReminderLog.Started(logger, engine.InstanceId, options.Value.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            int processed;
            try
            {
                processed = await engine.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Storage down or similar: log and try again after the interval; a hosted service must not die.
                ReminderLog.PollFailed(logger, e, engine.InstanceId);
                processed = 0;
            }
            if (processed > 0) continue;
            // Nothing to send: give this instance's share of the tenant budgets back, so the instances still sending get it.
            try
            {
                await budget.ReleaseAllAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Stops polling, lets in-flight sends finish, then gives this instance's share of the tenant budgets back.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await budget.ReleaseAllAsync(cancellationToken).ConfigureAwait(false);
    }
}
