
namespace IntervisieBot.Features.Scheduling.Calendar;

/// <summary>One occurrence of a series that does not happen on its regular date: moved to <paramref name="MovedTo"/>, or skipped when that is null.</summary>
public sealed record OccurrenceChange(DateOnly OriginalDate, DateOnly? MovedTo);
