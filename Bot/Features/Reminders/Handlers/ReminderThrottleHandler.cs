using System.Net;
using IntervisieBot.Protocol.Resilience;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// In the connector's HTTP pipeline, for reminder calls only (<see cref="ReminderSendContext"/> set): waits for the
/// <see cref="ReminderPacer"/> before every attempt, so the ConnectorClient's own retries are paced too, and on a 429
/// pauses that tenant for the Retry-After (1 s when absent) so other reminders wait instead of hammering. Every answer
/// goes back to the pacer (<see cref="ReminderPacer.Answered"/>), which frees the request's place a window after it.
/// </summary>
public sealed class ReminderThrottleHandler(ReminderPacer pacer, ReminderDeliveryMetrics metrics, TimeProvider time) : DelegatingHandler
{
    private static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (ReminderSendContext.Value is not { } target) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        var paced = await pacer.AcquireAsync(target.TenantId, target.ConversationId, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        pacer.Answered(paced);   // no answer (an exception): the request keeps its full margin
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            pacer.Throttled(target.TenantId, HttpRetryAfter.From(response, time.GetUtcNow()) ?? DefaultPause);
            metrics.Throttled();
        }
        return response;
    }
}
