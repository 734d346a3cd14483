using Azure;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Hosting;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// One poll of the outbox: find claimable reminders, claim each with an ETag (so no two instances send the same one),
/// build its message through its kind, create the 1:1 chat if needed, pace, send, and only after a 2xx mark it sent.
/// Permanent connector errors make it undeliverable (one request, no retry storm); transient ones put it back to
/// pending with a later due time. A crash after the claim leaves a claim that expires and is taken by any instance.
/// </summary>
public sealed class ReminderEngine
{
    private readonly ReminderOutbox _outbox;
    private readonly IReadOnlyDictionary<string, IReminderKind> _kinds;
    private readonly IConnectorClient _connector;
    private readonly ReminderPacer _pacer;
    private readonly WorkingDayCalendar _calendar;
    private readonly ReminderDeliveryMetrics _metrics;
    private readonly ReminderMetrics _sent;
    private readonly ReminderOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReminderEngine> _logger;
    private readonly string _botId;

    public ReminderEngine(
        ReminderOutbox outbox,
        IEnumerable<IReminderKind> kinds,
        IConnectorClient connector,
        ReminderPacer pacer,
        ReminderInstanceName instance,
        WorkingDayCalendar calendar,
        ReminderDeliveryMetrics metrics,
        ReminderMetrics sent,
        IOptions<ReminderOptions> options,
        IOptions<BotIdentityOptions> identity,
        TimeProvider time,
        ILogger<ReminderEngine> logger)
    {
        _outbox = outbox;
        _kinds = kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);
        _connector = connector;
        _pacer = pacer;
        _calendar = calendar;
        _metrics = metrics;
        _sent = sent;
        _options = options.Value;
        _time = time;
        _logger = logger;
        InstanceId = instance.Value;
        _botId = "28:" + (identity.Value.MicrosoftAppId ?? "intervisiebot-dev");
    }

    public string InstanceId { get; }

    /// <summary>One poll. Returns how many reminders this instance claimed (and finished one way or another).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var outsideWindow = _calendar.NextSendableAt(now) > now; // outside the working-day window only any-time work goes out
        var candidates = (await _outbox.FindClaimableAsync(now, _options.BatchSize, cancellationToken, anyTimeOnly: outsideWindow).ConfigureAwait(false)).ToArray();
        if (candidates.Length == 0) return 0;
        Random.Shared.Shuffle(candidates); // instances start at different rows, so they rarely collide on a claim
        var processed = 0;
        await Parallel.ForEachAsync(
            candidates,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelSends), CancellationToken = cancellationToken },
            async (candidate, ct) =>
            {
                if (await ProcessAsync(candidate, ct).ConfigureAwait(false)) Interlocked.Increment(ref processed);
            }).ConfigureAwait(false);
        return processed;
    }

    private async Task<bool> ProcessAsync(ReminderEntity candidate, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var claimed = await _outbox.TryClaimAsync(candidate, InstanceId, now, now + _options.ClaimTimeout, cancellationToken).ConfigureAwait(false);
        if (claimed is null) return false;
        await DeliverAsync(claimed, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task DeliverAsync(ReminderEntity row, CancellationToken cancellationToken)
    {
        if (!_kinds.TryGetValue(row.Kind, out var kind))
        {
            ReminderLog.UnknownKind(_logger, row.RowKey, row.Kind);
            await RescheduleAsync(row, "unknown-kind", null).ConfigureAwait(false);
            return;
        }

        if (kind is IReminderAction action)
        {
            await RunActionAsync(row, action, cancellationToken).ConfigureAwait(false);
            return;
        }

        Activity? activity;
        try
        {
            activity = await kind.BuildAsync(row.ToRow(), BotCulture.FromLocale(row.Locale), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync(row).ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            ReminderLog.BuildFailed(_logger, row.RowKey, row.Kind, e.GetType().Name);
            await RescheduleAsync(row, "build-failed", null).ConfigureAwait(false);
            return;
        }
        if (activity is null)
        {
            row.Status = nameof(ReminderStatus.Closed);
            row.Reason = "not-needed";
            row.ClaimedUntil = null;
            if (await _outbox.TryReplaceAsync(row, CancellationToken.None).ConfigureAwait(false))
            {
                _metrics.Closed(row.Kind);
                ReminderLog.Closed(_logger, row.RowKey, row.Kind);
            }
            return;
        }

        // From the first connector call on, shutdown no longer interrupts: a call cut off mid-flight may have been
        // delivered, and the bookkeeping after a 2xx must be written, or the claim would expire and send it again.
        var uninterrupted = CancellationToken.None;
        try
        {
            if (string.IsNullOrEmpty(row.ConversationId))
            {
                if (!ClaimStillSafe(row)) return;
                ConversationResourceResponse created;
                using (ReminderSendContext.Enter(row.TenantId, null))
                {
                    created = await _connector.CreateConversationAsync(row.ServiceUrl,
                        PersonalChat.Parameters(new ChannelAccount { Id = _botId }, row.UserId, row.TenantId), uninterrupted).ConfigureAwait(false);
                }
                if (string.IsNullOrEmpty(created.Id)) throw new ConnectorException(200, "NoConversationId", "The connector created no conversation id.");
                row.ConversationId = created.Id;
                if (!await _outbox.TryReplaceAsync(row, uninterrupted).ConfigureAwait(false))
                {
                    ReminderLog.ClaimLost(_logger, row.RowKey);
                    return;
                }
            }

            if (!ClaimStillSafe(row)) return;
            var message = activity with { Type = activity.Type ?? ActivityTypes.Message };
            ResourceResponse response;
            using (ReminderSendContext.Enter(row.TenantId, row.ConversationId))
            {
                // Paced per attempt by ReminderThrottleHandler (Teams' per-conversation and per-tenant limits).
                response = await _connector.SendAsync(row.ServiceUrl, row.ConversationId!, message, uninterrupted).ConfigureAwait(false);
            }

            row.Status = nameof(ReminderStatus.Sent);
            row.SentAt = _time.GetUtcNow();
            row.SentActivityId = response.Id;
            row.ClaimedUntil = null;
            row.Reason = null;
            _sent.Sent(row.Kind);
            if (!await _outbox.TryReplaceAsync(row, uninterrupted).ConfigureAwait(false))
            {
                ReminderLog.SentButNotMarked(_logger, row.RowKey);
                return;
            }
            ReminderLog.Sent(_logger, row.RowKey, row.Kind, row.Attempts);
        }
        catch (ConnectorException e) when (e.IsPermanent)
        {
            await UndeliverableAsync(row, $"http-{e.StatusCode}" + (e.ErrorCode is null ? "" : ":" + e.ErrorCode), uninterrupted).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            if (e.StatusCode == 429) _pacer.Throttled(row.TenantId, e.RetryAfter ?? TimeSpan.FromSeconds(1));
            await RescheduleAsync(row, e.StatusCode == 0 ? "transport" : $"http-{e.StatusCode}", e.RetryAfter).ConfigureAwait(false);
        }
        catch (UntrustedServiceUrlException)
        {
            await UndeliverableAsync(row, "untrusted-service-url", uninterrupted).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            // Storage hiccup while saving the new conversation id: nothing was sent; the claim expires and it is retried.
            ReminderLog.BuildFailed(_logger, row.RowKey, row.Kind, e.GetType().Name);
        }
    }

    /// <summary>
    /// Timed work that is not one message (<see cref="IReminderAction"/>): run under the claim, its connector calls paced like
    /// a reminder's, and marked sent (done) when it returns. A failure is retried later like a failed send.
    /// </summary>
    private async Task RunActionAsync(ReminderEntity row, IReminderAction action, CancellationToken cancellationToken)
    {
        if (!ClaimStillSafe(row)) return;
        try
        {
            using (ReminderSendContext.Enter(row.TenantId, row.ConversationId))
            {
                await action.RunAsync(row.ToRow(), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync(row).ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            ReminderLog.BuildFailed(_logger, row.RowKey, row.Kind, e.GetType().Name);
            await RescheduleAsync(row, "run-failed", null).ConfigureAwait(false);
            return;
        }

        row.Status = nameof(ReminderStatus.Sent);
        row.SentAt = _time.GetUtcNow();
        row.ClaimedUntil = null;
        row.Reason = null;
        _sent.Sent(row.Kind);
        if (await _outbox.TryReplaceAsync(row, CancellationToken.None).ConfigureAwait(false)) ReminderLog.Sent(_logger, row.RowKey, row.Kind, row.Attempts);
        else ReminderLog.SentButNotMarked(_logger, row.RowKey);
    }

    /// <summary>Gives an unsent claim back (pending, same due time, attempt not counted) so another instance need not wait for it to expire.</summary>
    private async Task ReleaseAsync(ReminderEntity row)
    {
        row.Status = nameof(ReminderStatus.Pending);
        row.ClaimedUntil = null;
        row.ClaimedBy = null;
        row.Attempts = Math.Max(0, row.Attempts - 1);
        await _outbox.TryReplaceAsync(row, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>False (and the send is skipped) when too little of the claim is left: it would expire mid-send and another instance could send too.</summary>
    private bool ClaimStillSafe(ReminderEntity row)
    {
        if (row.ClaimedUntil is { } until && _time.GetUtcNow() + _options.ClaimSafetyMargin <= until) return true;
        ReminderLog.ClaimLost(_logger, row.RowKey);
        return false;
    }

    private async Task UndeliverableAsync(ReminderEntity row, string reason, CancellationToken cancellationToken)
    {
        row.Status = nameof(ReminderStatus.Undeliverable);
        row.Reason = reason;
        row.ClaimedUntil = null;
        if (await _outbox.TryReplaceAsync(row, cancellationToken).ConfigureAwait(false))
        {
            _metrics.Undeliverable(row.Kind, reason);
            ReminderLog.Undeliverable(_logger, row.RowKey, row.Kind, reason);
        }
    }

    private async Task RescheduleAsync(ReminderEntity row, string reason, TimeSpan? retryAfter)
    {
        if (row.Attempts >= _options.MaxAttempts)
        {
            await UndeliverableAsync(row, "attempts-exhausted:" + reason, CancellationToken.None).ConfigureAwait(false);
            return;
        }
        var backoff = _options.RetryBaseDelay * Math.Pow(2, Math.Max(0, row.Attempts - 1));
        if (backoff > _options.RetryMaxDelay) backoff = _options.RetryMaxDelay;
        if (retryAfter is { } asked && asked > backoff) backoff = asked;
        row.Status = nameof(ReminderStatus.Pending);
        row.Due = row.AnyTime ? _time.GetUtcNow() + backoff : _calendar.NextSendableAt(_time.GetUtcNow() + backoff);
        row.Reason = reason;
        row.ClaimedUntil = null;
        row.ClaimedBy = null;
        if (await _outbox.TryReplaceAsync(row, CancellationToken.None).ConfigureAwait(false))
        {
            _metrics.Retried(row.Kind);
            ReminderLog.Rescheduled(_logger, row.RowKey, row.Kind, reason, row.Attempts, row.Due);
        }
    }
}
