
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>The plan card's inputs (their ids are the keys of the submitted data).</summary>
public static class PlanField
{
    public const string Cadence = "sched.cadence";
    public const string Weekday = "sched.weekday";
    public const string StartTime = "sched.start";
    public const string Duration = "sched.duration";
    public const string Method = "sched.method";
    public const string FirstDate = "sched.first";
    public const string EndDate = "sched.end";
    public const string Holidays = "sched.holidays";

    /// <summary>Every input of the plan card, in card order.</summary>
    public static IReadOnlyList<string> All { get; } = [Cadence, Weekday, StartTime, Duration, Method, FirstDate, EndDate, Holidays];

    public const string HolidaysMove = "move";
    public const string HolidaysSkip = "skip";
}
