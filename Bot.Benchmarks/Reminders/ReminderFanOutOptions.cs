using IntervisieBot.Features.Reminders.Domain;

namespace IntervisieBot.Benchmarks.Reminders;

/// <summary>Settings of one reminder fan-out benchmark run.</summary>
public sealed record ReminderFanOutOptions
{
    public int Reminders { get; init; } = 10_000;
    public int Users { get; init; } = 2_000;

    /// <summary>Bot instances sharing the outbox and, through the budget leases, the tenant's <see cref="TenantPerSecond"/>.</summary>
    public int Instances { get; init; } = 1;

    /// <summary>An Azure Tables connection string (Azurite); a fresh table prefix is used per run.</summary>
    public required string TablesConnectionString { get; init; }

    /// <summary>The app-wide pacing target; Teams' ceiling is 50/s.</summary>
    public double TenantPerSecond { get; init; } = 50;

    /// <summary>The pacer's margin on every window (null: the bot's default, <see cref="ReminderOptions.PacingMargin"/>).</summary>
    public TimeSpan? PacingMargin { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);
}
