namespace IntervisieBot.Features.Intervisie.Teams;

/// <summary>Configuration section <c>Intervisie:Scheduler</c>: the background pass over spread rounds.</summary>
public sealed class IntervisieSchedulerOptions
{
    public const string SectionName = "Intervisie:Scheduler";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due reminders and deadlines.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Day buckets read back from today (covers an outage of this many days).</summary>
    public int LookbackDays { get; set; } = 15;

    /// <summary>How long an instance holds a claimed due entry before another instance may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Due entries handled per pass.</summary>
    public int BatchSize { get; set; } = 100;
}
