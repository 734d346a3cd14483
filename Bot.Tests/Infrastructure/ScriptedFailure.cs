namespace IntervisieBot.Tests.Infrastructure;

/// <summary>A failure the <see cref="LoopbackConnector"/> answers with instead of success.</summary>
/// <param name="StatusCode">HTTP status to return (e.g. 429, 503, 403).</param>
/// <param name="RetryAfter">Optional <c>Retry-After</c> header value, sent verbatim (delta-seconds or an HTTP-date).</param>
/// <param name="ErrorCode">The <c>error.code</c> in the ErrorResponse body.</param>
/// <param name="CorrelationId">Optional <c>X-Correlating-OperationId</c> header value.</param>
public sealed record ScriptedFailure(int StatusCode, string? RetryAfter = null, string ErrorCode = "ScriptedFailure", string? CorrelationId = null)
{
    public static ScriptedFailure Throttled(int retryAfterSeconds) => new(429, retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "Throttled");
}
