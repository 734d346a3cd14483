namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>Why a plan card field was refused (each has a friendly text in the cards' strings).</summary>
public enum PlanError
{
    CadenceInvalid,
    WeekdayInvalid,
    StartTimeInvalid,
    StartTimeOutsideWindow,
    DurationInvalid,
    DurationOutOfRange,
    MethodUnknown,
    FirstDateInvalid,
    FirstDateInPast,
    FirstDateTooFar,
    FirstDateWrongWeekday,
    EndDateInvalid,
    EndDateBeforeFirst,
    EndDateTooFar,
    HolidaysInvalid,
}
