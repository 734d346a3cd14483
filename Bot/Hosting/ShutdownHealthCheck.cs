using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntervisieBot.Hosting;

/// <summary>Readiness: not ready once shutdown has begun, so the load balancer stops sending while queued turns drain.</summary>
public sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Shutting down.")
            : HealthCheckResult.Healthy());
}
