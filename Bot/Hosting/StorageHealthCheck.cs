using IntervisieBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Hosting;

/// <summary>Readiness: table storage answers a live request (one table query) within <see cref="TableStorageOptions.ProbeTimeout"/>.</summary>
public sealed class StorageHealthCheck(TableStore store, IOptions<TableStorageOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var probe = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        probe.CancelAfter(options.Value.ProbeTimeout);
        try
        {
            await foreach (var _ in store.Service.QueryAsync(filter: "TableName eq 'readyz'", maxPerPage: 1, cancellationToken: probe.Token).ConfigureAwait(false))
                break;
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (Protocol.Turns.TransientFaults.IsTransient(ex, cancellationToken) || ex is Azure.RequestFailedException)
        {
            return HealthCheckResult.Unhealthy("Table storage did not answer in time.");
        }
    }
}
