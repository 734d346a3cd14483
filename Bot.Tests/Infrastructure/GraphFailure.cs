using System.Globalization;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>A failure the <see cref="LoopbackGraphServer"/> answers with, in Graph's error format.</summary>
/// <param name="StatusCode">HTTP status (403, 404, 429, 500, 503 …).</param>
/// <param name="Code">The <c>error.code</c> Graph would send (Authorization_RequestDenied, ErrorAccessDenied, ErrorItemNotFound …).</param>
/// <param name="RetryAfter">Optional <c>Retry-After</c> header value, sent verbatim.</param>
public sealed record GraphFailure(int StatusCode, string Code, string Message, string? RetryAfter = null)
{
    /// <summary>Directory APIs (groups) without the permission.</summary>
    public static GraphFailure DirectoryDenied { get; } = new(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    /// <summary>Exchange APIs (events) without the permission, or a mailbox outside the application access policy.</summary>
    public static GraphFailure MailboxDenied { get; } = new(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");

    public static GraphFailure ItemNotFound { get; } = new(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    public static GraphFailure ServerError { get; } = new(500, "generalException", "General exception while processing.");

    public static GraphFailure Throttled(int retryAfterSeconds) =>
        new(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", retryAfterSeconds.ToString(CultureInfo.InvariantCulture));
}
