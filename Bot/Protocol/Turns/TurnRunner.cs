using System.Diagnostics;
using System.Text.Json;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// Runs one turn in its own DI scope, under its own timeout, with failures logged (ids only) and answered politely. A
/// background turn ends by recording its outcome in the durable inbox: done, replies to deliver later, or (after a
/// transient failure: storage, connector, timeout) another attempt later; after too many attempts the user is told.
/// </summary>
public sealed partial class TurnRunner(
    IServiceScopeFactory scopes,
    IConnectorClient connector,
    IServiceUrlTrust trust,
    TurnDispatcher dispatcher,
    IEnumerable<ITurnErrorResponder> errorResponders,
    IActivityInbox inbox,
    TurnQueue queue,
    IEnumerable<ITurnInitializer> initializers,
    IOptions<TurnOptions> options,
    TurnTelemetry telemetry,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    /// <summary>Runs an invoke within <paramref name="budget"/> and returns its response (replies it could not deliver are kept in the inbox).</summary>
    public async Task<InvokeResponse?> RunInvokeAsync(QueuedTurn queued, TimeSpan budget, CancellationToken cancellationToken)
    {
        var result = await RunTracedAsync(queued, isInvoke: true, budget, cancellationToken).ConfigureAwait(false);
        if (result.Deferred.Count > 0 && queued.Ticket is { } ticket)
            await CompleteAsync(ticket, Deferred(result, queued), queued.Activity.Type).ConfigureAwait(false);
        return result.Response;
    }

    /// <summary>Runs an acknowledged message or event and records its outcome in the inbox.</summary>
    public async Task RunBackgroundAsync(QueuedTurn queued)
    {
        using var tally = queued.Tally.Enter();
        var activity = queued.Activity;
        var result = await RunTracedAsync(queued, isInvoke: false, options.Value.BackgroundTurnTimeout, CancellationToken.None).ConfigureAwait(false);
        if (queued.Ticket is { } ticket)
        {
            InboxCompletion completion;
            if (result.TransientFailure is { } failure)
            {
                if (ticket.Attempts >= options.Value.MaxAttempts)
                {
                    await TellUserItFailedAsync(queued).ConfigureAwait(false);
                    completion = new InboxCompletion.Failed("attempts-exhausted:" + failure);
                }
                else
                {
                    completion = new InboxCompletion.Retry(failure, DateTimeOffset.UtcNow + Backoff(ticket.Attempts, null));
                }
            }
            else
            {
                completion = result.Deferred.Count > 0 ? Deferred(result, queued) : new InboxCompletion.Done();
            }
            await CompleteAsync(ticket, completion, activity.Type).ConfigureAwait(false);
        }
        telemetry.StorageRequestsUsed(activity.Type, queued.Tally.Requests);
    }

    /// <summary>
    /// Takes over an inbox row another instance (or this one before a restart) left unfinished: runs its turn again,
    /// delivers replies that waited, or, when its attempts are used up, tells the user and keeps a text-free record.
    /// </summary>
    public async Task ResumeAsync(InboxClaim claim)
    {
        if (claim.Replies.Count > 0)
        {
            await DeliverDeferredAsync(claim).ConfigureAwait(false);
            return;
        }
        Schema.Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Schema.Activity>(claim.Body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }
        if (activity?.Conversation?.Id is null || activity.ServiceUrl is null)
        {
            await CompleteAsync(claim.Ticket, new InboxCompletion.Failed("unreadable"), null).ConfigureAwait(false);
            return;
        }
        TrustWhatTheCredentialBound(claim);
        var turn = new QueuedTurn(activity, claim.Identity) { Ticket = claim.Ticket };
        if (claim.Exhausted)
        {
            await TellUserItFailedAsync(turn).ConfigureAwait(false);
            await CompleteAsync(claim.Ticket, new InboxCompletion.Failed("attempts-exhausted"), activity.Type).ConfigureAwait(false);
            return;
        }
        LogResumed(logger, claim.Ticket.Attempts);
        // When the queue is full the lease simply runs out and an instance takes the row again later.
        if (!queue.TryEnqueue(turn)) LogQueueFull(logger);
    }

    /// <summary>The friendly answer for an invoke that cannot be handled now (storage unavailable at intake).</summary>
    public async Task<InvokeResponse> RespondUnavailableAsync(QueuedTurn queued)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(queued.Activity, queued.Identity, connector, scope.ServiceProvider);
        var responder = errorResponders.LastOrDefault();
        return responder is null
            ? new InvokeResponse(StatusCodes.Status503ServiceUnavailable)
            : await responder.RespondAsync(turn, isInvoke: true, CancellationToken.None).ConfigureAwait(false) ?? new InvokeResponse(StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<TurnResult> RunTracedAsync(QueuedTurn queued, bool isInvoke, TimeSpan budget, CancellationToken cancellationToken)
    {
        var activity = queued.Activity;
        var typeTag = TurnTelemetry.TypeTag(activity.Type);
        using var span = TurnTelemetry.ActivitySource.StartActivity(
            "turn " + typeTag, ActivityKind.Internal, parentContext: default,
            links: queued.QueuedBy == default ? null : [new ActivityLink(queued.QueuedBy)]);
        span?.SetTag("intervisiebot.activity.type", typeTag);
        if (isInvoke) span?.SetTag("intervisiebot.invoke.name", TurnTelemetry.InvokeTag(activity.Name));

        var started = time.GetTimestamp();
        var result = await RunCoreAsync(queued, isInvoke, budget, cancellationToken).ConfigureAwait(false);
        telemetry.TurnRan(activity.Type);
        LogTurnRan(logger, typeTag, isInvoke ? TurnTelemetry.InvokeTag(activity.Name) : "-", isInvoke ? (result.Response?.Status ?? 500).ToString(System.Globalization.CultureInfo.InvariantCulture) : "done", time.GetElapsedTime(started).TotalMilliseconds);
        if (isInvoke)
        {
            var status = result.Response?.Status ?? StatusCodes.Status500InternalServerError;
            telemetry.InvokeAnswered(activity.Name, status, time.GetElapsedTime(started));
            span?.SetTag("intervisiebot.invoke.status", status);
            if (status >= 500) span?.SetStatus(ActivityStatusCode.Error);
        }
        if (result.TransientFailure is not null) span?.SetStatus(ActivityStatusCode.Error);
        return result;
    }

    private async Task<TurnResult> RunCoreAsync(QueuedTurn queued, bool isInvoke, TimeSpan budget, CancellationToken cancellationToken)
    {
        var activity = queued.Activity;
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
            ["ConversationId"] = activity.Conversation?.Id,
        });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget > TimeSpan.Zero ? budget : TimeSpan.FromMilliseconds(1));
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(activity, queued.Identity, connector, scope.ServiceProvider);
        try
        {
            foreach (var initializer in initializers) await initializer.InitializeAsync(turn, timeout.Token).ConfigureAwait(false);
            var response = await dispatcher.DispatchAsync(turn, timeout.Token).ConfigureAwait(false);
            return new TurnResult(response, null, turn.Deferred, turn.DeferredRetryAfter);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, ex.GetType().Name, activity.Type, activity.Name);
            // A background turn from the inbox is tried again later when a dependency was unavailable; the user hears
            // nothing yet. Everything else (and every invoke: Teams waits for it) gets the friendly error now.
            if (!isInvoke && queued.Ticket is not null && TransientFaults.IsTransient(ex, cancellationToken))
                return new TurnResult(null, ex.GetType().Name, turn.Deferred, turn.DeferredRetryAfter);
            var responder = errorResponders.LastOrDefault();
            if (responder is null) return new TurnResult(isInvoke ? new InvokeResponse(500) : null, null, turn.Deferred, turn.DeferredRetryAfter);
            try
            {
                var response = await responder.RespondAsync(turn, isInvoke, CancellationToken.None).ConfigureAwait(false);
                return new TurnResult(response, null, turn.Deferred, turn.DeferredRetryAfter);
            }
            catch (Exception inner)
            {
                LogErrorReplyFailed(logger, inner.GetType().Name);
                return new TurnResult(isInvoke ? new InvokeResponse(500) : null, null, turn.Deferred, turn.DeferredRetryAfter);
            }
        }
    }

    /// <summary>Sends the friendly error (its own send is deferred if the connector refuses; then it is best effort).</summary>
    private async Task TellUserItFailedAsync(QueuedTurn queued)
    {
        var responder = errorResponders.LastOrDefault();
        if (responder is null) return;
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(queued.Activity, queued.Identity, connector, scope.ServiceProvider);
        try
        {
            await responder.RespondAsync(turn, isInvoke: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogErrorReplyFailed(logger, ex.GetType().Name);
        }
    }

    /// <summary>
    /// A recovered turn, or replies that waited in the inbox, may go where the token that brought the activity in bound
    /// (its serviceurl claim, kept with the row) — never to a serviceUrl merely because it was stored (docs/security.md).
    /// Anything else must be a configured host.
    /// </summary>
    private void TrustWhatTheCredentialBound(InboxClaim claim)
    {
        if (InboundAuthClaims.BoundServiceUrlOf(claim.Identity) is { } bound) trust.TrustAuthenticated(bound);
    }

    private async Task DeliverDeferredAsync(InboxClaim claim)
    {
        TrustWhatTheCredentialBound(claim);
        var waiting = new List<DeferredReply>();
        TimeSpan? retryAfter = null;
        foreach (var reply in claim.Replies)
        {
            var conversationId = reply.Activity.Conversation?.Id;
            if (conversationId is null) continue;
            try
            {
                if (reply.ActivityId is { } activityId)
                    await connector.UpdateAsync(claim.ServiceUrl, conversationId, activityId, reply.Activity, CancellationToken.None).ConfigureAwait(false);
                else
                    await connector.SendAsync(claim.ServiceUrl, conversationId, reply.Activity, CancellationToken.None).ConfigureAwait(false);
                LogDeferredDelivered(logger, claim.Ticket.Attempts);
            }
            catch (ConnectorException e) when (!e.IsPermanent)
            {
                waiting.Add(reply);
                if (e.RetryAfter is { } asked && (retryAfter is null || asked > retryAfter)) retryAfter = asked;
            }
            catch (Exception e) when (e is ConnectorException or UntrustedServiceUrlException)
            {
                LogDeferredDropped(logger, e.GetType().Name);
            }
        }
        InboxCompletion completion = waiting.Count == 0
            ? new InboxCompletion.Done()
            : claim.Exhausted
                ? new InboxCompletion.Failed("replies-undeliverable")
                : new InboxCompletion.Deferred(waiting, claim.ServiceUrl, DateTimeOffset.UtcNow + Backoff(claim.Ticket.Attempts, retryAfter), InboundAuthClaims.BoundServiceUrlOf(claim.Identity));
        await CompleteAsync(claim.Ticket, completion, null).ConfigureAwait(false);
    }

    private InboxCompletion.Deferred Deferred(TurnResult result, QueuedTurn queued) =>
        new(result.Deferred, queued.Activity.ServiceUrl!, DateTimeOffset.UtcNow + Backoff(1, result.DeferredRetryAfter), InboundAuthClaims.BoundServiceUrlOf(queued.Identity));

    /// <summary>base·2^(attempt-1), capped at 5 minutes, never less than what the connector asked for.</summary>
    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var backoff = options.Value.RetryBaseDelay * Math.Pow(2, Math.Clamp(attempt - 1, 0, 10));
        if (backoff > TimeSpan.FromMinutes(5)) backoff = TimeSpan.FromMinutes(5);
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }

    /// <summary>
    /// Writes the outcome, retrying while storage is unavailable (within <see cref="TurnOptions.CompletionRetryWindow"/>): a
    /// done mark that never lands means the turn runs again after its lease, and its reply would go out twice.
    /// </summary>
    private async Task CompleteAsync(InboxTicket ticket, InboxCompletion completion, string? activityType)
    {
        // Wall-clock time, like the leases: this is about a storage outage, not about the features' (possibly test) clock.
        var started = Stopwatch.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await inbox.CompleteAsync(ticket, completion, CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (Azure.RequestFailedException e) when (e.Status is 404 or 412)
            {
                LogLeaseLost(logger, activityType);
                return;
            }
            catch (Exception e) when (TransientFaults.IsTransient(e))
            {
                if (Stopwatch.GetElapsedTime(started) + delay > options.Value.CompletionRetryWindow)
                {
                    LogCompletionFailed(logger, e.GetType().Name, activityType);
                    return;
                }
                await Task.Delay(delay).ConfigureAwait(false);
                if (delay < TimeSpan.FromSeconds(4)) delay *= 2;
            }
        }
    }

    private sealed record TurnResult(InvokeResponse? Response, string? TransientFailure, IReadOnlyList<DeferredReply> Deferred, TimeSpan? DeferredRetryAfter);

    /// <summary>One line per turn (ids and names only, never text): what a developer watching ./run.sh needs.</summary>
    [LoggerMessage(EventId = 1018, Level = LogLevel.Information, Message = "Turn {ActivityType} {InvokeName} -> {Status} in {ElapsedMs:F0} ms")]
    private static partial void LogTurnRan(ILogger logger, string activityType, string invokeName, string status, double elapsedMs);

    /// <summary>The event id logged when a turn's handler throws (tests watch for it).</summary>
    public const int TurnFailedEventId = 1010;

    [LoggerMessage(EventId = TurnFailedEventId, Level = LogLevel.Error, Message = "Turn failed with {ExceptionType} (type {ActivityType}, name {InvokeName})")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string? activityType, string? invokeName);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Error, Message = "Could not tell the user about a failed turn ({ExceptionType})")]
    private static partial void LogErrorReplyFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Inbox lease of a {ActivityType} turn was taken over before it finished")]
    private static partial void LogLeaseLost(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Error, Message = "Could not record the outcome of a {ActivityType} turn ({ExceptionType}); it runs again after its lease")]
    private static partial void LogCompletionFailed(ILogger logger, string exceptionType, string? activityType);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information, Message = "Resumed an abandoned inbox row (attempt {Attempt})")]
    private static partial void LogResumed(ILogger logger, int attempt);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Warning, Message = "Turn queue full; an abandoned inbox row waits for its next lease")]
    private static partial void LogQueueFull(ILogger logger);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Information, Message = "Delivered a reply that had waited in the inbox (attempt {Attempt})")]
    private static partial void LogDeferredDelivered(ILogger logger, int attempt);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Warning, Message = "Dropped a waiting reply the connector refuses for good ({ExceptionType})")]
    private static partial void LogDeferredDropped(ILogger logger, string exceptionType);
}
