namespace IntervisieBot.Protocol.Turns;

public sealed class TurnOptions
{
    public const string Section = "Turns";

    /// <summary>Largest accepted request body; larger requests get 413.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Budget for an invoke from the moment it arrives, intake included (Teams waits 5 s, then shows an error): when it runs out
    /// the user gets the friendly "probeer het zo opnieuw" card instead.
    /// </summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Budget for a background message/event turn (one attempt).</summary>
    public TimeSpan BackgroundTurnTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Bound on the storage work before an activity is acknowledged (conversation registry, durable inbox row): past it the
    /// endpoint answers 503 with Retry-After, so Teams gets an answer within 2 s even when storage hangs.
    /// </summary>
    public TimeSpan IntakeTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// How long an inbox row stays leased to the instance running its turn. Must exceed a turn (BackgroundTurnTimeout) plus
    /// the time its completion mark may take while storage is down (CompletionRetryWindow); after it, any instance takes over.
    /// </summary>
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a finished turn keeps trying to write its done mark while storage is unavailable.</summary>
    public TimeSpan CompletionRetryWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often each instance looks for abandoned inbox rows (leases that ran out, replies waiting for delivery).</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts of one activity (turn runs and reply deliveries) before the user is told it did not work.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First wait before another attempt after a transient failure; doubles per attempt, never less than a Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// This instance's name on inbox leases. Empty: machine name plus a random suffix (a restarted process then waits for its
    /// old leases to run out). Set a name that is stable across restarts and unique among running instances (e.g. the App
    /// Service instance id) and a restarted instance takes its own unfinished rows over at once.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary>How many background turns run at once.</summary>
    public int BackgroundConcurrency { get; set; } = 16;

    /// <summary>How many acknowledged turns may wait; beyond that the endpoint answers 503 so Teams retries.</summary>
    public int QueueCapacity { get; set; } = 2000;
}
