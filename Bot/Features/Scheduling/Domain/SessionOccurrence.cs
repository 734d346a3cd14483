using IntervisieBot.Features.Reminders.Domain;

namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// One occurrence of a series. <paramref name="Date"/> is when it is held: the regular date, a later working day when
/// the regular date is a public holiday and the plan moves such sessions, or null when it is skipped.
/// </summary>
/// <param name="Number">0 for the first regular date, then 1, 2, … (skipped occurrences keep their number).</param>
public sealed record SessionOccurrence(int Number, DateOnly RegularDate, DateOnly? Date, DutchHoliday? Holiday)
{
    public bool IsSkipped => Date is null;

    public bool IsMoved => Date is { } date && date != RegularDate;
}
