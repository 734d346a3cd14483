using IntervisieBot.Features.Scheduling.Storage;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>The stored series after a save or calendar retry, and the calendar's outcome in words for the teamleider.</summary>
public sealed record PlanOutcome(SeriesEntity Series, bool Updated, string? CalendarNotice, bool OfferRetry);
