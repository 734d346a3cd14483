using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// Paces this instance's connector calls to Teams' limits: per conversation 7 per second and 60 per 30 seconds, per
/// tenant (the app in that tenant) 50 per second shared by the instances sending to it (<see cref="TenantBudgetShare"/>:
/// this instance takes 1/N; without a share, all of it). A 429 from the connector pauses the tenant for its Retry-After.
/// Every window carries <see cref="ReminderOptions.PacingMargin"/> for the jitter between our clock and the moment Teams
/// counts a request, but only until the request is answered: Teams counted it by then, so an answered request frees its
/// place one window after its answer (<see cref="Answered"/>, <see cref="SlidingWindowLimit"/>). With quick answers the
/// tenant's 50/s is nearly all usable; with slow ones the margin bounds it, as before.
/// All waiting uses the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReminderPacer
{
    private const int PruneEvery = 1024;

    private readonly ReminderOptions _options;
    private readonly TimeProvider _time;
    private readonly TenantBudgetShare? _share;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TenantLimit> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SlidingWindowLimit Second, SlidingWindowLimit HalfMinute)> _conversations = new(StringComparer.Ordinal);
    private int _sincePrune;

    public ReminderPacer(IOptions<ReminderOptions> options, TimeProvider time)
        : this(options, time, null)
    {
    }

    /// <param name="share">The tenant budget shared with other instances; null: this instance has the whole budget.</param>
    public ReminderPacer(IOptions<ReminderOptions> options, TimeProvider time, TenantBudgetShare? share)
    {
        _options = options.Value;
        _time = time;
        _share = share;
    }

    /// <summary>
    /// Until the returned scope is disposed, this flow's connector calls are paced as reminders are (by
    /// <see cref="ReminderThrottleHandler"/>: every attempt, the connector client's own retries included, and a 429 slows the
    /// tenant): for a feature's work after a turn that does not go through the outbox, such as the round card's update.
    /// </summary>
    public static IDisposable PaceConnectorCalls(string tenantId, string? conversationId) => ReminderSendContext.Enter(tenantId, conversationId);

    /// <summary>
    /// Waits until one more request to <paramref name="conversationId"/> (null: a tenant-wide call such as create
    /// conversation) is allowed, and records it; tell <see cref="Answered"/> when its answer arrives.
    /// </summary>
    public async ValueTask<PacedRequest> AcquireAsync(string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var instances = _share is null ? 1 : await _share.InstancesAsync(tenantId, cancellationToken).ConfigureAwait(false);
            TimeSpan wait;
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                var tenant = Tenant(tenantId, instances, now);
                wait = tenant.WaitTime(now);
                (SlidingWindowLimit Second, SlidingWindowLimit HalfMinute)? conversation = null;
                if (conversationId is not null)
                {
                    var c = Conversation(conversationId);
                    conversation = c;
                    wait = Max(wait, Max(c.Second.WaitTime(now), c.HalfMinute.WaitTime(now)));
                }
                if (wait <= TimeSpan.Zero)
                {
                    var request = new PacedRequest(tenant.Record(now), conversation?.Second.Record(now), conversation?.HalfMinute.Record(now));
                    if (++_sincePrune >= PruneEvery) Prune(now);
                    return request;
                }
            }
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The connector answered <paramref name="request"/> (whatever the status): Teams has counted it by now.</summary>
    public void Answered(PacedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            SlidingWindowLimit.Answered(request.Tenant, now);
            if (request.Second is { } second) SlidingWindowLimit.Answered(second, now);
            if (request.HalfMinute is { } halfMinute) SlidingWindowLimit.Answered(halfMinute, now);
        }
    }

    /// <summary>The connector answered 429 for this tenant: nothing more goes to it for <paramref name="retryAfter"/>.</summary>
    public void Throttled(string tenantId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            Tenant(tenantId, instances: null, now).PauseUntil(now + retryAfter);
        }
    }

    /// <param name="instances">How many instances share the tenant's budget now (null: keep the current share).</param>
    private SlidingWindowLimit Tenant(string tenantId, int? instances, DateTimeOffset now)
    {
        if (!_tenants.TryGetValue(tenantId, out var tenant))
        {
            tenant = new TenantLimit(instances ?? 1, PerSecond(_options.TenantPerSecond / (instances ?? 1), _options.PacingMargin));
            _tenants[tenantId] = tenant;
        }
        else if (instances is { } n && n != tenant.Instances)
        {
            if (n < tenant.Instances)
            {
                // A larger share: the instances that left may have sent until a moment ago, and those requests are in Teams'
                // window but not in our log. Take the larger share once they have left it (a second plus the margin).
                // Another one leaving meanwhile starts the wait again.
                if (tenant.GrowsTo != n) (tenant.GrowsTo, tenant.GrowsAt) = (n, now + TimeSpan.FromSeconds(1) + _options.PacingMargin);
                if (now < tenant.GrowsAt) return tenant.Limit;
            }
            // The same log of sent requests under the new limit: a smaller share waits until enough of them have left the window.
            var share = PerSecond(_options.TenantPerSecond / n, _options.PacingMargin);
            tenant.Limit.Reconfigure(share.Limit, share.Window);
            tenant.Instances = n;
            tenant.GrowsTo = null;
        }
        else if (instances is not null)
        {
            tenant.GrowsTo = null;   // the count is back where it was: no growth pending
        }
        return tenant.Limit;
    }

    private sealed class TenantLimit(int instances, SlidingWindowLimit limit)
    {
        public int Instances { get; set; } = instances;
        public SlidingWindowLimit Limit { get; } = limit;

        /// <summary>When fewer instances were counted: how many, and the moment this one may take the larger share.</summary>
        public int? GrowsTo { get; set; }
        public DateTimeOffset GrowsAt { get; set; }
    }

    private (SlidingWindowLimit Second, SlidingWindowLimit HalfMinute) Conversation(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var limits))
        {
            limits = (PerSecond(_options.ConversationPerSecond, _options.PacingMargin),
                new SlidingWindowLimit(Math.Max(1, _options.ConversationPer30Seconds), TimeSpan.FromSeconds(30), _options.PacingMargin));
            _conversations[conversationId] = limits;
        }
        return limits;
    }

    /// <summary>A rate per second as "N per window": fractional rates (e.g. 12.5/s for 4 instances) become N per N/rate seconds; with the margin.</summary>
    private static SlidingWindowLimit PerSecond(double rate, TimeSpan margin)
    {
        if (rate <= 0) rate = 1;
        var limit = Math.Max(1, (int)Math.Floor(rate));
        return new SlidingWindowLimit(limit, TimeSpan.FromSeconds(limit / rate), margin);
    }

    private void Prune(DateTimeOffset now)
    {
        _sincePrune = 0;
        foreach (var (key, limits) in _conversations.ToList())
        {
            if (limits.Second.IsIdle(now) && limits.HalfMinute.IsIdle(now)) _conversations.Remove(key);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>One request admitted by <see cref="ReminderPacer.AcquireAsync"/>: its places in the tenant's and the conversation's windows.</summary>
public sealed class PacedRequest
{
    internal PacedRequest(SlidingWindowLimit.Event tenant, SlidingWindowLimit.Event? second, SlidingWindowLimit.Event? halfMinute)
    {
        Tenant = tenant;
        Second = second;
        HalfMinute = halfMinute;
    }

    internal SlidingWindowLimit.Event Tenant { get; }
    internal SlidingWindowLimit.Event? Second { get; }
    internal SlidingWindowLimit.Event? HalfMinute { get; }
}
