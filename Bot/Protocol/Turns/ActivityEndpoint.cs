using System.Buffers;
using System.Net.Mime;
using System.Text.Json;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// <c>POST /api/messages</c>: bounded read → parse → shape check → authenticate → trust serviceUrl → record conversation →
/// store durably (the inbox row is the de-dup marker) → invoke synchronously, or acknowledge and run everything else at once
/// in the background.
/// </summary>
public sealed partial class ActivityEndpoint(
    IInboundAuthenticator authenticator,
    TenantAllowList tenants,
    IServiceUrlTrust trust,
    IConversationReferenceStore conversations,
    IActivityInbox inbox,
    TurnQueue queue,
    TurnRunner runner,
    TurnTelemetry telemetry,
    TimeProvider time,
    IOptions<TurnOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ActivityEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp(); // Teams' 5 s are wall-clock time
        var cancellationToken = http.RequestAborted;
        var request = http.Request;

        // Shutting down: queued turns are draining; the channel retries elsewhere (or here after the restart).
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogShuttingDown(logger);
            http.Response.Headers.RetryAfter = "5";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (!IsJson(request.ContentType))
            return Reject(StatusCodes.Status400BadRequest, "content-type");
        if (request.ContentLength > options.Value.MaxBodyBytes)
            return Reject(StatusCodes.Status413PayloadTooLarge, "body-too-large");

        var body = await ReadBoundedAsync(request.Body, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null) return Reject(StatusCodes.Status413PayloadTooLarge, "body-too-large");

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return Reject(StatusCodes.Status400BadRequest, "malformed-json");
        }
        if (ShapeProblem(activity) is { } problem) return Reject(StatusCodes.Status400BadRequest, problem);

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity!, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded || auth.Identity is null)
        {
            LogUnauthorized(logger, auth.FailureReason ?? "unknown");
            return Results.Unauthorized();
        }

        if (!tenants.IsAllowed(activity!.TenantId))
        {
            LogTenantRefused(logger);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        // Only a serviceUrl the credential binds (the token's serviceurl claim, or loopback in development mode) joins the
        // trusted set; any other is reached only when its host is configured (Connector:TrustedServiceHosts).
        if (InboundAuthClaims.BoundServiceUrlOf(auth.Identity) is { } bound) trust.TrustAuthenticated(bound);
        return await AcknowledgeAsync(http, activity, body, auth.Identity, started).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the conversation (only when new or changed) and stores the activity durably before answering: a message or
    /// event in the inbox (its insert is its de-dup marker), an invoke's id as done. Storage that does not answer within
    /// <see cref="TurnOptions.IntakeTimeout"/> gets a 503 with Retry-After (an invoke: the friendly card), never a 500.
    /// </summary>
    private async Task<IResult> AcknowledgeAsync(HttpContext http, Activity activity, byte[] body, System.Security.Claims.ClaimsIdentity identity, long started)
    {
        var cancellationToken = http.RequestAborted;
        var turn = new QueuedTurn(activity, identity) { QueuedBy = System.Diagnostics.Activity.Current?.Context ?? default };
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        using var tally = turn.Tally.Enter();
        InboxAdmission admission;
        using (var intake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            intake.CancelAfter(options.Value.IntakeTimeout);
            try
            {
                await conversations.UpsertAsync(ToReference(activity), intake.Token).ConfigureAwait(false);
                if (isInvoke)
                {
                    admission = string.IsNullOrEmpty(activity.Id)
                        ? new InboxAdmission(InboxVerdict.Admitted, null)
                        : await inbox.RecordInvokeAsync(activity.Conversation!.Id!, activity.Id, intake.Token).ConfigureAwait(false) is { } ticket
                            ? new InboxAdmission(InboxVerdict.Admitted, ticket)
                            : new InboxAdmission(InboxVerdict.Duplicate, null);
                }
                else
                {
                    admission = await inbox.AdmitAsync(
                        new InboxEnvelope(activity.Conversation!.Id!, activity.Id, activity.Type, body, identity), intake.Token).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (TransientFaults.IsTransient(ex, cancellationToken))
            {
                LogStorageUnavailable(logger, ex.GetType().Name);
                if (isInvoke && activity.Name == InvokeNames.AdaptiveCardAction) return InvokeResult(await runner.RespondUnavailableAsync(turn).ConfigureAwait(false));
                return Unavailable(http);
            }
            catch (Azure.RequestFailedException ex)
            {
                // Storage refused this activity for good (e.g. a key it cannot hold): a retry would fail the same way.
                return Reject(StatusCodes.Status400BadRequest, "storage-refused-" + ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (admission.Verdict != InboxVerdict.Admitted)
        {
            LogDuplicate(logger, activity.Type, admission.Verdict.ToString());
            return Results.Ok();
        }
        turn = turn with { Ticket = admission.Ticket };
        if (isInvoke)
        {
            var budget = options.Value.InvokeTimeout - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var response = await runner.RunInvokeAsync(turn, budget, cancellationToken).ConfigureAwait(false) ?? new InvokeResponse(501);
            telemetry.StorageRequestsUsed(activity.Type, turn.Tally.Requests);
            return InvokeResult(response);
        }

        // Stored durably: acknowledged even when this instance's queue is full (the lease runs out, any instance runs it).
        if (!queue.TryEnqueue(turn)) LogQueueFull(logger);
        return Results.Ok();
    }

    private static IResult InvokeResult(InvokeResponse response) => response.Body is null
        ? Results.StatusCode(response.Status)
        : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);

    private static IResult Unavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private IResult Reject(int status, string reason)
    {
        LogRejected(logger, status, reason);
        return Results.StatusCode(status);
    }

    private ConversationReference ToReference(Activity activity) => new(
        TenantId: activity.TenantId ?? "",
        ConversationId: activity.Conversation!.Id!,
        ConversationType: activity.Conversation.ConversationType,
        ServiceUrl: activity.ServiceUrl!,
        BotId: activity.Recipient?.Id,
        BotName: activity.Recipient?.Name,
        TeamId: activity.TeamId,
        TeamName: activity.TeamName,
        UpdatedAt: time.GetUtcNow());

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return false;
        try
        {
            var mediaType = new ContentType(contentType).MediaType;
            return mediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>What a well-formed activity must have before anything else looks at it; null when fine.</summary>
    internal static string? ShapeProblem(Activity? activity)
    {
        if (activity is null) return "empty-body";
        if (string.IsNullOrWhiteSpace(activity.Type)) return "missing-type";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "missing-conversation";
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl)) return "missing-serviceUrl";
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return "invalid-serviceUrl";
        if (IdProblem(activity) is { } idProblem) return idProblem;
        return null;
    }

    /// <summary>
    /// Longest id accepted from the channel. Teams ids are far shorter (a channel thread id with its message id is about
    /// 80 characters, a personal chat id a few hundred); anything longer can never be stored or addressed, so it is a
    /// permanent 400 rather than a storage failure the channel would retry for ever.
    /// </summary>
    internal const int MaxIdLength = 1024;

    /// <summary>The ids the bot stores or puts in connector URLs: present ones must be usable as both.</summary>
    private static string? IdProblem(Activity activity)
    {
        (string Name, string? Value)[] ids =
        [
            ("conversation", activity.Conversation!.Id),
            ("activity", activity.Id),
            ("replyTo", activity.ReplyToId),
            ("from", activity.From?.Id),
            ("recipient", activity.Recipient?.Id),
            ("tenant", activity.TenantId),
            ("team", activity.TeamId),
        ];
        foreach (var (name, value) in ids)
        {
            if (value is null) continue;
            if (value.Length > MaxIdLength) return $"{name}-id-too-long";
            // "." and ".." are dot-segments: no URL can address them (the connector client refuses them).
            if (value is "." or ".." || value.Any(char.IsControl)) return $"invalid-{name}-id";
        }
        return null;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Rejected request with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Unauthorized activity: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Repeated delivery of a {ActivityType} activity: {Verdict}, not run again")]
    private static partial void LogDuplicate(ILogger logger, string? activityType, string verdict);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Storage unavailable ({ExceptionType}); asked the channel to retry")]
    private static partial void LogStorageUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Activity from a tenant that is not in AllowedTenants refused; nothing stored")]
    private static partial void LogTenantRefused(ILogger logger);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Activity refused while shutting down; asked the channel to retry")]
    private static partial void LogShuttingDown(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Turn queue full; the stored activity waits for its lease to run out")]
    private static partial void LogQueueFull(ILogger logger);
}
