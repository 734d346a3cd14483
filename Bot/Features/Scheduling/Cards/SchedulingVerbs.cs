
namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>Card verbs and data keys of the scheduling cards.</summary>
public static class SchedulingVerbs
{
    public const string Save = "sched.save";
    public const string RetryCalendar = "sched.calendar";
    public const string Show = "sched.show";
    public const string Stop = "sched.stop";
    public const string StopConfirm = "sched.stopconfirm";
    public const string Status = "sched.status";
    public const string Accept = "sched.accept";
    public const string Away = "sched.away";
    public const string Back = "sched.back";
    public const string Swap = "sched.swap";
    public const string TakeInbrenger = "sched.takeinbrenger";
    public const string TakeGespreksleider = "sched.takegespreksleider";
    public const string Propose = "sched.propose";

    /// <summary>The session's date (yyyyMMdd) in the data of the session cards' actions.</summary>
    public const string DateData = "sched.date";

    /// <summary>The series version a plan card was built for.</summary>
    public const string VersionData = "sched.version";

    public const string ProposalInput = "sched.proposal";

    public const int ProposalMaxLength = 120;
}
