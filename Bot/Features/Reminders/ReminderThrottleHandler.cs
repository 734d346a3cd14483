using System.Net;

namespace IntervisieBot.Features.Reminders;

/// <summary>
/// In the connector's HTTP pipeline: on a 429 during a reminder send, pauses that tenant in the <see cref="ReminderPacer"/>
/// for the Retry-After (1 s when absent), so other reminders wait too instead of hammering.
/// </summary>
public sealed class ReminderThrottleHandler(ReminderPacer pacer, ReminderMetrics metrics, TimeProvider time) : DelegatingHandler
{
    private static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && ReminderSendContext.TenantId is { } tenantId)
        {
            var header = response.Headers.RetryAfter;
            var pause = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : DefaultPause);
            if (pause < TimeSpan.Zero) pause = TimeSpan.Zero;
            pacer.Throttled(tenantId, pause);
            metrics.Throttled();
        }
        return response;
    }
}
