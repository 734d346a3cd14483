

namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>Delivery engine settings, bound from <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Runs the background delivery service. Off only for tools and tests that drive the engine themselves.</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>This instance's name in claims; default machine name plus a random suffix.</summary>
    public string? InstanceId { get; set; }

    /// <summary>Wait between polls when nothing was due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claim holds. Must exceed one send including the connector's own retries (Connector:MaxTotalDelay + RequestTimeout).</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A send is not started when less than this is left of the claim.</summary>
    public TimeSpan ClaimSafetyMargin { get; set; } = TimeSpan.FromSeconds(95);

    /// <summary>Candidates read per poll.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Reminders in flight at once per instance (pacing still applies).</summary>
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>Attempts before a reminder that keeps failing transiently becomes undeliverable.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Backoff after a transient failure: base·2^(attempt-1), capped, never less than the connector's Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Teams: per conversation 7 messages per second …</summary>
    public double ConversationPerSecond { get; set; } = 7;

    /// <summary>… and 60 per 30 seconds.</summary>
    public int ConversationPer30Seconds { get; set; } = 60;

    /// <summary>
    /// Teams: 50 requests per second per app per tenant, for all instances together: the instances sending to a tenant
    /// share it through Table Storage (<see cref="TenantBudgetShare"/>), each pacing to this divided by their number.
    /// </summary>
    public double TenantPerSecond { get; set; } = 50;

    /// <summary>How often an instance that is sending renews its lease on a tenant's budget and re-counts the instances sharing it.</summary>
    public TimeSpan BudgetRefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A lease not renewed for this long lapses (a crashed instance's share returns to the others); well above the refresh interval, so clock skew between instances does not drop a live lease.</summary>
    public TimeSpan BudgetLeaseTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Added to every pacing window (1 s, 30 s) for a request not answered yet: our clock stamps a request when it leaves,
    /// the connector counts it when it arrives, and the network and thread pool move requests closer together on the way.
    /// Without a margin, pacing at exactly Teams' limit turns that jitter into 429s and Retry-After pauses. Once answered, a
    /// request has been counted, so the window runs from its answer if that came sooner (<see cref="ReminderPacer.Answered"/>):
    /// the margin costs throughput only while Teams answers slower than it. 200 ms: at 100 ms a busy 2-core host still saw
    /// 429s (README, Performance).
    /// </summary>
    public TimeSpan PacingMargin { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Largest payload accepted by the scheduler (it holds ids only).</summary>
    public int MaxPayloadChars { get; set; } = 1024;
}
