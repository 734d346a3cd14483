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
/// de-duplicate → invoke synchronously, or acknowledge and queue everything else.
/// </summary>
public sealed partial class ActivityEndpoint(
    IInboundAuthenticator authenticator,
    TenantAllowList tenants,
    IServiceUrlTrust trust,
    IConversationReferenceStore conversations,
    IProcessedActivityLog processed,
    TurnQueue queue,
    TurnRunner runner,
    TimeProvider time,
    IOptions<TurnOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ActivityEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
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
        try
        {
            await conversations.UpsertAsync(ToReference(activity), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(activity.Id)
                && !await processed.TryMarkProcessedAsync(activity.Conversation!.Id!, activity.Id, cancellationToken).ConfigureAwait(false))
            {
                LogDuplicate(logger, activity.Type);
                return Results.Ok();
            }
        }
        catch (Azure.RequestFailedException ex)
        {
            LogStorageUnavailable(logger, ex.Status);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var turn = new QueuedTurn(activity, auth.Identity) { QueuedBy = System.Diagnostics.Activity.Current?.Context ?? default };
        if (activity.Type == ActivityTypes.Invoke)
        {
            var response = await runner.RunAsync(turn, isInvoke: true, cancellationToken).ConfigureAwait(false) ?? new InvokeResponse(501);
            return response.Body is null
                ? Results.StatusCode(response.Status)
                : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);
        }

        if (!queue.TryEnqueue(turn))
        {
            LogQueueFull(logger);
            http.Response.Headers.RetryAfter = "5";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Ok();
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

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Duplicate delivery of a {ActivityType} activity ignored")]
    private static partial void LogDuplicate(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Storage unavailable ({Status}); asked the channel to retry")]
    private static partial void LogStorageUnavailable(ILogger logger, int status);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Activity from a tenant that is not in AllowedTenants refused; nothing stored")]
    private static partial void LogTenantRefused(ILogger logger);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Activity refused while shutting down; asked the channel to retry")]
    private static partial void LogShuttingDown(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Turn queue full; asked the channel to retry")]
    private static partial void LogQueueFull(ILogger logger);
}
