namespace IntervisieBot.Protocol.Turns;

public sealed class TurnOptions
{
    public const string Section = "Turns";

    /// <summary>Largest accepted request body; larger requests get 413.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Budget for an invoke handler (Teams waits about 5 s).</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Budget for a background message/event turn.</summary>
    public TimeSpan BackgroundTurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many background turns run at once.</summary>
    public int BackgroundConcurrency { get; set; } = 16;

    /// <summary>How many acknowledged turns may wait; beyond that the endpoint answers 503 so Teams retries.</summary>
    public int QueueCapacity { get; set; } = 2000;
}
