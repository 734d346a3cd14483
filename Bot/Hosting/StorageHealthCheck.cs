using IntervisieBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntervisieBot.Hosting;

/// <summary>Readiness: the table service answers.</summary>
public sealed class StorageHealthCheck(TableStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.GetTableAsync(TableNames.Conversations, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("Table storage is not reachable.");
        }
    }
}
