
namespace IntervisieBot.Features.Scheduling;

/// <summary>Scheduling settings, bound from <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Working days before a session that the roles are announced.</summary>
    public int AnnounceWorkingDays { get; set; } = 3;

    /// <summary>Working days before a session that the team is asked for casus proposals.</summary>
    public int PrepareWorkingDays { get; set; } = 2;

    /// <summary>Days after a session that its casus proposals are deleted.</summary>
    public int ProposalRetentionDays { get; set; } = 14;
}
