using Azure;

namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// Which exceptions mean "a dependency is unavailable right now" (answer 503 with Retry-After, or try the turn again later)
/// rather than a permanent refusal or a bug: storage giving no answer or a 5xx/408/429, the Azure SDK's retries giving up
/// (an <see cref="AggregateException"/> of those), a connector failure that is not permanent, a transport failure, or a time
/// bound of ours running out (an <see cref="OperationCanceledException"/> the caller did not ask for).
/// </summary>
public static class TransientFaults
{
    public static bool IsTransient(Exception exception, CancellationToken callerToken = default) => exception switch
    {
        RequestFailedException e => e.Status is 0 or 408 or 429 or >= 500,
        AggregateException e => e.InnerExceptions.Count > 0 && e.InnerExceptions.All(inner => IsTransient(inner, callerToken)),
        Connector.ConnectorException e => !e.IsPermanent,
        HttpRequestException or TimeoutException or IOException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };
}
